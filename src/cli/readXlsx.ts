import { readFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../engine';
import { UserError } from './UserError';
import { loadExcelJs } from './loadExcelJs';
import { readInputFile } from './readInputFile';

/** A worksheet read whole: the grid the engine sees, and the workbook the writer gives back. */
export interface XlsxCatalog {
  format: 'xlsx';
  path: string;
  /** Cell values, row-major; grid[i] is sheet row i + 1. */
  grid: Grid;
  rowNumbers: number[];
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
}

/**
 * Reads one worksheet of an .xlsx workbook into a grid of values (what Excel shows: formula
 * results, not formulas). The whole workbook is kept so the writer can give it back unchanged.
 * @param sheetName the worksheet to read; null → the first visible worksheet in tab order.
 */
export async function readXlsx(file: string, sheetName: string | null): Promise<XlsxCatalog> {
  const bytes = await readInputFile(file, (f) => readFile(f));
  const { Workbook } = await loadExcelJs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UserError(`Cannot read ${file}: not a valid .xlsx workbook`);
  }
  const worksheet = pickWorksheet(workbook, sheetName, file);
  const grid = worksheetGrid(worksheet);
  return {
    format: 'xlsx',
    path: file,
    grid,
    rowNumbers: grid.map((_, i) => i + 1),
    workbook,
    worksheet,
  };
}

function inTabOrder(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  const order = (ws: ExcelJS.Worksheet): number => (ws as unknown as { orderNo?: number }).orderNo ?? ws.id;
  return [...workbook.worksheets].sort((a, b) => order(a) - order(b));
}

function pickWorksheet(workbook: ExcelJS.Workbook, sheetName: string | null, file: string): ExcelJS.Worksheet {
  const sheets = inTabOrder(workbook);
  if (sheetName === null) {
    const first = sheets.find((ws) => ws.state === 'visible') ?? sheets[0];
    if (!first) throw new UserError(`Cannot read ${file}: the workbook has no worksheets`);
    return first;
  }
  const exact = sheets.find((ws) => ws.name === sheetName);
  if (exact) return exact;
  const key = sheetName.trim().toLowerCase();
  const loose = sheets.filter((ws) => ws.name.trim().toLowerCase() === key);
  if (loose.length === 1) return loose[0];
  const names = sheets.map((ws) => `"${ws.name}"`).join(', ');
  throw new UserError(`No worksheet named "${sheetName}" in ${file}; its worksheets are ${names}`);
}

/** The worksheet's values from row 1 / column A, trailing blank rows dropped. */
export function worksheetGrid(worksheet: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // Like Excel's range.values: a merged area's value stands in its top-left cell only.
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      if (value !== null) {
        while (cells.length < col - 1) cells.push(null);
        cells[col - 1] = value;
      }
    });
    if (cells.length) {
      while (grid.length < rowNumber - 1) grid.push([]);
      grid[rowNumber - 1] = cells;
    }
  });
  return grid;
}

/** An exceljs cell value as the engine's CellValue: formulas by their cached result, rich text as text. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return formatDate(value);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      return toCellValue((value as { result?: ExcelJS.CellValue }).result);
    }
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('hyperlink' in value) return toCellValue((value as { text?: ExcelJS.CellValue }).text);
    if ('error' in value) return String(value.error);
  }
  return null;
}

/** Dates as ISO: "2024-05-01", or with the time when there is one. */
function formatDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
