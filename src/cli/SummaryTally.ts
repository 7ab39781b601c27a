import { summarize, type Determination, type PackMeta, type RunSummary } from '../engine';

/**
 * The run summary built up batch by batch, so a streamed run need not keep every determination.
 * Each batch is summarized by the engine's own `summarize` and the counts added up — generically,
 * so a count added to RunSummary later is added up too.
 */
export class SummaryTally {
  private total: RunSummary;

  constructor(meta: Pick<PackMeta, 'version' | 'effectiveDate'>) {
    this.total = summarize([], 0, meta);
  }

  add(batch: readonly Determination[], meta: Pick<PackMeta, 'version' | 'effectiveDate'>): void {
    if (batch.length === 0) return;
    this.total = addCounts(this.total, summarize(batch, 0, meta));
  }

  result(rowsSkipped: number): RunSummary {
    return { ...this.total, rowsSkipped };
  }
}

function addCounts<T>(a: T, b: T): T {
  if (typeof a === 'number' && typeof b === 'number') return (a + b) as T;
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
    for (const [k, v] of Object.entries(b as Record<string, unknown>)) out[k] = k in out ? addCounts(out[k], v) : v;
    return out as T;
  }
  return a;
}
