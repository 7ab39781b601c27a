import type { Engine } from '../Engine';
import type { Determination } from '../Determination';
import type { Grid } from './Cell';
import type { ColumnMapping, SavedMapping } from './ColumnMapping';
import { locateHeader } from './locateHeader';
import { readCatalogRows } from './readCatalogRows';
import { summarize, type RunSummary } from './RunSummary';

export interface CatalogRun {
  mapping: ColumnMapping;
  results: Determination[];
  summary: RunSummary;
}

export class NoHeaderRowError extends Error {
  constructor() {
    super(
      'No header row found: EARmark looks in the first 30 rows for headers such as "Part Number", "Description" or "ECCN" together with at least one other known column.',
    );
    this.name = 'NoHeaderRowError';
  }
}

/**
 * The whole read → classify step on an in-memory grid: used by the CLI and by tests; the
 * task pane does the same steps with the work split across a Web Worker.
 */
export function classifyGrid(
  grid: Grid,
  engine: Engine,
  options: { firstRowNumber?: number; mapping?: ColumnMapping; savedMapping?: SavedMapping | null } = {},
): CatalogRun {
  const mapping = options.mapping ?? locateHeader(grid, options.savedMapping);
  if (!mapping) throw new NoHeaderRowError();
  const { rows, skipped } = readCatalogRows(grid, mapping, options.firstRowNumber ?? 1);
  const results = engine.determineAll(rows);
  return { mapping, results, summary: summarize(results, skipped, engine.meta) };
}
