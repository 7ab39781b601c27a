import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/runCli';
import { miniPack } from '../fixtures/miniPack';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const SAMPLE_CATALOG = path.join(REPO_ROOT, 'examples/sample-catalog.xlsx');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process on the hand-written mini pack, with cwd = `cwd`. */
export async function earmark(argv: string[], cwd: string): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd },
    { loadPack: () => miniPack, samplePath: SAMPLE_CATALOG, version: '0.0.0-test' },
  );
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempFolder(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'earmark-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every cell of a worksheet as "A1" → { value, numFmt, font, fill } (JSON-comparable). */
export function cellSnapshot(ws: ExcelJS.Worksheet, maxCol = Infinity): Map<string, string> {
  const cells = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > maxCol) return;
      cells.set(
        cell.address,
        JSON.stringify({ value: cell.value, numFmt: cell.numFmt, font: cell.font, fill: cell.fill, alignment: cell.alignment }),
      );
    });
  });
  return cells;
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Header row texts of a worksheet row. */
export function rowTexts(ws: ExcelJS.Worksheet, rowNumber: number): string[] {
  const out: string[] = [];
  ws.getRow(rowNumber).eachCell({ includeEmpty: true }, (cell, col) => {
    out[col - 1] = cell.value === null || cell.value === undefined ? '' : String(cell.value);
  });
  return Array.from(out, (v) => v ?? '');
}
