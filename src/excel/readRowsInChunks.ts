/**
 * Reads a block of cell values a chunk of rows per request, so a 100,000-row catalog costs a few
 * dozen `context.sync()` calls rather than one per row — and no single request comes near Excel
 * on the web's 5 MB limit. The chunk size follows the data: it starts from a generous guess and
 * shrinks to what the largest rows seen so far need; a "payload too large" answer halves it.
 */
import {
  DEFAULT_BUDGET,
  INITIAL_BYTES_PER_CELL,
  isPayloadLimitError,
  jsonBytes,
  rowsPerChunk,
  type ChunkBudget,
} from './payloadLimits';

export interface Block {
  /** 0-based sheet row / column of the block's top-left cell. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface ChunkReadOptions {
  budget?: ChunkBudget;
  /** Called after each chunk with rows read so far. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Calls `onChunk(values, offset)` for consecutive row chunks of `block` in order, where `offset`
 * is the chunk's first row within the block. Values are as Excel reports them ("" for blanks).
 */
export async function readRowsInChunks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  block: Block,
  onChunk: (values: unknown[][], offset: number) => void,
  options: ChunkReadOptions = {},
): Promise<void> {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const { rowCount, columnCount } = block;
  // Sized from a generous guess until data has been seen; then from the largest bytes-per-row
  // seen so far (it only grows, so sizes settle instead of oscillating), growing at most 4x per
  // step (a sparse first chunk says little about the rows after it). A size Excel refused
  // stays a ceiling for the rest of the read.
  let largestRow = 0;
  let ceiling = Infinity;
  let size = rowsPerChunk(INITIAL_BYTES_PER_CELL * columnCount, columnCount, budget);
  let offset = 0;

  while (offset < rowCount) {
    const n = Math.min(size, rowCount - offset);
    const range = sheet.getRangeByIndexes(block.rowIndex + offset, block.columnIndex, n, columnCount);
    range.load('values');
    try {
      await context.sync();
    } catch (error) {
      if (isPayloadLimitError(error) && n > 1) {
        ceiling = size = Math.max(1, Math.floor(n / 2));
        continue;
      }
      throw error;
    }
    const values = range.values as unknown[][];
    onChunk(values, offset);
    offset += n;
    options.onProgress?.(offset, rowCount);
    largestRow = Math.max(largestRow, jsonBytes(values) / n);
    size = Math.min(rowsPerChunk(largestRow, columnCount, budget), size * 4, ceiling);
  }
}
