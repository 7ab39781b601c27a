import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

/**
 * A small workbook like a real catalog: two title rows, the header on row 3, a formula column,
 * styles, a blank row, and a second worksheet. Rows and what the EAR says about them:
 *  4  5A992.c  Germany  — 5A992 is controlled for AT only; Germany has no AT mark → NLR
 *  5  3A001.b.2 China   — 3A001 is NS 2 for the entire entry; China has an X in NS 2 → licence
 *  6  (blank)
 *  7  EAR99    Cuba     — 746.2: a licence for nearly every item subject to the EAR → licence
 *  8  5A992.c  Korea    — North or South? Never guessed → not determined
 *  9  (no ECCN) Canada  — nothing to look up → not determined
 */
export const XLSX_ROWS = {
  router: 4,
  mmic: 5,
  blank: 6,
  chair: 7,
  korea: 8,
  noEccn: 9,
} as const;

export const XLSX_HEADER_ROW = 3;
export const XLSX_DATA_COLUMNS = 8;

export async function writeFixtureWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Products');
  ws.getCell('A1').value = 'Test Instruments — Export catalog';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells('A1:D1');
  ws.getCell('A2').value = 'Prepared for review';
  ws.getCell('A2').font = { italic: true };
  const headers = ['Part Number', 'Description', 'ECCN', 'Destination', 'End User', 'Unit Value', 'Qty', 'Line Total'];
  headers.forEach((h, i) => {
    const c = ws.getCell(XLSX_HEADER_ROW, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  const rows: Array<[number, string, string, string, string, string, number, number]> = [
    [XLSX_ROWS.router, 'P-1', 'Router, mass-market encryption', '5A992.c', 'Germany', '', 500, 2],
    [XLSX_ROWS.mmic, 'P-2', 'GaN MMIC amplifier', '3A001.b.2', 'China', 'Example Trading Ltd', 900, 10],
    [XLSX_ROWS.chair, 'P-3', 'Office chair', 'EAR99', 'Cuba', '', 120, 4],
    [XLSX_ROWS.korea, 'P-4', 'Router, mass-market encryption', '5A992.c', 'Korea', '', 500, 1],
    [XLSX_ROWS.noEccn, 'P-5', 'Cable assembly', '', 'Canada', '', 20, 50],
  ];
  for (const [r, part, desc, eccn, dest, user, value, qty] of rows) {
    ws.getCell(r, 1).value = part;
    ws.getCell(r, 2).value = desc;
    if (eccn) ws.getCell(r, 3).value = eccn;
    ws.getCell(r, 4).value = dest;
    if (user) ws.getCell(r, 5).value = user;
    ws.getCell(r, 6).value = value;
    ws.getCell(r, 6).numFmt = '"$"#,##0.00';
    ws.getCell(r, 7).value = qty;
    ws.getCell(r, 8).value = { formula: `F${r}*G${r}`, result: value * qty };
    ws.getCell(r, 8).numFmt = '"$"#,##0.00';
  }
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 34;
  const notes = wb.addWorksheet('Notes');
  notes.getCell('A1').value = 'Do not edit';
  notes.getCell('B2').value = 42;
  await wb.xlsx.writeFile(file);
}

/**
 * A CSV as Excel writes it (BOM, CRLF) with a title line, a blank line, a quoted field that
 * spans two lines, a blank record, a ragged record and an escaped quote. Lines:
 *  1 title · 2 empty · 3 header · 4 P-1 · 5–6 P-2 (two-line description) · 7 ",,,," · 8 P-3 (4 fields) · 9 P-4
 */
export const CSV_TEXT =
  '\ufeffExport catalog (test)\r\n' +
  '\r\n' +
  'Part Number,Description,ECCN,Destination,End User\r\n' +
  'P-1,"Router, mass-market encryption",5A992.c,Germany,\r\n' +
  'P-2,"GaN MMIC amplifier\r\n8-12 GHz",3A001.b.2,China,Example Trading Ltd\r\n' +
  ',,,,\r\n' +
  'P-3,Office chair,EAR99,Cuba\r\n' +
  'P-4,"Router ""Pro""",5A992.c,Korea,\r\n';

export const CSV_LINES = { router: 4, mmic: 5, chair: 8, korea: 9 } as const;
/** The number of input columns (EARmark's block starts right of them). */
export const CSV_DATA_COLUMNS = 5;

export function writeFixtureCsv(file: string, text = CSV_TEXT): void {
  writeFileSync(file, text, 'utf8');
}
