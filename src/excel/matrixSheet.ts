/**
 * The catalog × destination matrix on a new sheet: one row per product, one column per
 * destination, each cell NLR / LIC (reasons) / EMB / PROHIBITED / ? coloured by outcome. Why a
 * cell says what it says goes in the cell's note where Excel has notes (ExcelApi 1.18); on older
 * Excel a reasons table below the matrix lists the same text, one line per non-NLR cell.
 */
import { neutralizeFormula } from '../engine';
import { cellAddress } from './a1';
import { addUniqueSheet } from './newSheet';
import { runInExcel } from './runInExcel';

export type MatrixCode = 'NLR' | 'LIC' | 'EMB' | 'PROHIBITED' | '?';

export interface MatrixCell {
  code: MatrixCode;
  /** What the cell shows: "NLR", "LIC (NS1, RS1)", "EMB", "PROHIBITED", "?". */
  text: string;
  /** Why, in words with citations (empty for a plain NLR). */
  reasons: string;
}

export interface MatrixSheetRequest {
  title: string;
  /** Lines under the title: pack, effective date, when. */
  subtitle: string[];
  /** Row label columns (e.g. Row, Part Number, ECCN) and each product's labels. */
  labelHeaders: string[];
  products: Array<{ labels: string[]; cells: MatrixCell[] }>;
  destinations: string[];
}

/** Fill and font per outcome: Excel's Good / Bad / Neutral, and a dark red for embargo and prohibition. */
export const MATRIX_STYLE: Readonly<Record<MatrixCode, { fill: string; font: string }>> = {
  NLR: { fill: '#C6EFCE', font: '#006100' },
  LIC: { fill: '#FFEB9C', font: '#9C5700' },
  EMB: { fill: '#FFC7CE', font: '#9C0006' },
  PROHIBITED: { fill: '#C00000', font: '#FFFFFF' },
  '?': { fill: '#D9D9D9', font: '#000000' },
};

export const NOTES_API = '1.18';

/** Rows per request: 50 destinations × 400 rows of short text and their formats stay well under 1 MB. */
const ROWS_PER_SYNC = 400;

function notesSupported(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements?.isSetSupported('ExcelApi', NOTES_API) ?? false;
}

export interface MatrixSheetResult {
  sheetName: string;
  /** 'notes' when reasons went into cell notes; 'table' when into the reasons table below. */
  reasonsIn: 'notes' | 'table';
}

export async function writeMatrixSheet(req: MatrixSheetRequest): Promise<MatrixSheetResult> {
  const useNotes = notesSupported();
  return runInExcel({ writes: true }, async (context) => {
    const sheet = await addUniqueSheet(context, 'EARmark Matrix');
    await context.sync();
    const name = sheet.name;
    const labelWidth = req.labelHeaders.length;
    const width = labelWidth + req.destinations.length;
    const text = (s: string) => neutralizeFormula(s);

    const top = [[req.title], ...req.subtitle.map((s) => [s])];
    const titleRange = sheet.getRangeByIndexes(0, 0, top.length, 1);
    titleRange.numberFormat = top.map(() => ['@']);
    titleRange.values = top.map((r) => r.map(text));
    sheet.getRangeByIndexes(0, 0, 1, 1).format.font.bold = true;

    const headerRow = top.length + 1; // 0-based: one blank row under the subtitle
    const header = sheet.getRangeByIndexes(headerRow, 0, 1, width);
    header.numberFormat = [new Array<string>(width).fill('@')];
    header.values = [[...req.labelHeaders, ...req.destinations].map(text)];
    header.format.font.bold = true;
    await context.sync();

    const reasonsRows: string[][] = [];
    for (let i = 0; i < req.products.length; i += ROWS_PER_SYNC) {
      const chunk = req.products.slice(i, i + ROWS_PER_SYNC);
      const first = headerRow + 1 + i;
      context.application.suspendScreenUpdatingUntilNextSync();
      const range = sheet.getRangeByIndexes(first, 0, chunk.length, width);
      range.numberFormat = chunk.map(() => new Array<string>(width).fill('@'));
      range.values = chunk.map((p) => [...p.labels, ...p.cells.map((c) => c.text)].map(text));
      chunk.forEach((p, r) => {
        // One format per run of equal outcomes along the row: a catalog's row is mostly one colour.
        let start = 0;
        for (let c = 1; c <= p.cells.length; c++) {
          if (c === p.cells.length || p.cells[c].code !== p.cells[start].code) {
            const style = MATRIX_STYLE[p.cells[start].code];
            const run = sheet.getRangeByIndexes(first + r, labelWidth + start, 1, c - start);
            run.format.fill.color = style.fill;
            run.format.font.color = style.font;
            start = c;
          }
        }
        p.cells.forEach((cell, c) => {
          if (!cell.reasons || cell.code === 'NLR') return;
          if (useNotes) sheet.notes.add(cellAddress(name, first + r + 1, labelWidth + c), cell.reasons);
          else reasonsRows.push([p.labels.join(' · '), req.destinations[c], cell.text, cell.reasons]);
        });
      });
      await context.sync();
    }

    if (!useNotes && reasonsRows.length) {
      const at = headerRow + 1 + req.products.length + 2;
      const head = sheet.getRangeByIndexes(at, 0, 1, 4);
      head.values = [['Product', 'Destination', 'Result', 'Reasons']];
      head.format.font.bold = true;
      for (let i = 0; i < reasonsRows.length; i += ROWS_PER_SYNC * 10) {
        const chunk = reasonsRows.slice(i, i + ROWS_PER_SYNC * 10);
        const body = sheet.getRangeByIndexes(at + 1 + i, 0, chunk.length, 4);
        body.numberFormat = chunk.map(() => ['@', '@', '@', '@']);
        body.values = chunk.map((r) => r.map(text));
        await context.sync();
      }
    }
    sheet.activate();
    await context.sync();
    return { sheetName: name, reasonsIn: useNotes ? 'notes' : 'table' };
  });
}
