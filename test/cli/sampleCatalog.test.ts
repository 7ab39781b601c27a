import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { locateHeader } from '../../src/engine';
import { worksheetGrid } from '../../src/cli/readXlsx';
import { earmark, REPO_ROOT, SAMPLE_CATALOG, tempFolder } from './cliHarness';

describe('examples/sample-catalog.xlsx', () => {
  let grid: ReturnType<typeof worksheetGrid>;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE_CATALOG);
    grid = worksheetGrid(wb.worksheets[0]);
  });

  it('has title rows above a header EARmark finds, and the catalog fields mapped', () => {
    const mapping = locateHeader(grid)!;
    expect(mapping.headerRow).toBeGreaterThanOrEqual(1);
    expect(Object.keys(mapping.fields).sort()).toEqual(
      ['casNumber', 'description', 'destination', 'eccn', 'endUse', 'endUser', 'partNumber', 'quantity', 'value'].sort(),
    );
  });

  it('holds at least 40 product rows, a blank row, blank and malformed ECCNs, and hard destinations', async () => {
    const folder = tempFolder();
    try {
      const run = await earmark(['classify', '--json', '--out', '-'], folder.dir);
      expect(run.code).toBe(0);
      const rows = JSON.parse(run.stdout).rows as Array<{ row: number; partNumber: string; eccn: string | null; warnings: Array<{ code: string }> }>;
      expect(rows.length).toBeGreaterThanOrEqual(40);
      // Each reported row number points at that part number's row in the sheet (title rows counted).
      for (const r of rows) expect([r.row, grid[r.row - 1][0]]).toEqual([r.row, r.partNumber]);
      expect(run.stderr).toMatch(/[1-9]\d* blank rows? skipped/);
      const codes = new Set(rows.flatMap((r) => r.warnings.map((w) => w.code)));
      for (const code of ['ECCN_MISSING', 'INVALID_ECCN', 'AMBIGUOUS_DESTINATION', 'UNKNOWN_DESTINATION', 'DESTINATION_MISSING']) {
        expect(codes).toContain(code);
      }
    } finally {
      folder.cleanup();
    }
  });

  it('is what scripts/make-sample-catalog.mjs generates (the committed file has not drifted)', async () => {
    const folder = tempFolder();
    try {
      const fresh = path.join(folder.dir, 'fresh.xlsx');
      const made = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/make-sample-catalog.mjs'), fresh], { encoding: 'utf8' });
      expect(made.status).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(fresh);
      expect(worksheetGrid(wb.worksheets[0])).toEqual(grid);
    } finally {
      folder.cleanup();
    }
  });
});
