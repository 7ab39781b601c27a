import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { Engine, locateHeader, outputCells, readCatalogRows, findOutputBlock, cellText, OUTPUT_HEADERS } from '../../src/engine';
import type { CatalogSink } from '../../src/cli/CatalogSink';
import type { CatalogSource, SourceRow } from '../../src/cli/CatalogSource';
import { classifyFile, type ClassifyOptions } from '../../src/cli/classifyFile';
import { classifyRows } from '../../src/cli/classifyRows';
import { openCsvSource } from '../../src/cli/csvSource';
import { miniPack } from '../fixtures/miniPack';
import { earmark, readWorkbook, tempFolder } from './cliHarness';
import { CSV_TEXT, writeFixtureCsv, writeFixtureWorkbook } from './fixtureCatalogs';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.cleanup());

const file = (name: string): string => path.join(folder.dir, name);
const makeEngine = (): Engine => new Engine(miniPack);

/**
 * What the CLI wrote before it streamed: the whole file parsed at once, every row determined,
 * the block laid over the records, the whole file stringified at once.
 */
function wholeFileReference(text: string): string {
  const records = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  const mapping = locateHeader(records)!;
  const engine = makeEngine();
  const { rows } = readCatalogRows(records, mapping, 0);
  const replaces = findOutputBlock(records[mapping.headerRow].map((c) => cellText(c))) >= 0;
  const byIndex = new Map(rows.map((r) => [r.row, outputCells(engine.determine(r))]));
  const col = mapping.outputColumn;
  const out = records.map((rec, i) => {
    const r = [...rec];
    const put = (cells: readonly string[]): void => {
      while (r.length < col) r.push('');
      cells.forEach((c, j) => (r[col + j] = c));
    };
    if (i === mapping.headerRow) put(OUTPUT_HEADERS);
    else if (byIndex.has(i)) put(byIndex.get(i)!);
    else if (i > mapping.headerRow && replaces && r.length > col) {
      if (r.length <= col + OUTPUT_HEADERS.length) r.length = col;
      else for (let j = 0; j < OUTPUT_HEADERS.length; j++) r[col + j] = '';
    }
    return r;
  });
  const bom = text.charCodeAt(0) === 0xfeff;
  return stringify(out, { bom, record_delimiter: text.includes('\r\n') ? 'windows' : 'unix' });
}

/** Every cell value of a worksheet, "A1" → value. */
function values(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      // A merged cell's followers echo the master's value in memory; a streamed copy holds it once.
      if (cell.isMerged && cell.master !== cell) return;
      // An empty text cell shows as nothing, like no cell at all.
      if (cell.value !== '') out.set(cell.address, cell.value);
    }),
  );
  return out;
}

async function classify(options: Partial<ClassifyOptions> & Pick<ClassifyOptions, 'input' | 'inputFormat' | 'output'>) {
  return classifyFile({ sheet: null, ...options }, makeEngine);
}

describe('streaming CSV', () => {
  it('writes byte for byte what classifying the whole file at once gave (title rows, blank rows, quotes, ragged rows)', async () => {
    writeFixtureCsv(file('c.csv'));
    expect((await earmark(['classify', 'c.csv'], folder.dir)).code).toBe(0);
    const out = readFileSync(file('c.classified.csv'), 'utf8');
    expect(out).toBe(wholeFileReference(CSV_TEXT));
    // And on its own output: the re-run replaces its block and nothing else.
    expect((await earmark(['classify', 'c.classified.csv'], folder.dir)).code).toBe(0);
    expect(readFileSync(file('c.classified.csv'), 'utf8')).toBe(wholeFileReference(out));
  });

  it('numbers rows by the line they start on across read chunks (CRLF, lone CR, quoted line breaks)', async () => {
    const lines = ['Part Number,ECCN,Destination'];
    for (let i = 0; i < 3000; i++) lines.push(i % 100 === 0 ? `P-${i},"EAR99\r\nsecond line",Germany` : `P-${i},EAR99,Germany`);
    writeFileSync(file('lines.csv'), lines.join('\r\n') + '\r\n');
    const source = await openCsvSource(file('lines.csv'));
    const numbers: number[] = [];
    for await (const batch of source.batches) for (const r of batch) numbers.push(r.rowNumber);
    await source.close();
    let expected = 1;
    const want = lines.map((l) => {
      const n = expected;
      expected += l.split('\r\n').length;
      return n;
    });
    expect(numbers).toEqual(want);
  });

  it('a 50,000-row CSV flows through: the writer has rows before the reader has finished', async () => {
    const lines = ['Title', 'Part Number,Description,ECCN,Destination,End User,Value'];
    const eccns = ['5A992.c', '3A001.b.2', 'EAR99', '', '5A992'];
    const places = ['Germany', 'China', 'Cuba', 'Korea', 'DE', 'Canada'];
    for (let i = 0; i < 50_000; i++) {
      lines.push(i % 997 === 0 ? ',,,,,' : `P-${i},"Item ${i}, rev A",${eccns[i % 5]},${places[i % 6]},${i % 3 ? '' : 'Acme'},${i * 3}`);
    }
    const text = lines.join('\n') + '\n';
    writeFileSync(file('big.csv'), text);

    const real = await openCsvSource(file('big.csv'));
    let readerDone = false;
    let batchesRead = 0;
    const source: CatalogSource = {
      ...real,
      batches: (async function* (): AsyncGenerator<SourceRow[]> {
        for await (const b of real.batches) {
          batchesRead++;
          yield b;
        }
        readerDone = true;
      })(),
    };
    let rowsAtFirstWrite = -1;
    let doneAtFirstWrite: boolean | null = null;
    let written = 0;
    const sink: CatalogSink = {
      async writeBatch(rows) {
        if (doneAtFirstWrite === null) {
          doneAtFirstWrite = readerDone;
          rowsAtFirstWrite = batchesRead;
        }
        written += rows.length;
      },
      finish: async () => undefined,
      abort: async () => undefined,
    };
    const run = await classifyRows(source, { keepResults: false, noHeader: () => new Error('no header'), makeEngine, openSink: async () => sink });
    expect(doneAtFirstWrite).toBe(false);
    expect(rowsAtFirstWrite).toBeLessThan(batchesRead);
    expect(written).toBe(50_002);
    expect(run.summary.rowsRead + run.summary.rowsSkipped).toBe(50_000);
    expect(run.results).toBeNull();

    // The real CLI on the same file gives what the whole-file path gave.
    expect((await earmark(['classify', 'big.csv'], folder.dir)).code).toBe(0);
    expect(readFileSync(file('big.classified.csv'), 'utf8')).toBe(wholeFileReference(text));
  }, 60_000);
});

