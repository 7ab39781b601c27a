import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { OUTPUT_HEADERS } from '../../src/engine';
import { earmark, readWorkbook, rowTexts, tempFolder } from './cliHarness';
import { CSV_DATA_COLUMNS, writeFixtureCsv, writeFixtureWorkbook, XLSX_DATA_COLUMNS, XLSX_HEADER_ROW } from './fixtureCatalogs';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

describe('where the output goes', () => {
  it('defaults to <name>.classified.<ext> beside the input', async () => {
    const sub = path.join(folder.dir, 'in');
    mkdirSync(sub);
    writeFixtureCsv(path.join(sub, 'Q3 catalog.csv'));
    const run = await earmark(['classify', 'in/Q3 catalog.csv'], folder.dir);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(sub, 'Q3 catalog.classified.csv'))).toBe(true);
    expect(run.stderr).toContain(path.join('in', 'Q3 catalog.classified.csv'));
  });

  it('follows --out: .xlsx input to .csv output', async () => {
    await writeFixtureWorkbook(path.join(folder.dir, 'cat.xlsx'));
    const run = await earmark(['classify', 'cat.xlsx', '--out', 'result.csv'], folder.dir);
    expect(run.code).toBe(0);
    const recs = parse(readFileSync(path.join(folder.dir, 'result.csv'), 'utf8'), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    // Sheet row n is record n: the title rows come along, the header is on the third record.
    expect(recs[0][0]).toBe('Test Instruments — Export catalog');
    expect(recs[XLSX_HEADER_ROW - 1].slice(XLSX_DATA_COLUMNS)).toEqual([...OUTPUT_HEADERS]);
    expect(recs[3].slice(0, 8)).toEqual(['P-1', 'Router, mass-market encryption', '5A992.c', 'Germany', '', '500', '2', '1000']);
    expect(existsSync(path.join(folder.dir, 'cat.classified.xlsx'))).toBe(false);
  });

  it('follows --out: .csv input to .xlsx output', async () => {
    writeFixtureCsv(path.join(folder.dir, 'cat.csv'));
    const run = await earmark(['classify', 'cat.csv', '--out', 'out/../result.XLSX'], folder.dir);
    expect(run.code).toBe(0);
    const wb = await readWorkbook(path.join(folder.dir, 'result.XLSX'));
    const ws = wb.worksheets[0];
    expect(rowTexts(ws, 3)).toEqual(['Part Number', 'Description', 'ECCN', 'Destination', 'End User', ...OUTPUT_HEADERS]);
    expect(ws.getCell(4, 1).value).toBe('P-1');
    // Inside a cell Excel breaks lines with LF (the CSV's CR LF becomes LF).
    expect(ws.getCell(5, 2).value).toBe('GaN MMIC amplifier\n8-12 GHz');
    expect(ws.getCell(4, CSV_DATA_COLUMNS + OUTPUT_HEADERS.length).value).toBe('CLEAR');
  });

  it('--out - writes no file', async () => {
    writeFixtureCsv(path.join(folder.dir, 'cat.csv'));
    const run = await earmark(['classify', 'cat.csv', '--json', '--out', '-'], folder.dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows).toHaveLength(4);
    expect(existsSync(path.join(folder.dir, 'cat.classified.csv'))).toBe(false);
    expect(run.stderr).toMatch(/no file/);
  });

  it('--json still writes the output file', async () => {
    writeFixtureCsv(path.join(folder.dir, 'cat.csv'));
    const run = await earmark(['classify', 'cat.csv', '--json'], folder.dir);
    expect(run.code).toBe(0);
    expect(existsSync(path.join(folder.dir, 'cat.classified.csv'))).toBe(true);
  });

  it('without a file classifies the bundled sample and writes sample-catalog.classified.xlsx in the current folder', async () => {
    const run = await earmark(['classify'], folder.dir);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.code).toBe(0);
    const out = path.join(folder.dir, 'sample-catalog.classified.xlsx');
    expect(existsSync(out)).toBe(true);
    expect(run.stderr).toMatch(/bundled sample catalog/);
  });

  it('notes input cells that the block replaces when they have no header', async () => {
    writeFileSync(path.join(folder.dir, 'cat.csv'), 'Part Number,ECCN,Destination\nP-1,EAR99,Canada,stray note\n');
    const run = await earmark(['classify', 'cat.csv'], folder.dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/1 cell\(s\) right of the last headed column/);
  });
});
