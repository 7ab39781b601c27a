/**
 * What a run does for reviewers, beside classifying: reads overrides and earlier review state,
 * fingerprints each row, decides which reviewed rows changed, and which answers differ from the
 * previous run's output block (still on the sheet when the run starts).
 */
import { cellText, OUTPUT_HEADERS, outputCells, type CatalogRow, type ColumnMapping, type Determination } from '../../../engine';
import { isReviewed, type ReviewCells } from '../../../excel/reviewModel';
import type { ReviewRunRow } from '../../../excel/reviewColumns';
import type { CatalogRegion } from '../../services/ports';
import { fingerprintOf } from '../review/fingerprint';

const ECCN = 0;
const LICENSE = OUTPUT_HEADERS.indexOf('EARmark License');
const WARNINGS = OUTPUT_HEADERS.indexOf('EARmark Warnings');

/** One answer that a re-run changed: which field, before → after. */
export interface RerunChange {
  row: number;
  partNumber: string | null;
  field: 'ECCN' | 'License' | 'Warnings';
  before: string;
  after: string;
  /** 0-based sheet column of the changed cell (to mark it). */
  column: number;
}

/** The previous run's output cells by sheet row, from the grid read at the start of this run. */
export function previousOutputs(region: CatalogRegion, mapping: ColumnMapping): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const header = region.grid[mapping.headerRow] ?? [];
  if (cellText(header[mapping.outputColumn]) !== OUTPUT_HEADERS[0]) return out;
  for (let r = mapping.headerRow + 1; r < region.grid.length; r++) {
    const line = region.grid[r] ?? [];
    const cells = OUTPUT_HEADERS.map((_, i) => cellText(line[mapping.outputColumn + i]));
    if (cells.some((c) => c !== '')) out.set(region.firstRow + r, cells);
  }
  return out;
}

/** Rows with the reviewer's Override ECCN attached. */
export function withOverrides(rows: CatalogRow[], review: Map<number, ReviewCells> | null): CatalogRow[] {
  if (!review) return rows;
  return rows.map((r) => {
    const o = review.get(r.row)?.overrideEccn;
    return o ? { ...r, overrideEccn: o } : r;
  });
}

export function reviewRunRows(
  rows: readonly CatalogRow[],
  results: readonly Determination[],
  review: Map<number, ReviewCells> | null,
): ReviewRunRow[] {
  return results.map((d, i) => {
    const cells = review?.get(d.row);
    const fingerprint = fingerprintOf(rows[i], d);
    const changed = !!cells && isReviewed(cells.status) && cells.fingerprint !== '' && cells.fingerprint !== fingerprint;
    return { row: d.row, fingerprint, pending: !cells || cells.status === '', changed };
  });
}

/** Answers whose ECCN, licence or warnings differ from what the previous run wrote on the row. */
export function rerunChanges(results: readonly Determination[], previous: Map<number, string[]>, outputColumn: number): RerunChange[] {
  const changes: RerunChange[] = [];
  for (const d of results) {
    const before = previous.get(d.row);
    if (!before) continue;
    const after = outputCells(d);
    const fields: Array<[RerunChange['field'], number]> = [['ECCN', ECCN], ['License', LICENSE], ['Warnings', WARNINGS]];
    for (const [field, i] of fields) {
      // Compare as the sheet shows it (cellText trims), so a run that writes the same text is no change.
      if (before[i] !== after[i].trim()) {
        changes.push({ row: d.row, partNumber: d.partNumber, field, before: before[i], after: after[i], column: outputColumn + i });
      }
    }
  }
  return changes;
}

/** Overrides applied for the first time in this run (the previous output showed another ECCN). */
export function newOverrides(results: readonly Determination[], previous: Map<number, string[]>): Determination[] {
  return results.filter((d) => d.eccnSource === 'override' && (previous.get(d.row)?.[ECCN] ?? '') !== (d.eccn ?? ''));
}
