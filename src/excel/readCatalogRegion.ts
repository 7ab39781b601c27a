/**
 * Reads the catalog the user means: the Excel table that holds the selection if there is one
 * (the user pointed at it), else the active sheet's used range (values only, so formatting far
 * below the data does not inflate the read). Values only — no formats — in row chunks.
 * Two or three requests find the region; the rest grow with rows ÷ chunk size.
 */
import type { CellValue, Grid } from '../engine';
import { readRowsInChunks, type Block } from './readRowsInChunks';
import { cellAddress } from './a1';
import { MAX_CATALOG_CELLS, MAX_CATALOG_COLUMNS, type ChunkBudget } from './payloadLimits';
import { runInExcel } from './runInExcel';
import { CatalogTooLargeError } from './WriteRefusedError';

export interface SheetRead {
  sheetName: string;
  /** 1-based sheet row of grid[0]. */
  firstRow: number;
  /** 0-based sheet column of grid[r][0]. */
  firstColumn: number;
  rowCount: number;
  columnCount: number;
  grid: Grid;
}

export interface ReadOptions {
  onProgress?: (done: number, total: number) => void;
  /** For tests: a smaller chunk budget than Excel's limits call for. */
  budget?: ChunkBudget;
}

/** Excel reports a blank cell as ""; the engine's grids use null. */
function toCell(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

interface Region {
  sheetName: string;
  block: Block | null;
}

/** The table under the selection, as a block without its totals row (a sum is not a product). */
async function tableAtSelection(context: Excel.RequestContext): Promise<Region | null> {
  const tables = context.workbook.getSelectedRange().getTables(false);
  tables.load('items/name,items/showTotals');
  try {
    await context.sync();
  } catch {
    // The selection is not cells (a chart or shape is selected): fall back to the sheet.
    return null;
  }
  const table = tables.items[0];
  if (!table) return null;
  const range = table.getRange();
  range.load('rowIndex,columnIndex,rowCount,columnCount');
  const sheet = table.worksheet;
  sheet.load('name');
  await context.sync();
  return {
    sheetName: sheet.name,
    block: {
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      rowCount: range.rowCount - (table.showTotals ? 1 : 0),
      columnCount: range.columnCount,
    },
  };
}

async function activeSheetUsedRange(context: Excel.RequestContext): Promise<Region> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  await context.sync();
  if (used.isNullObject) return { sheetName: sheet.name, block: null };
  return {
    sheetName: sheet.name,
    block: { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount },
  };
}

const count = (n: number) => n.toLocaleString('en-US');

/** Refuses, before reading a cell, a region over what the pane can hold (see MAX_CATALOG_CELLS). */
function assertNotTooLarge(sheetName: string, block: Block, fromTable: boolean): void {
  const { rowCount, columnCount } = block;
  if (columnCount <= MAX_CATALOG_COLUMNS && rowCount * columnCount <= MAX_CATALOG_CELLS) return;
  const first = cellAddress(sheetName, block.rowIndex + 1, block.columnIndex);
  const last = cellAddress(sheetName, block.rowIndex + rowCount, block.columnIndex + columnCount - 1).split('!')[1];
  const what = fromTable ? 'the table holding the selection' : 'the used range of the sheet';
  const hint = fromTable
    ? 'Classify part of it at a time, or use the EARmark command line, which streams any size.'
    : 'A value far right of or below the catalog widens the used range: clear it (Ctrl+End shows where the range ends), ' +
      'or put the catalog in an Excel table and select a cell in it. For catalogs this large, use the EARmark command line, which streams any size.';
  throw new CatalogTooLargeError(
    `EARmark did not read the sheet: ${what} (${first}:${last}) is ${count(rowCount)} rows × ${count(columnCount)} columns = ` +
      `${count(rowCount * columnCount)} cells, more than the ${count(MAX_CATALOG_CELLS)} cells and ${count(MAX_CATALOG_COLUMNS)} columns ` +
      `the add-in can hold in memory. Nothing on the sheet was changed. ${hint}`,
    rowCount,
    columnCount,
  );
}

export async function readCatalogRegion(opts: ReadOptions = {}): Promise<SheetRead> {
  return runInExcel({ writes: false }, async (context) => {
    const table = await tableAtSelection(context);
    const region = table ?? (await activeSheetUsedRange(context));
    const { sheetName, block } = region;
    if (!block) {
      opts.onProgress?.(0, 0);
      return { sheetName, firstRow: 1, firstColumn: 0, rowCount: 0, columnCount: 0, grid: [] };
    }
    assertNotTooLarge(sheetName, block, table !== null);
    const grid: Grid = new Array(block.rowCount);
    const sheet = context.workbook.worksheets.getItem(sheetName);
    await readRowsInChunks(
      context,
      sheet,
      block,
      (values, offset) => {
        for (let r = 0; r < values.length; r++) grid[offset + r] = values[r].map(toCell);
      },
      { budget: opts.budget, onProgress: opts.onProgress },
    );
    return {
      sheetName,
      firstRow: block.rowIndex + 1,
      firstColumn: block.columnIndex,
      rowCount: block.rowCount,
      columnCount: block.columnCount,
      grid,
    };
  });
}
