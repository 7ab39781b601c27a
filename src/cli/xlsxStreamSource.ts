import type ExcelJS from 'exceljs';
import type { CatalogSource, SourceRow } from './CatalogSource';
import { loadExcelJs } from './loadExcelJs';
import { toCellValue } from './readXlsx';
import { UserError } from './UserError';

interface SheetInfo {
  name: string;
  state?: string;
}

/** What exceljs's streaming reader exposes beyond its typings: the workbook's sheet list, in tab order. */
interface ReaderInternals {
  model?: { sheets?: SheetInfo[] };
}

/**
 * Streams one worksheet of a large .xlsx with exceljs's WorkbookReader: rows are parsed as the
 * zip is read and handed on in batches, so memory stays flat. Values as Excel shows them
 * (formula results, dates as ISO text); the exceljs values ride along in `original` so an .xlsx
 * output copies them unchanged. Gaps between rows come out as blank rows, so the n-th row is
 * sheet row n; trailing blank rows are dropped, as the in-memory reader does.
 * @param sheetName the worksheet to read; null → the first visible worksheet in tab order.
 */
export async function openXlsxStreamSource(file: string, sheetName: string | null): Promise<CatalogSource & { format: 'xlsx' }> {
  const excel = await loadExcelJs();
  const reader = new excel.stream.xlsx.WorkbookReader(file, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles tell dates from numbers; hyperlinks only re-point cells that already hold their text.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const worksheets = (reader as unknown as AsyncIterable<ExcelJS.stream.xlsx.WorksheetReader>)[Symbol.asyncIterator]();
  let target: { reader: ExcelJS.stream.xlsx.WorksheetReader; name: string } | null = null;
  try {
    target = await findWorksheet(worksheets, reader as unknown as ReaderInternals, sheetName, file);
  } catch (err) {
    await worksheets.return?.(undefined);
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') throw err;
    throw new UserError(`Cannot read ${file}: not a valid .xlsx workbook`);
  }
  const { reader: sheet, name } = target;
  return {
    format: 'xlsx',
    path: file,
    sheetName: name,
    dialect: null,
    batches: rowsOf(sheet),
    async close() {
      await worksheets.return?.(undefined);
    },
  };
}

async function findWorksheet(
  worksheets: AsyncIterator<ExcelJS.stream.xlsx.WorksheetReader>,
  reader: ReaderInternals,
  wanted: string | null,
  file: string,
): Promise<{ reader: ExcelJS.stream.xlsx.WorksheetReader; name: string }> {
  let name: string | null = null;
  for (let next = await worksheets.next(); !next.done; next = await worksheets.next()) {
    // workbook.xml (the tab order) comes before the sheets in every zip Excel or exceljs writes.
    name ??= pickName(reader.model?.sheets ?? [], wanted, file);
    const ws = next.value as unknown as { name?: string };
    if (name === null || ws.name === name) return { reader: next.value, name: ws.name ?? 'Sheet1' };
    // Not the one: the reader drains its part of the zip when we move on.
  }
  throw new UserError(`Cannot read ${file}: the workbook has no worksheet${wanted ? ` named "${wanted}"` : 's'}`);
}

/** The worksheet to read by the in-memory reader's rules; null when the workbook lists no sheets. */
function pickName(sheets: SheetInfo[], wanted: string | null, file: string): string | null {
  if (sheets.length === 0) return null;
  if (wanted === null) return (sheets.find((s) => (s.state ?? 'visible') === 'visible') ?? sheets[0]).name;
  if (sheets.some((s) => s.name === wanted)) return wanted;
  const key = wanted.trim().toLowerCase();
  const loose = sheets.filter((s) => s.name.trim().toLowerCase() === key);
  if (loose.length === 1) return loose[0].name;
  const names = sheets.map((s) => `"${s.name}"`).join(', ');
  throw new UserError(`No worksheet named "${wanted}" in ${file}; its worksheets are ${names}`);
}

async function* rowsOf(sheet: ExcelJS.stream.xlsx.WorksheetReader): AsyncGenerator<SourceRow[]> {
  let last = 0;
  const parse = (sheet as unknown as { parse(): AsyncIterable<Array<{ eventType: string; value: unknown }>> }).parse();
  for await (const events of parse) {
    const rows: SourceRow[] = [];
    for (const { eventType, value } of events) {
      if (eventType !== 'row') continue;
      const row = value as ExcelJS.Row;
      const cells: SourceRow['cells'] = [];
      const original: unknown[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.value === null || cell.value === undefined) return;
        original[col - 1] = cell.value;
        const v = toCellValue(cell.value);
        if (v !== null) {
          while (cells.length < col - 1) cells.push(null);
          cells[col - 1] = v;
        }
      });
      if (original.length === 0) continue;
      for (let n = last + 1; n < row.number; n++) rows.push({ cells: [], rowNumber: n, original: [] });
      rows.push({ cells, rowNumber: row.number, original });
      last = row.number;
    }
    if (rows.length > 0) yield rows;
  }
}
