/**
 * How big one request to Excel may be. Excel on the web rejects a request or a response over
 * 5 MB, and every host refuses to read more than 5,000,000 cells at once. EARmark sizes its
 * chunks to a fifth of those limits: room for JSON escaping, the request envelope, and rows
 * longer than the ones the estimate was made from. If Excel still says "too large", the chunk
 * is halved and sent again (see isPayloadLimitError).
 */
export const EXCEL_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
export const EXCEL_MAX_CELLS_PER_READ = 5_000_000;

export interface ChunkBudget {
  /** Bytes of cell data EARmark puts in one request or expects in one response. */
  targetBytes: number;
  /** Cells in one read or write. */
  maxCells: number;
}

export const DEFAULT_BUDGET: ChunkBudget = {
  targetBytes: Math.floor(EXCEL_PAYLOAD_LIMIT_BYTES / 5),
  maxCells: EXCEL_MAX_CELLS_PER_READ / 10,
};

/**
 * The largest catalog region the pane classifies. Excel would let EARmark read more (in chunks,
 * each under EXCEL_MAX_CELLS_PER_READ), but the pane holds the whole region in memory — about
 * 110–120 bytes a cell for the grid alone, measured on V8 with short texts and numbers — and then
 * the rows, the worker's copy of them and one determination per row. At 2,500,000 cells the grid
 * is about 300 MB (not measured in a real Office web view; the figure is V8's); at Excel's
 * 5,000,000 it would be twice that before any result exists. So the pane refuses a region over half Excel's read limit (e.g.
 * 250,000 rows × 10 columns), and over 1,000 columns, which no catalog has but a stray value far
 * to the right of the data does (it widens the used range). The CLI streams, so it has no such
 * limit: bigger catalogs go there.
 */
export const MAX_CATALOG_CELLS = EXCEL_MAX_CELLS_PER_READ / 2;
export const MAX_CATALOG_COLUMNS = 1_000;

/** Before anything has been read: a generous guess of one cell's JSON size (a short text). */
export const INITIAL_BYTES_PER_CELL = 64;

/** Per-range envelope of a write in the request (object path, property name). */
export const RANGE_OVERHEAD_BYTES = 200;

/** UTF-8 bytes of a string, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? 'null');
}

/** Rows per chunk for rows of about `bytesPerRow` bytes and `columns` cells. Never below 1. */
export function rowsPerChunk(bytesPerRow: number, columns: number, budget: ChunkBudget = DEFAULT_BUDGET): number {
  const byBytes = Math.floor(budget.targetBytes / Math.max(1, bytesPerRow));
  const byCells = Math.floor(budget.maxCells / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}

const LIMIT_CODES = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

/** True when Excel refused a request or response for its size (worth retrying smaller). */
export function isPayloadLimitError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && LIMIT_CODES.has(code)) return true;
  return typeof message === 'string' && /payload size|exceeded the limit|too large/i.test(message);
}
