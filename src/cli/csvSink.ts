import type { CellValue } from '../engine';
import { AtomicFileStream } from './AtomicFileStream';
import { csvRecord } from './csvRecord';
import type { BlockCells, BlockLayout, CatalogSink } from './CatalogSink';
import type { CsvDialect, SourceRow } from './CatalogSource';

/** Output dialect when the input was not CSV: what Excel itself writes (BOM so it reads UTF-8, CRLF, comma). */
export const EXCEL_CSV_DIALECT: CsvDialect = { bom: true, eol: '\r\n', delimiter: ',' };

/**
 * Writes CSV a batch at a time: every input field as it was read (CSV input) or as Excel would
 * export it (xlsx input), with the block's fields laid over. Records are independent in CSV, so
 * stringifying batch by batch gives the same bytes as stringifying the whole file at once.
 */
export async function openCsvSink(file: string, layout: BlockLayout, dialect: CsvDialect): Promise<CatalogSink> {
  const out = await AtomicFileStream.open(file);
  const eol = dialect.eol === '\r\n' ? '\r\n' : '\n';
  let first = true;
  return {
    async writeBatch(rows) {
      if (rows.length === 0) return;
      // The BOM belongs once, at the very start of the file.
      let text = first && dialect.bom ? '\ufeff' : '';
      for (const { row, block } of rows) text += csvRecord(placeBlock(toRecord(row), block, layout), dialect.delimiter, eol);
      await out.write(text);
      first = false;
    },
    finish: () => out.commit(),
    abort: () => out.abort(),
  };
}

/** The row's fields as CSV text; a CSV row's cells are its fields already. */
function toRecord(row: SourceRow): string[] {
  return row.cells.map(cellToCsvText);
}

/** One record with the block's fields in place (the record is the caller's copy, changed in place). */
export function placeBlock(record: string[], block: BlockCells, layout: BlockLayout): string[] {
  const width = layout.headers.length;
  const put = (cells: readonly string[]): void => {
    while (record.length < layout.column) record.push('');
    for (let i = 0; i < width; i++) record[layout.column + i] = cells[i] ?? '';
  };
  switch (block.kind) {
    case 'header':
      put(layout.headers);
      break;
    case 'output':
      put(block.cells);
      break;
    case 'clear':
      // Empty what the previous run left in the block; a record that ends inside it just ends earlier.
      if (record.length <= layout.column) break;
      if (record.length <= layout.column + width) record.length = layout.column;
      else for (let i = 0; i < width; i++) record[layout.column + i] = '';
      break;
    case 'none':
      break;
  }
  return record;
}

/** A cell value as CSV text (booleans the way Excel exports them). */
export function cellToCsvText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
