import type { Determination, RowStatus } from '../engine';
import { OUTPUT_HEADERS, outputCells } from '../engine';

/** One row's output: the cells in OUTPUT_HEADERS order, and the status that colours them. */
export interface OutputRow {
  cells: string[];
  status: RowStatus;
}

/**
 * EARmark's block of output columns, in grid coordinates (0-based), as the writers lay it down:
 * headers on the header row, a row of cells per determination, and every other row below the
 * header emptied within the block (so a re-run leaves nothing stale behind).
 */
export interface OutputBlock {
  /** Grid index of the header row. */
  headerRow: number;
  /** 0-based column where the block starts. */
  column: number;
  headers: readonly string[];
  /** Grid index → that row's output. */
  rows: ReadonlyMap<number, OutputRow>;
  /** Grid index of the last row the block spans. */
  lastRow: number;
  /**
   * True when the sheet already had EARmark's block (a re-run): rows without output are then
   * emptied within the block, so nothing stale is left. On a first run nothing is cleared.
   */
  replacesExisting: boolean;
}

export function buildOutputBlock(
  headerRow: number,
  column: number,
  results: ReadonlyArray<{ gridIndex: number; determination: Determination }>,
  gridLength: number,
  replacesExisting: boolean,
): OutputBlock {
  const rows = new Map<number, OutputRow>();
  for (const { gridIndex, determination } of results) {
    rows.set(gridIndex, { cells: outputCells(determination), status: determination.status });
  }
  return { headerRow, column, headers: OUTPUT_HEADERS, rows, lastRow: Math.max(headerRow, gridLength - 1), replacesExisting };
}
