import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { AtomicFileStream } from './AtomicFileStream';
import type { BlockLayout, CatalogSink } from './CatalogSink';
import type { SourceRow } from './CatalogSource';
import { loadExcelJs } from './loadExcelJs';
import { BLOCK_WIDTHS, STATUS_STYLE_ARGB, TEXT_FORMAT } from './writeXlsx';

/**
 * Writes a one-sheet .xlsx row by row with exceljs's streaming WorkbookWriter: each row is
 * committed (serialised into the zip) as soon as it is written, so memory stays flat. What it
 * cannot do is copy the input's styles, other sheets or widths — a streamed input never holds
 * them (see chooseXlsxMode): cells are copied in value (formulas with their cached result),
 * and the block gets the same text format, bold header and status colours as the in-memory path.
 * Rows arrive in order from the first, so the n-th row is sheet row n.
 */
export async function openXlsxStreamSink(file: string, layout: BlockLayout, sheetName: string | null): Promise<CatalogSink> {
  const excel = await loadExcelJs();
  const out = await AtomicFileStream.open(file);
  const workbook = new excel.stream.xlsx.WorkbookWriter({ stream: out.stream, useStyles: true, useSharedStrings: false });
  const worksheet = workbook.addWorksheet(sheetName ?? sheetNameFor(file));
  // Widths must be set before the first row is committed: they are written ahead of the rows.
  layout.headers.forEach((_, i) => (worksheet.getColumn(layout.column + 1 + i).width = BLOCK_WIDTHS[i] ?? 20));
  const fills = Object.fromEntries(
    Object.entries(STATUS_STYLE_ARGB).map(([status, c]) => [
      status,
      { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill } } as ExcelJS.Fill, font: { color: { argb: c.font } } },
    ]),
  );
  let rowNumber = 0;
  return {
    async writeBatch(rows) {
      for (const { row, block } of rows) {
        const sheetRow = worksheet.getRow(++rowNumber);
        copyCells(sheetRow, row);
        const col = (i: number): number => layout.column + 1 + i;
        if (block.kind === 'header') {
          layout.headers.forEach((header, i) => {
            const cell = sheetRow.getCell(col(i));
            cell.value = header;
            cell.numFmt = TEXT_FORMAT;
            cell.font = { bold: true };
          });
        } else if (block.kind === 'output') {
          const style = fills[block.status];
          block.cells.forEach((text, i) => {
            const cell = sheetRow.getCell(col(i));
            cell.value = text;
            cell.style = { numFmt: TEXT_FORMAT, fill: style.fill, font: style.font };
          });
        } else if (block.kind === 'clear') {
          for (let i = 0; i < layout.headers.length; i++) sheetRow.getCell(col(i)).value = null;
        }
        sheetRow.commit();
      }
      // Let the zip and the disk catch up before taking more rows.
      if (out.stream.writableNeedDrain) await new Promise<void>((resolve) => out.stream.once('drain', () => resolve()));
    },
    async finish() {
      worksheet.commit();
      await workbook.commit();
      await out.commit();
    },
    abort: () => out.abort(),
  };
}

/** Copies a row's input cells: the exceljs value when read from an .xlsx, else the text. */
function copyCells(target: ExcelJS.Row, row: SourceRow): void {
  const values = row.original ?? row.cells;
  for (let c = 0; c < values.length; c++) {
    const value = toWritable(values[c]);
    if (value !== null) target.getCell(c + 1).value = value;
  }
}

function toWritable(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  // Excel breaks lines inside a cell with LF; XML would turn a CR LF into LF on reading anyway.
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (typeof value === 'object' && 'sharedFormula' in value) {
    // A shared formula names its master cell, which this writer does not lay out: keep its value.
    return toWritable((value as { result?: unknown }).result);
  }
  return value as ExcelJS.CellValue;
}

/** A legal worksheet name from a file name (31 characters, none of : \ / ? * [ ]). */
function sheetNameFor(file: string): string {
  const base = path.basename(file, path.extname(file)).replace(/[:\\/?*[\]]/g, '_').slice(0, 31);
  return base.trim() === '' ? 'Catalog' : base;
}
