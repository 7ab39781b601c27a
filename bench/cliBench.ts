import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { Engine, locateHeader, toCatalogRow, type CatalogRow } from '../src/engine';
import { bundledPack } from '../src/rules';
import { fmt, heading } from './measure';

/**
 * The CLI end to end at catalog sizes (issue 7): the built CLI as a child process on generated
 * catalogs, against the I/O floor — the same libraries reading and writing the same file with
 * no engine — and the engine alone on the same rows. Figures only. BENCH_QUICK=1 skips the
 * 1,048,576-row runs (they take minutes).
 */
const ROOT = process.cwd();
const CLI = path.join(ROOT, 'bin/earmark.js');
const SIZES = process.env.BENCH_QUICK === '1' ? [100_000] : [100_000, 1_048_575];

interface Run {
  seconds: number;
  peakMiB: number;
}

export async function benchCli(): Promise<void> {
  heading('CLI end to end: streaming CSV and .xlsx');
  const built = spawnSync(process.execPath, [path.join(ROOT, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) {
    console.log('skipped: npm run build:cli failed');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'earmark-bench-'));
  const floor = path.join(dir, 'floor.cjs');
  writeFileSync(floor, FLOOR_SCRIPT);
  const table: string[][] = [];
  try {
    for (const rows of SIZES) {
      const csv = path.join(dir, `catalog-${rows}.csv`);
      await writeCsvCatalog(csv, rows);
      const engine = engineRate(csv);
      for (const format of ['csv', 'xlsx'] as const) {
        const input = format === 'csv' ? csv : path.join(dir, `catalog-${rows}.xlsx`);
        if (format === 'xlsx') await writeXlsxCatalog(input, rows);
        const out = path.join(dir, `out-${rows}.${format}`);
        const cli = await measure([CLI, 'classify', input, '--out', out]);
        const io = await measure([floor, input, path.join(dir, `floor-${rows}.${format}`)]);
        const engineSeconds = (rows - rows / 5000) / engine;
        table.push([
          `${fmt(rows + 1)} ${format}`,
          `${(statSync(input).size / 2 ** 20).toFixed(0)} MiB`,
          fmt(engine),
          fmt(rows / cli.seconds),
          cli.seconds.toFixed(1),
          fmt(cli.peakMiB),
          io.seconds.toFixed(1),
          fmt(io.peakMiB),
          `${(cli.seconds / io.seconds).toFixed(2)}×`,
          `${((100 * engineSeconds) / cli.seconds).toFixed(0)}%`,
        ]);
        rmSync(out, { force: true });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    ['rows (with header)', 'file', 'engine rows/s', 'CLI rows/s', 'CLI s', 'CLI peak MiB', 'floor s', 'floor peak MiB', 'CLI ÷ floor', 'engine share'],
    table,
  );
  console.log('targets (2 cores): CSV CLI ÷ floor ≤ 4×; engine share < 10%; peak memory of a 1,048,576-row CSV < 2,048 MiB');
}

/** Realistic rows: varied ECCNs, destinations spelled variously, end users, values, a title, blank rows. */
function catalogRow(i: number): string[] {
  const eccns = ['5A992.c', '3A001.b.2', 'EAR99', '4A994', '', '5D002', '1C350', '3A991.a', '5A002.a', '0A501.y'];
  const places = ['Germany', 'DE', 'China', "People's Republic of China", 'Korea, South', 'Canada', 'United Kingdom', 'UK', 'Brazil', 'India', 'Japan', 'Russia', 'Mexico'];
  const users = ['', '', '', 'Acme Trading GmbH', 'Shenzhen Electronics Co.', 'Northwind Ltd'];
  if (i % 5000 === 2500) return ['', '', '', '', '', '', ''];
  return [
    `P-${100000 + i}`,
    `${['Router', 'GaN amplifier', 'Office chair', 'Cable assembly', 'Oscilloscope'][i % 5]}, rev ${i % 9}`,
    eccns[(i * 7) % eccns.length],
    places[(i * 3) % places.length],
    users[i % users.length],
    String((i % 997) * 12.5),
    String(1 + (i % 20)),
  ];
}
const HEADER = ['Part Number', 'Description', 'ECCN', 'Destination', 'End User', 'Unit Value', 'Qty'];

async function writeCsvCatalog(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  let buf = `\ufeff${HEADER.join(',')}\r\n`;
  for (let i = 0; i < rows; i++) {
    buf += `${catalogRow(i).map(quote).join(',')}\r\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  await new Promise<void>((resolve) => out.end(buf, () => resolve()));
}

async function writeXlsxCatalog(file: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  const ws = wb.addWorksheet('Catalog');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) {
    const r = catalogRow(i);
    ws.addRow([r[0], r[1], r[2], r[3], r[4], r[5] === '' ? null : Number(r[5]), r[6] === '' ? null : Number(r[6])]).commit();
  }
  ws.commit();
  await wb.commit();
}

/** Determinations per second of the engine alone (bundled pack) over the file's rows, in memory. */
function engineRate(csv: string): number {
  const rows: CatalogRow[] = [];
  const mapping = locateHeader([HEADER])!;
  for (let i = 0; i < Math.min(200_000, SIZES[SIZES.length - 1]); i++) {
    const cells = catalogRow(i);
    if (cells[0] !== '') rows.push(toCatalogRow(cells, mapping, i + 2));
  }
  void csv;
  const engine = new Engine(bundledPack());
  for (const r of rows.slice(0, 20_000)) engine.determine(r); // warm-up
  const start = process.hrtime.bigint();
  for (const r of rows) engine.determine(r);
  return rows.length / (Number(process.hrtime.bigint() - start) / 1e9);
}

/** Wall time and peak RSS of `node <args>` (GNU time when present, else polling ps). */
async function measure(args: string[]): Promise<Run> {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const argv = gnuTime ? ['-f', '%M', process.execPath, ...args] : args;
  const start = process.hrtime.bigint();
  const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let polledKiB = 0;
  const poll = gnuTime
    ? null
    : setInterval(() => {
        const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(child.pid)], { encoding: 'utf8' });
        polledKiB = Math.max(polledKiB, Number(ps.stdout.trim()) || 0);
      }, 100);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  if (poll) clearInterval(poll);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (code !== 0) throw new Error(`node ${args.join(' ')} failed (${code}): ${stderr.slice(-500)}`);
  const kib = gnuTime ? Number(stderr.trim().split('\n').pop()) : polledKiB;
  return { seconds, peakMiB: kib / 1024 };
}

function printTable(headers: string[], rows: string[][]): void {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padStart(widths[i])).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}

/**
 * The I/O floor: the libraries the CLI uses, reading the same file and writing every row back
 * (CSV: csv-parse → csv-stringify; .xlsx: exceljs WorkbookReader → WorkbookWriter), no engine.
 */
const FLOOR_SCRIPT = `'use strict';
const fs = require('node:fs');
const path = require('node:path');
const root = ${JSON.stringify(ROOT)};
const [input, output] = process.argv.slice(2);
(async () => {
  if (input.endsWith('.csv')) {
    const { parse } = require(path.join(root, 'node_modules/csv-parse'));
    const { stringify } = require(path.join(root, 'node_modules/csv-stringify'));
    await require('node:stream/promises').pipeline(
      fs.createReadStream(input),
      parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
      stringify({ record_delimiter: 'windows', bom: true }),
      fs.createWriteStream(output),
    );
  } else {
    const ExcelJS = require(path.join(root, 'dist/cli/exceljs.cjs'));
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit' });
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: output, useStyles: true, useSharedStrings: false });
    for await (const ws of reader) {
      const out = writer.addWorksheet(ws.name || 'Sheet1');
      for await (const row of ws) {
        const target = out.getRow(row.number);
        row.eachCell((cell, col) => { target.getCell(col).value = cell.value; });
        target.commit();
      }
      out.commit();
    }
    await writer.commit();
  }
})().catch((e) => { console.error(e); process.exit(1); });
`;
