/**
 * Hostile input (issue: hardening): error values, formulas, dates, numbers as text, empty rows
 * inside the data, duplicate and missing headers, merged header cells, non-Latin text,
 * 40,000-character cells, formula-looking text. Every row gets a result or a clear warning, the
 * run goes on, input cells are copied unchanged, and no cell EARmark writes can start a formula.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { runCli } from '../../src/cli/runCli';
import { OUTPUT_HEADERS } from '../../src/engine';
import { bundledPack } from '../../src/rules';
import { cellSnapshot, readWorkbook, SAMPLE_CATALOG, tempFolder } from './cliHarness';

const FIXTURE = path.resolve(__dirname, '../fixtures/hostile/hostile-catalog.csv');
const FORMULA_START = /^[=+\-@\t\r]/;

interface Row {
  row: number;
  partNumber: string | null;
  licenseRequirement: string;
  warnings: Array<{ code: string }>;
}

async function classify(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd },
    { loadPack: bundledPack, samplePath: SAMPLE_CATALOG, version: '0.0.0-test' },
  );
  return { code, stdout, stderr };
}

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.cleanup());

function expectEveryRowAnswered(rows: Row[]) {
  for (const r of rows) {
    const answered = r.licenseRequirement !== 'NOT_DETERMINED' || r.warnings.length > 0;
    expect({ row: r.row, answered }).toEqual({ row: r.row, answered: true });
  }
}

describe('hostile CSV', () => {
  it('answers every non-blank row, keeps every input field, and writes nothing that starts a formula', async () => {
    copyFileSync(FIXTURE, path.join(folder.dir, 'hostile.csv'));
    const run = await classify(['classify', 'hostile.csv', '--json'], folder.dir);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.code).toBe(0);
    const rows = (JSON.parse(run.stdout) as { rows: Row[] }).rows;

    const input = parse(readFileSync(FIXTURE), { relax_column_count: true }) as string[][];
    const nonBlankData = input.slice(2).filter((r) => r.some((c) => c.trim() !== ''));
    expect(rows).toHaveLength(nonBlankData.length);
    expectEveryRowAnswered(rows);

    const byPart = new Map(rows.map((r) => [r.partNumber, r]));
    const codes = (part: string) => byPart.get(part)!.warnings.map((w) => w.code);
    expect(codes('H-002')).toContain('UNKNOWN_DESTINATION'); // "#N/A" is an error value, not a place
    expect(codes('H-003')).toContain('INVALID_ECCN'); // "#REF!"
    expect(codes('H-007')).toContain('AMBIGUOUS_DESTINATION'); // "Korea"
    expect(codes('H-010')).toContain('UNKNOWN_DESTINATION'); // "Atlantis"

    const output = parse(readFileSync(path.join(folder.dir, 'hostile.classified.csv')), { relax_column_count: true }) as string[][];
    // Input fields are unchanged, line for line.
    input.forEach((fields, i) => fields.forEach((f, j) => expect(output[i][j]).toBe(f)));
    // EARmark's own cells never start a formula.
    const header = output[1];
    const start = header.indexOf(OUTPUT_HEADERS[0]);
    expect(start).toBeGreaterThan(0);
    for (const line of output.slice(2)) {
      for (const cell of line.slice(start, start + OUTPUT_HEADERS.length)) expect(cell).not.toMatch(FORMULA_START);
    }
  });
});

describe('hostile screening list', () => {
  it('a listed name that looks like a formula is written as text, never as a formula', async () => {
    const header = readFileSync(path.resolve(__dirname, '../fixtures/screening/fictitious-list.csv'), 'utf8').split(/\r?\n/)[0];
    const columns = header.split(',');
    const entry = columns.map((c) => {
      if (c === '_id') return 'fx-evil-1';
      if (c === 'source') return 'Entity List (EL) - Bureau of Industry and Security';
      if (c === 'name') return '"=HYPERLINK(""http://evil.example"",""Evil Trading"")"';
      if (c === 'type') return 'Entity';
      if (c === 'addresses') return 'CN';
      return '';
    });
    const list = path.join(folder.dir, 'list.csv');
    writeFileSync(list, `${header}\n${entry.join(',')}\n`);
    const catalog = path.join(folder.dir, 'cat.csv');
    writeFileSync(
      catalog,
      'Part Number,ECCN,Destination,End User\nE-1,EAR99,China,"=HYPERLINK(""http://evil.example"",""Evil Trading"")"\n',
    );
    const run = await classify(['classify', 'cat.csv', '--screening-list', 'list.csv', '--json'], folder.dir);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.code).toBe(0);
    const [row] = (JSON.parse(run.stdout) as { rows: Array<Row & { screening: Array<{ name: string }> }> }).rows;
    expect(row.screening.map((h) => h.name)).toContain('=HYPERLINK("http://evil.example","Evil Trading")');
    const output = parse(readFileSync(path.join(folder.dir, 'cat.classified.csv')), { relax_column_count: true }) as string[][];
    const start = output[0].indexOf(OUTPUT_HEADERS[0]);
    const screeningCell = output[1][start + OUTPUT_HEADERS.indexOf('EARmark Screening')];
    expect(screeningCell).toContain('HYPERLINK');
    expect(screeningCell).not.toMatch(FORMULA_START);
  });
});

describe('hostile workbook', () => {
  it('copes with formulas, error values, dates, merged headers and hidden rows, and leaves them as they were', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Catalog');
    ws.getCell('A1').value = 'Title over merged cells';
    ws.mergeCells('A1:D1');
    ws.getRow(2).values = ['Part Number', 'Description', 'ECCN', 'Destination', 'Unit Value', 'Qty'];
    ws.addRow(['W-1', 'Router', '5A992.c', 'Germany', { formula: '100*2', result: 200 }, 1]);
    ws.addRow(['W-2', 'Camera', { error: '#N/A' }, 'China', 10, 1]);
    ws.addRow(['W-3', 'Part', '3A001', { error: '#REF!' }, new Date(Date.UTC(2026, 6, 23)), '1,200']);
    ws.addRow([]);
    ws.addRow(['W-4', 'Hidden row', 'EAR99', 'Cuba', '12', 'two']);
    ws.getRow(7).hidden = true;
    ws.addRow(['W-5', '=cmd|" /C calc"!A0', '+EAR99', '@Japan', 5, 1]);
    ws.addRow(['W-6', 'Y'.repeat(40_000), 'ear99', 'MEX', 5, 1]);
    const file = path.join(folder.dir, 'hostile.xlsx');
    await wb.xlsx.writeFile(file);
    const before = cellSnapshot((await readWorkbook(file)).getWorksheet('Catalog')!);

    const run = await classify(['classify', 'hostile.xlsx', '--json'], folder.dir);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.code).toBe(0);
    const rows = (JSON.parse(run.stdout) as { rows: Row[] }).rows;
    expect(rows.map((r) => r.partNumber)).toEqual(['W-1', 'W-2', 'W-3', 'W-4', 'W-5', 'W-6']);
    expectEveryRowAnswered(rows);

    const out = (await readWorkbook(path.join(folder.dir, 'hostile.classified.xlsx'))).getWorksheet('Catalog')!;
    const after = cellSnapshot(out, 6);
    expect(after).toEqual(before);
    expect(out.getRow(7).hidden).toBe(true);
    for (let r = 3; r <= 9; r++) {
      for (let c = 7; c < 7 + OUTPUT_HEADERS.length; c++) {
        const v = out.getCell(r, c).value;
        if (typeof v === 'string') expect(v).not.toMatch(FORMULA_START);
        else expect(v === null || v === undefined).toBe(true);
      }
    }
  });
});
