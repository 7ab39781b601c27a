/**
 * Writes EARmark's output block: its header cells and, for each classified row, that row's
 * cells in the block's columns — nothing else on the sheet. Consecutive rows go out as one
 * range, statuses colour whole same-status runs, and rows are sent in chunks sized to stay well
 * under Excel on the web's request limit. A cancelled run stops between chunks, so every chunk
 * on the sheet is whole. Before the first write, the block's place is checked: EARmark refuses
 * rather than overwrite cells it did not write, or write to a protected sheet.
 */
import { cellText, normalizeHeader, type RowStatus } from '../engine';
import { cellAddress } from './a1';
import { contiguousRuns } from './contiguousRuns';
import {
  DEFAULT_BUDGET,
  RANGE_OVERHEAD_BYTES,
  isPayloadLimitError,
  jsonBytes,
  type ChunkBudget,
} from './payloadLimits';
import { readRowsInChunks } from './readRowsInChunks';
import { STATUS_STYLE } from './statusStyle';
import { WriteRefusedError } from './WriteRefusedError';
import { runInExcel } from './runInExcel';

export interface OutputRow {
  /** 1-based sheet row. */
  row: number;
  /** One per header, in header order. */
  cells: string[];
  status: RowStatus;
}

export interface OutputBlockRequest {
  sheetName: string;
  /** 1-based sheet row of the block's header. */
  headerRow: number;
  /** 0-based sheet column where the block starts. */
  column: number;
  headers: readonly string[];
  rows: OutputRow[];
}

export interface WriteOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
  /** For tests: a smaller chunk budget than Excel's limits call for. */
  budget?: ChunkBudget;
}

