import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { OUTPUT_HEADERS, OUTPUT_WIDTH } from '../../src/engine';
import { STATUS_STYLE } from '../../src/excel/statusStyle';
import { STATUS_STYLE_ARGB } from '../../src/cli/writeXlsx';
import { cellSnapshot, earmark, readWorkbook, rowTexts, tempFolder } from './cliHarness';
import { writeFixtureWorkbook, XLSX_DATA_COLUMNS, XLSX_HEADER_ROW, XLSX_ROWS } from './fixtureCatalogs';

let folder: ReturnType<typeof tempFolder>;
let input: string;
beforeEach(async () => {
  folder = tempFolder();
  input = path.join(folder.dir, 'catalog.xlsx');
  await writeFixtureWorkbook(input);
});
afterEach(() => folder.cleanup());

const blockColumn = XLSX_DATA_COLUMNS + 1; // 1-based: directly right of the data

async function classified(args: string[] = []): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet; stderr: string }> {
  const run = await earmark(['classify', 'catalog.xlsx', ...args], folder.dir);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.code).toBe(0);
  const wb = await readWorkbook(path.join(folder.dir, 'catalog.classified.xlsx'));
  return { wb, ws: wb.getWorksheet('Products')!, stderr: run.stderr };
}

describe('classify an .xlsx', () => {
  it('writes the block directly right of the data, on the header row and each classified row', async () => {
    const { ws } = await classified();
    expect(rowTexts(ws, XLSX_HEADER_ROW).slice(blockColumn - 1)).toEqual([...OUTPUT_HEADERS]);
    const statusCol = blockColumn + OUTPUT_HEADERS.indexOf('EARmark Status');
    expect(ws.getCell(XLSX_ROWS.router, statusCol).value).toBe('CLEAR');
    expect(ws.getCell(XLSX_ROWS.mmic, statusCol).value).toBe('FLAGGED');
    expect(ws.getCell(XLSX_ROWS.korea, statusCol).value).toBe('NEEDS_REVIEW');
    expect(String(ws.getCell(XLSX_ROWS.router, blockColumn + OUTPUT_HEADERS.indexOf('EARmark License')).value)).toMatch(/^NLR/);
    expect(String(ws.getCell(XLSX_ROWS.mmic, blockColumn + OUTPUT_HEADERS.indexOf('EARmark License')).value)).toMatch(/LICENSE REQUIRED.*NS2/);
    // The blank row gets no output; the title rows neither.
    for (let c = blockColumn; c < blockColumn + OUTPUT_WIDTH; c++) {
      expect(ws.getCell(XLSX_ROWS.blank, c).value).toBeNull();
      expect(ws.getCell(1, c).value).toBeNull();
    }
  });

  it('colours the output cells by status like the add-in', async () => {
    const { ws } = await classified();
    const fillOf = (row: number, i = 0): string | undefined =>
      (ws.getCell(row, blockColumn + i).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    const green = fillOf(XLSX_ROWS.router);
    const red = fillOf(XLSX_ROWS.mmic);
    const yellow = fillOf(XLSX_ROWS.korea);
    expect(new Set([green, red, yellow]).size).toBe(3);
    // Light green / light red / light yellow: high lightness in every channel except the hue's own dip.
    const rgb = (argb: string | undefined): number[] => [2, 4, 6].map((i) => parseInt(argb!.slice(i, i + 2), 16));
    const [gr, gg, gb] = rgb(green);
    expect(gg).toBeGreaterThan(gr);
    expect(gg).toBeGreaterThan(gb);
    const [rr, rg, rb] = rgb(red);
    expect(rr).toBeGreaterThan(rg);
    expect(rr).toBeGreaterThan(rb);
    const [yr, yg, yb] = rgb(yellow);
    expect(Math.min(yr, yg)).toBeGreaterThan(yb);
    for (const v of [gr, gg, rr, yr, yg]) expect(v).toBeGreaterThan(0xa0);
    // Every cell of the row's block shares its status colour, in text format like the add-in writes.
    for (let i = 0; i < OUTPUT_WIDTH; i++) {
      expect(fillOf(XLSX_ROWS.mmic, i)).toBe(red);
      expect(ws.getCell(XLSX_ROWS.mmic, blockColumn + i).numFmt).toBe('@');
    }
    expect(ws.getCell(XLSX_ROWS.mmic, blockColumn).font?.color?.argb).toBe(STATUS_STYLE_ARGB.FLAGGED.font);
  });

  it("uses the add-in's status colours", () => {
    for (const status of ['CLEAR', 'FLAGGED', 'NEEDS_REVIEW'] as const) {
      const argb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
      expect(STATUS_STYLE_ARGB[status]).toEqual({ fill: argb(STATUS_STYLE[status].fill), font: argb(STATUS_STYLE[status].font) });
    }
  });

  it('leaves every input cell, the other sheet and column widths unchanged', async () => {
    const before = await readWorkbook(input);
    const { wb, ws } = await classified();
    const beforeWs = before.getWorksheet('Products')!;
    const inputCells = cellSnapshot(beforeWs, XLSX_DATA_COLUMNS);
    // Title cells (A1:D1 merged, A2), the header, five rows less one blank ECCN and four blank end users.
    expect(inputCells.size).toBe(4 + 1 + XLSX_DATA_COLUMNS + 5 * XLSX_DATA_COLUMNS - 5);
    expect(cellSnapshot(ws, XLSX_DATA_COLUMNS)).toEqual(inputCells);
    expect(ws.getCell('H4').value).toEqual({ formula: 'F4*G4', result: 1000 });
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getColumn(2).width).toBe(34);
    expect(cellSnapshot(wb.getWorksheet('Notes')!)).toEqual(cellSnapshot(before.getWorksheet('Notes')!));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Products', 'Notes']);
  });

  it('re-run on the classified file overwrites its own block only: same place, same width, no second block', async () => {
    const first = await classified();
    const firstCells = cellSnapshot(first.ws);
    // Re-classify the classified file in place (the default output name of a .classified file is itself).
    const again = await earmark(['classify', 'catalog.classified.xlsx'], folder.dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/Written:\s+catalog\.classified\.xlsx/);
    const wb = await readWorkbook(path.join(folder.dir, 'catalog.classified.xlsx'));
    const ws = wb.getWorksheet('Products')!;
    const header = rowTexts(ws, XLSX_HEADER_ROW);
    expect(header.filter((h) => h === 'EARmark ECCN')).toHaveLength(1);
    expect(header).toHaveLength(XLSX_DATA_COLUMNS + OUTPUT_WIDTH);
    expect(cellSnapshot(ws)).toEqual(firstCells);
  });

  it('on a re-run empties the block on a row whose data was deleted', async () => {
    await classified();
    const file = path.join(folder.dir, 'catalog.classified.xlsx');
    const wb = await readWorkbook(file);
    const ws = wb.getWorksheet('Products')!;
    for (let c = 1; c <= XLSX_DATA_COLUMNS; c++) ws.getCell(XLSX_ROWS.chair, c).value = null;
    await wb.xlsx.writeFile(file);
    expect((await earmark(['classify', 'catalog.classified.xlsx'], folder.dir)).code).toBe(0);
    const after = (await readWorkbook(file)).getWorksheet('Products')!;
    for (let c = blockColumn; c < blockColumn + OUTPUT_WIDTH; c++) {
      expect(after.getCell(XLSX_ROWS.chair, c).value).toBeNull();
      expect(after.getCell(XLSX_ROWS.chair, c).fill).toBeUndefined();
    }
    expect(after.getCell(XLSX_ROWS.router, blockColumn + OUTPUT_WIDTH - 1).value).toBe('CLEAR');
  });

  it('reads the worksheet --sheet names, and leaves the others alone', async () => {
    const wb = await readWorkbook(input);
    const second = wb.addWorksheet('Q4');
    second.addRow(['Part Number', 'ECCN', 'Destination']);
    second.addRow(['Q-1', 'EAR99', 'Canada']);
    await wb.xlsx.writeFile(input);
    const run = await earmark(['classify', 'catalog.xlsx', '--sheet', 'Q4', '--json'], folder.dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows).toEqual([expect.objectContaining({ row: 2, partNumber: 'Q-1', licenseRequirement: 'NLR' })]);
    const out = await readWorkbook(path.join(folder.dir, 'catalog.classified.xlsx'));
    expect(rowTexts(out.getWorksheet('Q4')!, 1)).toEqual(['Part Number', 'ECCN', 'Destination', ...OUTPUT_HEADERS]);
    expect(rowTexts(out.getWorksheet('Products')!, XLSX_HEADER_ROW)).toHaveLength(XLSX_DATA_COLUMNS);
  });
});
