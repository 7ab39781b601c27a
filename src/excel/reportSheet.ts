/**
 * The review report on a new sheet, laid out for printing: a title, then sections, each a bold
 * heading over a small table. The pane decides what the sections say; this file only lays
 * them out (text format, so a date or an ECCN is never turned into a number).
 */
import { neutralizeFormula } from '../engine';
import { addUniqueSheet } from './newSheet';
import { runInExcel } from './runInExcel';

export interface ReportSection {
  heading: string;
  header?: string[];
  rows: string[][];
}

export interface ReportSheetRequest {
  title: string;
  sections: ReportSection[];
}

const ROWS_PER_SYNC = 2000;

export async function writeReportSheet(req: ReportSheetRequest): Promise<{ sheetName: string }> {
  return runInExcel({ writes: true }, async (context) => {
    const sheet = await addUniqueSheet(context, 'EARmark Review Report');
    const text = (s: string) => neutralizeFormula(s);
    const title = sheet.getRangeByIndexes(0, 0, 1, 1);
    title.values = [[text(req.title)]];
    title.format.font.bold = true;
    let row = 2;
    for (const section of req.sections) {
      const heading = sheet.getRangeByIndexes(row, 0, 1, 1);
      heading.numberFormat = [['@']];
      heading.values = [[text(section.heading)]];
      heading.format.font.bold = true;
      row++;
      const width = Math.max(section.header?.length ?? 0, ...section.rows.map((r) => r.length), 1);
      const pad = (r: string[]) => [...r.map(text), ...new Array<string>(width - r.length).fill('')];
      if (section.header) {
        const h = sheet.getRangeByIndexes(row, 0, 1, width);
        h.numberFormat = [new Array<string>(width).fill('@')];
        h.values = [pad(section.header)];
        h.format.font.bold = true;
        h.format.fill.color = '#D9E1F2';
        row++;
      }
      for (let i = 0; i < section.rows.length; i += ROWS_PER_SYNC) {
        const chunk = section.rows.slice(i, i + ROWS_PER_SYNC);
        const body = sheet.getRangeByIndexes(row, 0, chunk.length, width);
        body.numberFormat = chunk.map(() => new Array<string>(width).fill('@'));
        body.values = chunk.map(pad);
        row += chunk.length;
        await context.sync();
      }
      row++;
    }
    sheet.getRangeByIndexes(0, 0, Math.max(1, row), 8).format.autofitColumns();
    sheet.activate();
    await context.sync();
    return { sheetName: sheet.name };
  });
}
