import * as path from 'node:path';
import { earmark, tempFolder } from './cliHarness';
import { CSV_LINES, writeFixtureCsv, writeFixtureWorkbook, XLSX_ROWS } from './fixtureCatalogs';

const ROW_KEYS = [
  'row', 'partNumber', 'eccn', 'eccnSource', 'reasonsForControl', 'destination', 'licenseRequirement',
  'licenseReasons', 'licenseExceptions', 'warnings', 'screening', 'status',
].sort();

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

interface Row {
  row: number;
  partNumber: string | null;
  licenseRequirement: string;
  licenseReasons: string[];
  status: string;
  warnings: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

async function jsonOf(args: string[]): Promise<{ doc: { rulesVersion: string; effectiveDate: string; rows: Row[] }; stdout: string }> {
  const run = await earmark(args, folder.dir);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.code).toBe(0);
  return { doc: JSON.parse(run.stdout), stdout: run.stdout };
}

describe('--json', () => {
  it('prints exactly one JSON document with the contract keys and types', async () => {
    await writeFixtureWorkbook(path.join(folder.dir, 'cat.xlsx'));
    const { doc, stdout } = await jsonOf(['classify', 'cat.xlsx', '--json']);
    expect(stdout.trim().startsWith('{')).toBe(true);
    expect(Object.keys(doc).sort()).toEqual(['effectiveDate', 'rows', 'rulesVersion']);
    expect(doc.rulesVersion).toBe('test-1');
    expect(doc.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const row of doc.rows) {
      expect(Object.keys(row).sort()).toEqual(ROW_KEYS);
      expect(Number.isInteger(row.row)).toBe(true);
      for (const key of ['partNumber', 'eccn', 'destination']) expect(['string', 'object']).toContain(typeof row[key]);
      expect(['input', 'rule', 'override', 'none']).toContain(row.eccnSource);
      for (const key of ['reasonsForControl', 'licenseReasons', 'licenseExceptions']) {
        expect(Array.isArray(row[key])).toBe(true);
        for (const v of row[key] as unknown[]) expect(typeof v).toBe('string');
      }
      expect(['NLR', 'LICENSE_REQUIRED', 'PROHIBITED', 'NOT_DETERMINED']).toContain(row.licenseRequirement);
      expect(['CLEAR', 'FLAGGED', 'NEEDS_REVIEW']).toContain(row.status);
      for (const w of row.warnings) {
        expect(Object.keys(w).sort()).toEqual(['citation', 'code', 'message']);
        for (const v of Object.values(w)) expect(typeof v).toBe('string');
      }
      expect(Array.isArray(row.screening)).toBe(true);
    }
  });

  it('numbers xlsx rows as the sheet does (title rows counted) and skips the blank row', async () => {
    await writeFixtureWorkbook(path.join(folder.dir, 'cat.xlsx'));
    const { doc } = await jsonOf(['classify', 'cat.xlsx', '--json', '--out', '-']);
    expect(doc.rows.map((r) => [r.row, r.partNumber])).toEqual([
      [XLSX_ROWS.router, 'P-1'],
      [XLSX_ROWS.mmic, 'P-2'],
      [XLSX_ROWS.chair, 'P-3'],
      [XLSX_ROWS.korea, 'P-4'],
      [XLSX_ROWS.noEccn, 'P-5'],
    ]);
  });

  it('answers as the regulation does', async () => {
    await writeFixtureWorkbook(path.join(folder.dir, 'cat.xlsx'));
    const { doc } = await jsonOf(['classify', 'cat.xlsx', '--json', '--out', '-']);
    const byPart = new Map(doc.rows.map((r) => [r.partNumber, r]));
    // 5A992 is controlled for AT only (Supp. 1 to Part 774); Germany has no AT mark (Supp. 1 to Part 738).
    expect(byPart.get('P-1')).toMatchObject({ eccn: '5A992.c', destination: 'Germany', licenseRequirement: 'NLR', status: 'CLEAR' });
    // 3A001: NS applies to the entire entry under NS column 2; China has an X under NS 2.
    const mmic = byPart.get('P-2')!;
    expect(mmic.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(mmic.licenseReasons).toContain('NS2');
    expect(mmic.reasonsForControl).toEqual(expect.arrayContaining(['NS', 'AT']));
    expect(mmic.status).toBe('FLAGGED');
    // 746.2: a licence is required for all items subject to the EAR to Cuba, EAR99 included.
    expect(byPart.get('P-3')).toMatchObject({ eccn: 'EAR99', licenseRequirement: 'LICENSE_REQUIRED', status: 'FLAGGED' });
    // "Korea" is North or South: a different answer each way, so it is not guessed.
    expect(byPart.get('P-4')).toMatchObject({ destination: null, licenseRequirement: 'NOT_DETERMINED', status: 'NEEDS_REVIEW' });
    // No ECCN: nothing to look up on the CCL.
    expect(byPart.get('P-5')).toMatchObject({ eccn: null, licenseRequirement: 'NOT_DETERMINED', status: 'NEEDS_REVIEW' });
    // An end user with no screening list loaded is never reported as screened.
    expect(mmic.warnings.map((w) => w.code)).toContain('SCREENING_NOT_PERFORMED');
    expect(mmic.screening).toEqual([]);
  });

  it('numbers CSV rows by the line each record starts on (a quoted cell may span lines)', async () => {
    writeFixtureCsv(path.join(folder.dir, 'cat.csv'));
    const { doc } = await jsonOf(['classify', 'cat.csv', '--json', '--out', '-']);
    expect(doc.rows.map((r) => [r.row, r.partNumber])).toEqual([
      [CSV_LINES.router, 'P-1'],
      [CSV_LINES.mmic, 'P-2'],
      [CSV_LINES.chair, 'P-3'],
      [CSV_LINES.korea, 'P-4'],
    ]);
  });

  it('keeps stdout to the document: the summary goes to stderr', async () => {
    writeFixtureCsv(path.join(folder.dir, 'cat.csv'));
    const run = await earmark(['classify', 'cat.csv', '--json'], folder.dir);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(run.stderr).toMatch(/classified 4 rows/);
    expect(run.stderr).toMatch(/1 blank row skipped/);
  });
});
