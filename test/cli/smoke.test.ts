/**
 * The real command: the esbuild bundle behind bin/earmark.js, spawned as a user would run it,
 * on the bundled rules pack.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { OUTPUT_HEADERS } from '../../src/engine';
import { readWorkbook, REPO_ROOT, rowTexts, tempFolder } from './cliHarness';
import { writeFixtureCsv, writeFixtureWorkbook, XLSX_DATA_COLUMNS, XLSX_HEADER_ROW, XLSX_ROWS } from './fixtureCatalogs';

const BIN = path.join(REPO_ROOT, 'bin/earmark.js');

let folder: ReturnType<typeof tempFolder>;
beforeAll(() => {
  // `npm test` builds first; build here too so `npx jest test/cli` works on a fresh clone.
  const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli failed: ${build.stderr}`);
}, 60_000);
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

function earmark(args: string[], cwd = folder.dir) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('bin/earmark.js (spawned)', () => {
  it('classify --json prints one document on stdout and exits 0', () => {
    writeFixtureCsv(path.join(folder.dir, 'cat.csv'));
    const run = earmark(['classify', 'cat.csv', '--json']);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const byPart = new Map<string, { licenseRequirement: string; licenseReasons: string[] }>(
      doc.rows.map((r: { partNumber: string }) => [r.partNumber, r]),
    );
    // On the bundled pack too: 5A992.c to Germany is NLR; 3A001.b.2 to China needs a licence (NS 2).
    expect(byPart.get('P-1')!.licenseRequirement).toBe('NLR');
    expect(byPart.get('P-2')!.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(byPart.get('P-2')!.licenseReasons).toContain('NS2');
    expect(existsSync(path.join(folder.dir, 'cat.classified.csv'))).toBe(true);
  });

  it('classify with no file writes sample-catalog.classified.xlsx here', () => {
    const run = earmark(['classify']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/classified \d+ rows of the bundled sample catalog/);
    expect(existsSync(path.join(folder.dir, 'sample-catalog.classified.xlsx'))).toBe(true);
  });

  it('reads and writes .xlsx through the bundled exceljs', async () => {
    await writeFixtureWorkbook(path.join(folder.dir, 'cat.xlsx'));
    const run = earmark(['classify', 'cat.xlsx']);
    expect(run.status).toBe(0);
    const wb = await readWorkbook(path.join(folder.dir, 'cat.classified.xlsx'));
    const ws = wb.getWorksheet('Products')!;
    expect(rowTexts(ws, XLSX_HEADER_ROW).slice(XLSX_DATA_COLUMNS)).toEqual([...OUTPUT_HEADERS]);
    expect(ws.getCell(XLSX_ROWS.router, XLSX_DATA_COLUMNS + OUTPUT_HEADERS.length).value).toBe('CLEAR');
  });

  it('a user error exits 2 with one line', () => {
    const run = earmark(['classify', 'missing.xlsx']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^earmark: Cannot read .*missing\.xlsx: no such file$/)]);
  });

  it('npx earmark finds the package\'s own bin from the repository root (no install, no network)', () => {
    const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
    const run = spawnSync(npx, ['--no-install', 'earmark', '--version'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.stdout.trim()).toMatch(/^earmark \d+\.\d+\.\d+/);
    expect(run.status).toBe(0);
  });

  it('the shim says how to build when the bundle is missing', () => {
    mkdirSync(path.join(folder.dir, 'bin'));
    copyFileSync(BIN, path.join(folder.dir, 'bin/earmark.js'));
    const run = spawnSync(process.execPath, [path.join(folder.dir, 'bin/earmark.js'), 'classify'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(/npm run build:cli/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
