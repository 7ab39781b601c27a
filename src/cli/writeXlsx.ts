import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import type { RowStatus } from '../engine';
import type { LoadedCatalog } from './LoadedCatalog';
import type { OutputBlock } from './OutputBlock';
import { loadExcelJs, type ExcelJsModule } from './loadExcelJs';
import { writeFileAtomically } from './writeFileAtomically';

/**
 * Status colours, the same as the add-in's (src/excel/statusStyle.ts; a test keeps the two equal):
 * Excel's Good / Bad / Neutral cell styles — light fill, dark text of the same hue.
 */
export const STATUS_STYLE_ARGB: Readonly<Record<RowStatus, { fill: string; font: string }>> = {
  CLEAR: { fill: 'FFC6EFCE', font: 'FF006100' },
  FLAGGED: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  NEEDS_REVIEW: { fill: 'FFFFEB9C', font: 'FF9C5700' },
};

/** Text number format, as the add-in sets it: an ECCN like "1E001" must never be read as a number. */
const TEXT_FORMAT = '@';

/** Widths for the block's columns, used only where the column has no width yet. */
const BLOCK_WIDTHS = [14, 60, 22, 44, 22, 28, 60, 15];

/**
 * Writes the catalog as .xlsx with EARmark's block in place. From an .xlsx input, the loaded
 * workbook is written back with only the block's cells touched (values, formulas, styles,
 * other sheets and column widths stay as exceljs read them); a CSV input becomes a one-sheet workbook.
 */
export async function writeXlsx(catalog: LoadedCatalog, block: OutputBlock, file: string): Promise<void> {
  const { workbook, worksheet } = catalog.format === 'xlsx' ? catalog : workbookFromCsv(await loadExcelJs(), catalog, file);
  placeBlock(worksheet, block);
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await writeFileAtomically(file, buffer);
}

function workbookFromCsv(
  excel: ExcelJsModule,
  catalog: LoadedCatalog,
  file: string,
): { workbook: ExcelJS.Workbook; worksheet: ExcelJS.Worksheet } {
  const workbook = new excel.Workbook();
  const worksheet = workbook.addWorksheet(sheetNameFor(file));
  catalog.grid.forEach((cells, r) => {
    cells.forEach((value, c) => {
      if (value === null || value === '') return;
      // Excel breaks lines inside a cell with LF; XML would turn a CR LF into LF on reading anyway.
      worksheet.getCell(r + 1, c + 1).value = typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value;
    });
  });
  return { workbook, worksheet };
}

/** A legal worksheet name from a file name (31 characters, none of : \ / ? * [ ]). */
function sheetNameFor(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
  return base.trim() === '' ? 'Catalog' : base;
}

function placeBlock(worksheet: ExcelJS.Worksheet, block: OutputBlock): void {
  const col = (i: number): number => block.column + 1 + i;
  block.headers.forEach((header, i) => {
    const cell = worksheet.getCell(block.headerRow + 1, col(i));
    cell.value = header;
    // Always a new style object: exceljs may share one style object among every cell with the
    // same style id, so mutating it (cell.font = …) could restyle input cells too.
    cell.style = { ...cell.style, numFmt: TEXT_FORMAT, font: { ...cell.style.font, bold: true } };
  });
  for (let r = block.headerRow + 1; r <= block.lastRow; r++) {
    const out = block.rows.get(r);
    if (!out) {
      if (block.replacesExisting) clearBlockRow(worksheet, r + 1, block);
      continue;
    }
    const colours = STATUS_STYLE_ARGB[out.status];
    const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
    out.cells.forEach((text, i) => {
      const cell = worksheet.getCell(r + 1, col(i));
      cell.value = text;
      cell.style = { ...cell.style, numFmt: TEXT_FORMAT, fill, font: { ...cell.style.font, color: { argb: colours.font } } };
    });
  }
  block.headers.forEach((_, i) => {
    const column = worksheet.getColumn(col(i));
    if (column.width === undefined) column.width = BLOCK_WIDTHS[i] ?? 20;
  });
}

/** Empties a row's block cells (value and status fill) that a previous run wrote. */
function clearBlockRow(worksheet: ExcelJS.Worksheet, rowNumber: number, block: OutputBlock): void {
  const row = worksheet.getRow(rowNumber);
  for (let i = 0; i < block.headers.length; i++) {
    const cell = row.getCell(block.column + 1 + i);
    if (cell.value === null && cell.fill === undefined) continue;
    cell.value = null;
    cell.style = {};
  }
}