describe('streaming .xlsx', () => {
  const stream = { xlsxStreamThresholdBytes: 0 };

  it('gives the same values as the in-memory path, to .xlsx and to .csv', async () => {
    await writeFixtureWorkbook(file('w.xlsx'));
    for (const format of ['xlsx', 'csv'] as const) {
      const memory = await classify({ input: file('w.xlsx'), inputFormat: 'xlsx', output: { path: file(`m.${format}`), format } });
      const streamed = await classify({ input: file('w.xlsx'), inputFormat: 'xlsx', output: { path: file(`s.${format}`), format }, ...stream });
      expect(streamed.summary).toEqual(memory.summary);
      expect(streamed.headerRowNumber).toBe(memory.headerRowNumber);
      if (format === 'csv') expect(readFileSync(file('s.csv'), 'utf8')).toBe(readFileSync(file('m.csv'), 'utf8'));
    }
    const m = (await readWorkbook(file('m.xlsx'))).getWorksheet('Products')!;
    const s = (await readWorkbook(file('s.xlsx'))).getWorksheet('Products')!;
    expect(values(s)).toEqual(values(m));
    // The block is still styled as text with its status colours.
    expect(s.getCell('I4').numFmt).toBe('@');
    expect(s.getCell('I4').fill).toEqual(m.getCell('I4').fill);
  });

  it('re-run on its own streamed output replaces its block only', async () => {
    await writeFixtureWorkbook(file('w.xlsx'));
    await classify({ input: file('w.xlsx'), inputFormat: 'xlsx', output: { path: file('once.xlsx'), format: 'xlsx' }, ...stream });
    await classify({ input: file('once.xlsx'), inputFormat: 'xlsx', output: { path: file('twice.xlsx'), format: 'xlsx' }, ...stream });
    const once = (await readWorkbook(file('once.xlsx'))).worksheets[0];
    const twice = (await readWorkbook(file('twice.xlsx'))).worksheets[0];
    expect(values(twice)).toEqual(values(once));
  });

  it('reads the worksheet --sheet names, and reports a missing one with the names there are', async () => {
    await writeFixtureWorkbook(file('w.xlsx'));
    await expect(classify({ input: file('w.xlsx'), inputFormat: 'xlsx', sheet: 'nope', output: null, ...stream })).rejects.toThrow(
      /No worksheet named "nope".*"Products", "Notes"/,
    );
    await expect(classify({ input: file('w.xlsx'), inputFormat: 'xlsx', sheet: 'notes', output: null, ...stream })).rejects.toThrow(
      /worksheet "Notes".*no header row/i,
    );
  });

  it('CSV to .xlsx streams and keeps every field as text', async () => {
    writeFixtureCsv(file('c.csv'));
    await classify({ input: file('c.csv'), inputFormat: 'csv', output: { path: file('c.xlsx'), format: 'xlsx' } });
    const ws = (await readWorkbook(file('c.xlsx'))).worksheets[0];
    const records = parse(CSV_TEXT, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
    records.forEach((rec, r) =>
      rec.forEach((field, c) => {
        if (c < 5) expect([r, c, ws.getCell(r + 1, c + 1).value ?? '']).toEqual([r, c, field.replace(/\r\n/g, '\n')]);
      }),
    );
  });
});
