/**
 * Thrown before anything is written when writing EARmark's block would destroy the user's
 * work: a protected sheet, or cells in the block's place that EARmark did not write.
 */
export class WriteRefusedError extends Error {
  readonly reason: 'protected' | 'userData';
  /** Addresses of (some of) the cells that hold the user's data. */
  readonly cells: readonly string[];

  constructor(reason: 'protected' | 'userData', message: string, cells: readonly string[] = []) {
    super(message);
    this.name = 'WriteRefusedError';
    this.reason = reason;
    this.cells = cells;
  }
}

export function isWriteRefused(error: unknown): error is WriteRefusedError {
  return error instanceof WriteRefusedError || (error instanceof Error && error.name === 'WriteRefusedError');
}

/**
 * Thrown before anything is read or written when the catalog region is over what the pane can
 * hold (MAX_CATALOG_CELLS, MAX_CATALOG_COLUMNS): nothing on the sheet has changed.
 */
export class CatalogTooLargeError extends Error {
  readonly rowCount: number;
  readonly columnCount: number;

  constructor(message: string, rowCount: number, columnCount: number) {
    super(message);
    this.name = 'CatalogTooLargeError';
    this.rowCount = rowCount;
    this.columnCount = columnCount;
  }
}
