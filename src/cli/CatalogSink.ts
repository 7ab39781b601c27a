import type { RowStatus } from '../engine';
import type { SourceRow } from './CatalogSource';

/**
 * What EARmark's block holds on one row: its headers (the header row), a determination's cells,
 * emptied cells (a re-run, on a row that no longer has output), or nothing — the row passes
 * through untouched (title rows; blank rows on a first run).
 */
export type BlockCells =
  | { kind: 'header' }
  | { kind: 'output'; cells: readonly string[]; status: RowStatus }
  | { kind: 'clear' }
  | { kind: 'none' };

/** Where the block goes: the same for every row of a run. */
export interface BlockLayout {
  /** 0-based column where the block starts. */
  column: number;
  headers: readonly string[];
}

/**
 * A catalog being written, row by row in input order: every input row comes back with its
 * cells unchanged in value and the block's cells laid over them. Output goes to a temporary
 * file that `finish` renames onto the target, so an interrupted run leaves no half-written file.
 */
export interface CatalogSink {
  /** May resolve later than it returns when the file cannot keep up (back-pressure). */
  writeBatch(rows: ReadonlyArray<{ row: SourceRow; block: BlockCells }>): Promise<void>;
  finish(): Promise<void>;
  /** Drops the temporary file; safe to call after a failure anywhere. */
  abort(): Promise<void>;
}
