import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { OUTPUT_HEADERS, OUTPUT_WIDTH } from '../../src/engine';
import { earmark, tempFolder } from './cliHarness';
import { CSV_DATA_COLUMNS, CSV_LINES, CSV_TEXT, writeFixtureCsv } from './fixtureCatalogs';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
  writeFixtureCsv(path.join(folder.dir, 'catalog.csv'));
});
afterEach(() => folder.cleanup());

const records = (text: string): string[][] =>
  parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];

async function classify(args: string[] = []): Promise<string> {
  const run = await earmark(['classify', 'catalog.csv', ...args], folder.dir);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.code).toBe(0);
  return readFileSync(path.join(folder.dir, 'catalog.classified.csv'), 'utf8');
}

describe('classify a .csv', () => {
  it('copies every input field unchanged and writes the block right of the data', async () => {
    const input = records(CSV_TEXT);
    const output = records(await classify());
    expect(output).toHaveLength(input.length);
    input.forEach((rec, i) => rec.forEach((field, j) => expect([i, j, output[i][j]]).toEqual([i, j, field])));
    // Header record (3rd) gets the headers; title and blank lines are left as they were.
    expect(output[2].slice(CSV_DATA_COLUMNS)).toEqual([...OUTPUT_HEADERS]);
    expect(output[0]).toEqual(['Export catalog (test)']);
    expect(output[1]).toEqual(['']);
    // The blank record stays blank; classified records carry a status at the block's end.
    expect(output[5]).toEqual(['', '', '', '', '']);
    const status = (i: number): string => output[i][CSV_DATA_COLUMNS + OUTPUT_WIDTH - 1];
    expect(status(3)).toBe('CLEAR'); // 5A992.c to Germany: NLR
    expect(status(4)).toBe('FLAGGED'); // 3A001.b.2 to China: NS 2
    // The ragged record (4 fields) is padded to reach the block.
    expect(output[6].slice(0, 4)).toEqual(['P-3', 'Office chair', 'EAR99', 'Cuba']);
    expect(output[6][4]).toBe('');
    expect(status(6)).toBe('FLAGGED'); // EAR99 to Cuba: 746.2
  });

  it('keeps the byte-order mark and CRLF line ends of the input', async () => {
    const text = await classify();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n').length).toBeGreaterThan(8);
    expect(text).toContain('"GaN MMIC amplifier\r\n8-12 GHz"');
  });

  it('writes LF without BOM when the input had neither', async () => {
    writeFileSync(path.join(folder.dir, 'catalog.csv'), CSV_TEXT.replace(/^\ufeff/, '').replace(/\r\n/g, '\n'));
    const text = await classify();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r');
  });

  it('re-run on the classified file: same block, same width, no second block', async () => {
    const first = await classify();
    const again = await earmark(['classify', 'catalog.classified.csv'], folder.dir);
    expect(again.code).toBe(0);
    const second = readFileSync(path.join(folder.dir, 'catalog.classified.csv'), 'utf8');
    expect(second).toBe(first);
    const header = records(second)[2];
    expect(header.filter((h) => h === 'EARmark ECCN')).toHaveLength(1);
    expect(header).toHaveLength(CSV_DATA_COLUMNS + OUTPUT_WIDTH);
  });

  it('row numbers in the written file line up with the JSON rows', async () => {
    const run = await earmark(['classify', 'catalog.csv', '--json'], folder.dir);
    const rows = JSON.parse(run.stdout).rows as Array<{ row: number; status: string }>;
    expect(rows.map((r) => r.row)).toEqual([CSV_LINES.router, CSV_LINES.mmic, CSV_LINES.chair, CSV_LINES.korea]);
    const lines = readFileSync(path.join(folder.dir, 'catalog.classified.csv'), 'utf8').replace(/^\ufeff/, '').split('\r\n');
    for (const r of rows) expect(lines[r.row - 1].startsWith(`P-`)).toBe(true);
  });

  it('guards output cells that would start a formula, and copies formula-looking input unchanged', async () => {
    writeFileSync(
      path.join(folder.dir, 'catalog.csv'),
      'Part Number,ECCN,Destination,End User\n' +
        '=HYPERLINK("http://x"),=1+2,@SUM(A1),-cmd\n' +
        '+P-2,-5A992.c,=Germany,+Someone\n',
    );
    const output = records(await classify());
    expect(output[1].slice(0, 4)).toEqual(['=HYPERLINK("http://x")', '=1+2', '@SUM(A1)', '-cmd']);
    expect(output[2].slice(0, 4)).toEqual(['+P-2', '-5A992.c', '=Germany', '+Someone']);
    for (const rec of output.slice(1)) {
      const block = rec.slice(4);
      expect(block).toHaveLength(OUTPUT_WIDTH);
      for (const cell of block) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('refuses a malformed CSV with one line', async () => {
    writeFileSync(path.join(folder.dir, 'catalog.csv'), 'Part Number,ECCN\nP-1,"unterminated\n');
    const run = await earmark(['classify', 'catalog.csv'], folder.dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/Cannot read .*catalog\.csv as CSV/);
  });
});

describe('CSV separators', () => {
  it('reads a semicolon CSV (European Excel) and writes it back with semicolons', async () => {
    const text = 'Part Number;Description;ECCN;Destination\r\nP-1;Router, mass-market;5A992.c;Germany\r\nP-2;Chair;EAR99;Cuba\r\n';
    writeFileSync(path.join(folder.dir, 'catalog.csv'), text);
    const run = await earmark(['classify', 'catalog.csv', '--json'], folder.dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).rows.map((r: { partNumber: string; licenseRequirement: string }) => [r.partNumber, r.licenseRequirement])).toEqual([
      ['P-1', 'NLR'],
      ['P-2', 'LICENSE_REQUIRED'],
    ]);
    const out = readFileSync(path.join(folder.dir, 'catalog.classified.csv'), 'utf8');
    const recs = parse(out, { delimiter: ';', relax_column_count: true }) as string[][];
    expect(recs[0]).toEqual(['Part Number', 'Description', 'ECCN', 'Destination', ...OUTPUT_HEADERS]);
    expect(recs[1].slice(0, 4)).toEqual(['P-1', 'Router, mass-market', '5A992.c', 'Germany']);
  });

  it('keeps a comma CSV whose cells hold semicolons as comma-separated', async () => {
    writeFileSync(path.join(folder.dir, 'catalog.csv'), 'Part Number,Description,ECCN,Destination\nP-1,a;b;c,EAR99,Canada\n');
    const out = records(await classify());
    expect(out[1].slice(0, 4)).toEqual(['P-1', 'a;b;c', 'EAR99', 'Canada']);
  });
});