export interface WriteResult {
  rowsWritten: number;
  cancelled: boolean;
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** Addresses named in a refusal message; the rest are counted. */
const MAX_NAMED_CELLS = 5;

/** Programming errors in the request (not the user's doing): fail before touching Excel. */
function validate(req: OutputBlockRequest): OutputRow[] {
  const width = req.headers.length;
  if (width === 0) throw new Error('writeOutputBlock: no headers');
  if (req.column < 0 || req.column + width > MAX_COLUMNS) throw new Error('writeOutputBlock: block outside the sheet');
  if (req.headerRow < 1 || req.headerRow > MAX_ROWS) throw new Error('writeOutputBlock: header row outside the sheet');
  const rows = [...req.rows].sort((a, b) => a.row - b.row);
  rows.forEach((r, i) => {
    if (!Number.isInteger(r.row) || r.row < 1 || r.row > MAX_ROWS) throw new Error(`writeOutputBlock: row ${r.row} outside the sheet`);
    if (r.row === req.headerRow) throw new Error(`writeOutputBlock: row ${r.row} is the header row`);
    if (i > 0 && rows[i - 1].row === r.row) throw new Error(`writeOutputBlock: row ${r.row} given twice`);
    if (r.cells.length !== width) throw new Error(`writeOutputBlock: row ${r.row} has ${r.cells.length} cells for ${width} headers`);
  });
  return rows;
}

/**
 * Refuses before any write. A block column is EARmark's when its header cell already holds
 * EARmark's header for that column (an earlier run wrote it): its cells are overwritten freely.
 * Any other column's header cell, and its cells on the rows to write, must be empty.
 */
async function assertWritable(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  req: OutputBlockRequest,
  rows: readonly OutputRow[],
  budget: ChunkBudget,
): Promise<void> {
  const width = req.headers.length;
  sheet.protection.load('protected');
  const header = sheet.getRangeByIndexes(req.headerRow - 1, req.column, 1, width);
  header.load('values');
  await context.sync();

  if (sheet.protection.protected) {
    throw new WriteRefusedError(
      'protected',
      `The sheet "${req.sheetName}" is protected, so EARmark cannot write its results. Unprotect the sheet (Review › Unprotect Sheet) and run again.`,
    );
  }

  const existing = header.values[0] as unknown[];
  const foreign: number[] = [];
  const conflicts: string[] = [];
  let conflictCount = 0;
  const conflict = (row: number, col: number) => {
    conflictCount++;
    if (conflicts.length < MAX_NAMED_CELLS) conflicts.push(cellAddress(req.sheetName, row, req.column + col));
  };
  req.headers.forEach((h, c) => {
    const text = cellText(existing[c] as string | number | boolean | null);
    if (text !== '' && normalizeHeader(text) === normalizeHeader(h)) return;
    foreign.push(c);
    if (text !== '') conflict(req.headerRow, c);
  });

  if (foreign.length > 0 && rows.length > 0) {
    const targets = new Set(rows.map((r) => r.row));
    const first = rows[0].row;
    const from = foreign[0];
    const to = foreign[foreign.length - 1];
    await readRowsInChunks(
      context,
      sheet,
      { rowIndex: first - 1, columnIndex: req.column + from, rowCount: rows[rows.length - 1].row - first + 1, columnCount: to - from + 1 },
      (values, offset) => {
        values.forEach((line, r) => {
          const row = first + offset + r;
          if (!targets.has(row)) return;
          for (const c of foreign) {
            if (cellText(line[c - from] as string | number | boolean | null) !== '') conflict(row, c);
          }
        });
      },
      { budget },
    );
  }

  if (conflictCount > 0) {
    const more = conflictCount > conflicts.length ? ` and ${conflictCount - conflicts.length} more` : '';
    const first = cellAddress(req.sheetName, req.headerRow, req.column);
    const last = cellAddress(req.sheetName, req.headerRow, req.column + width - 1).split('!')[1];
    throw new WriteRefusedError(
      'userData',
      `EARmark did not write its results: its columns (${first}:${last} and the rows below) would overwrite data it did not put there — ${conflicts.join(', ')}${more}. ` +
        'Move or clear those cells, or insert empty columns there, and run again.',
      conflicts,
    );
  }
}

/**
 * How many rows from `start` fit one request: the cells' JSON, the text format written with
 * them, and a range envelope per run. At least one row.
 */
function rowsThatFit(rows: readonly OutputRow[], start: number, width: number, budget: ChunkBudget, reserved: number): number {
  const formatBytes = width * 4; // "@", per cell
  let bytes = reserved;
  let n = 0;
  for (let i = start; i < rows.length; i++) {
    const r = rows[i];
    const prev = rows[i - 1];
    let add = jsonBytes(r.cells) + formatBytes;
    if (i === start || prev.row !== r.row - 1) add += 2 * RANGE_OVERHEAD_BYTES;
    if (i === start || prev.row !== r.row - 1 || prev.status !== r.status) add += 2 * RANGE_OVERHEAD_BYTES;
    if (n > 0 && (bytes + add > budget.targetBytes || (n + 1) * width > budget.maxCells)) break;
    bytes += add;
    n++;
  }
  return n;
}

const textFormat = (rows: number, width: number): string[][] =>
  Array.from({ length: rows }, () => new Array<string>(width).fill('@'));

/** Queues one chunk's writes; they reach Excel together at the next sync. */
function queueChunk(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  req: OutputBlockRequest,
  chunk: readonly OutputRow[],
  withHeader: boolean,
): void {
  const width = req.headers.length;
  // Nothing in the workbook needs recalculating while EARmark writes text; and one repaint per
  // chunk instead of one per range. Both last until the sync that sends this chunk.
  context.application.suspendApiCalculationUntilNextSync();
  context.application.suspendScreenUpdatingUntilNextSync();

  if (withHeader) {
    const header = sheet.getRangeByIndexes(req.headerRow - 1, req.column, 1, width);
    header.numberFormat = textFormat(1, width);
    header.values = [[...req.headers]];
    header.format.font.bold = true;
  }
  // Text format first, then values: otherwise Excel reads an ECCN such as "1E001" as the
  // number 10, and a date-like or numeric string loses its text.
  for (const run of contiguousRuns(chunk)) {
    const range = sheet.getRangeByIndexes(run.startRow - 1, req.column, run.items.length, width);
    range.numberFormat = textFormat(run.items.length, width);
    range.values = run.items.map((r) => r.cells);
  }
  for (const run of contiguousRuns(chunk, (a, b) => a.status === b.status)) {
    const style = STATUS_STYLE[run.items[0].status];
    const range = sheet.getRangeByIndexes(run.startRow - 1, req.column, run.items.length, width);
    range.format.fill.color = style.fill;
    range.format.font.color = style.font;
  }
}

export async function writeOutputBlock(req: OutputBlockRequest, opts: WriteOptions = {}): Promise<WriteResult> {
  const rows = validate(req);
  const budget = opts.budget ?? DEFAULT_BUDGET;
  const { signal } = opts;
  if (signal?.aborted) return { rowsWritten: 0, cancelled: true };

  return runInExcel({ writes: true }, async (context) => {
    const sheet = context.workbook.worksheets.getItem(req.sheetName);
    await assertWritable(context, sheet, req, rows, budget);

    const width = req.headers.length;
    const headerBytes = jsonBytes(req.headers) + width * 4 + 3 * RANGE_OVERHEAD_BYTES;
    let written = 0;
    let headerDone = false;
    // A size Excel refused stays a ceiling for the rest of the run.
    let ceiling = Infinity;
    while (written < rows.length || !headerDone) {
      if (signal?.aborted) return { rowsWritten: written, cancelled: true };
      const n = Math.min(rowsThatFit(rows, written, width, budget, headerDone ? 0 : headerBytes), ceiling);
      queueChunk(context, sheet, req, rows.slice(written, written + n), !headerDone);
      try {
        await context.sync();
      } catch (error) {
        // A request over the limit is refused whole, before Excel applies any of it.
        if (isPayloadLimitError(error) && n > 1) {
          ceiling = Math.floor(n / 2);
          continue;
        }
        throw error;
      }
      headerDone = true;
      written += n;
      opts.onProgress?.(written, rows.length);
    }
    return { rowsWritten: written, cancelled: false };
  });
}
