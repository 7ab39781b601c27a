/**
 * "Never lose data", as properties over generated sheets. Each case builds a catalog sheet the
 * way real ones look (title rows, a header row somewhere below them named with header synonyms,
 * text that looks like formulas, numbers, booleans, error values, blank rows, formulas with their
 * cached values, fills / fonts / number formats anywhere, notes far right of the data) and runs
 * the pipeline a "Classify sheet" run runs (runClassification.ts): readCatalogRegion →
 * locateHeader → readCatalogRows → review cells and overrides → Engine.determineAll →
 * outputCells → writeOutputBlock → writeReviewColumns, against the fake Excel host.
 *
 * Properties:
 *  1. every cell outside EARmark's output and review columns (from the header row down) is
 *     unchanged — value, formula, number format, fill, font — and so are hidden columns;
 *  2. a second run with the same inputs leaves the whole sheet exactly as the first left it;
 *  3. a run cancelled after k chunks (a small chunk budget) leaves whole rows only: each row is
 *     either fully written or untouched, the written rows are the first ones, and their count is
 *     what the write reports.
 */
import fc from 'fast-check';
import {
  Engine,
  HEADER_SYNONYMS,
  OUTPUT_HEADERS,
  OUTPUT_WIDTH,
  fieldForHeader,
  isOutputHeader,
  locateHeader,
  outputCells,
  readCatalogRows,
  toSavedMapping,
  type CatalogField,
  type Determination,
} from '../../src/engine';
import {
  loadMapping,
  readCatalogRegion,
  readReviewColumns,
  saveMapping,
  writeOutputBlock,
  writeReviewColumns,
  type ChunkBudget,
  type ReviewBlockLocation,
} from '../../src/excel';
import { REVIEW_HEADERS } from '../../src/excel/reviewModel';
import { bundledPack } from '../../src/rules/bundledPack';
import { reviewRunRows, withOverrides } from '../../src/taskpane/features/run/reviewBookkeeping';
import { FakeWorkbook, formatAddress, type FakeCell, type FixtureValue, type SheetFixture } from '../fakes';
import { withFake } from './helpers';

const SHEET = 'Catalog';
const REVIEW_WIDTH = REVIEW_HEADERS.length;
const RUNS = Number(process.env.FC_RUNS ?? 80);

let engine: Engine;
beforeAll(() => {
  engine = new Engine(bundledPack());
});

// ---------------------------------------------------------------------------------------------
// Generators

/** Text a catalog cell may hold — but never a header name, which would make it a header row. */
const notAHeader = (s: string) => fieldForHeader(s) === null && !isOutputHeader(s) && !REVIEW_HEADERS.includes(s as never);

const HOSTILE_TEXT = [
  '=SUM(A1:A3)',
  '=HYPERLINK("http://example.com","x")',
  '+1',
  '-5',
  '@SUM(1)',
  "'quoted",
  '#N/A',
  '#REF!',
  '#VALUE!',
  '1,200.50',
  '2026-01-31',
  '01/02/2026',
  '3A001',
  '5A002.a.1',
  'EAR99',
  'ear99',
  '9A610.x',
  'Germany',
  'China',
  'Iran',
  'Hong Kong',
  'Congo',
  'Deutschland',
  '中国',
  'Россия',
  'مصر',
  '  padded  ',
  'line\nbreak',
  'x'.repeat(300),
];

const textCell: fc.Arbitrary<FixtureValue> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 12 }).filter(notAHeader),
  fc.string({ unit: 'grapheme', maxLength: 8 }).filter(notAHeader),
);

const cellValue: fc.Arbitrary<FixtureValue> = fc.oneof(
  { weight: 5, arbitrary: textCell },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })) },
  { weight: 1, arbitrary: fc.constant(45_000) }, // a date, as Excel stores it (serial number)
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
);

const FIELDS: CatalogField[] = ['partNumber', 'description', 'eccn', 'destination', 'value', 'quantity', 'endUser', 'consignee', 'endUse', 'casNumber'];
const ATTRIBUTE_HEADERS = ['Weight (kg)', 'Notes', 'Frequency (GHz)', 'Colour', 'Remarks'];
const TITLES = ['ACME Corp — product catalog', 'Export review 2026', 'Confidential', 'Rev. 7 (draft)', '='];

interface Spec {
  titleRows: FixtureValue[][];
  firstColumn: number;
  headers: string[];
  rows: FixtureValue[][];
  /** Cells that hold formulas: [data row, column] with the formula; the value is the cached result. */
  formulas: Array<{ r: number; c: number; formula: string }>;
  /** Formats anywhere on the sheet, as offsets (row 0-based from the sheet's top; column 0-based). */
  formats: Array<{ row: number; col: number; cell: Partial<FakeCell> }>;
  /** Values far right of where EARmark's columns end (a user's notes). */
  farRight: Array<{ r: number; text: string }>;
}

const headerRow = fc
  .tuple(
    fc.subarray(FIELDS, { minLength: 1, maxLength: 6 }),
    fc.constantFrom<CatalogField>('partNumber', 'description', 'eccn'),
    fc.subarray(ATTRIBUTE_HEADERS, { maxLength: 2 }),
  )
  .chain(([fields, anchor, attrs]) => {
    const all = [...new Set<CatalogField>([anchor, ...fields])];
    if (all.length < 2) all.push(anchor === 'eccn' ? 'destination' : 'eccn');
    return fc
      .tuple(...all.map((f) => fc.constantFrom(...HEADER_SYNONYMS[f])))
      .chain((names) => fc.shuffledSubarray([...names, ...attrs], { minLength: names.length + attrs.length }));
  });

const formatCell: fc.Arbitrary<Partial<FakeCell>> = fc.record(
  {
    fill: fc.constantFrom('#FFFF00', '#C6EFCE', '#D9D9D9'),
    fontColor: fc.constantFrom('#FF0000', '#0000FF'),
    bold: fc.boolean(),
    numberFormat: fc.constantFrom('0.00', 'yyyy-mm-dd', '@', '#,##0'),
  },
  { requiredKeys: [] },
);

const specArb: fc.Arbitrary<Spec> = fc
  .record({
    titleRows: fc.array(fc.oneof(fc.constant([] as FixtureValue[]), fc.constantFrom(...TITLES).map((t) => [t] as FixtureValue[])), { maxLength: 3 }),
    firstColumn: fc.integer({ min: 0, max: 2 }),
    headers: headerRow,
  })
  .chain((base) => {
    const width = base.headers.length;
    const line = fc.oneof(
      { weight: 1, arbitrary: fc.constant(new Array<FixtureValue>(width).fill(null)) }, // blank row inside the data
      { weight: 6, arbitrary: fc.array(cellValue, { minLength: width, maxLength: width }) },
    );
    return fc.record({
      titleRows: fc.constant(base.titleRows),
      firstColumn: fc.constant(base.firstColumn),
      headers: fc.constant(base.headers),
      rows: fc.array(line, { maxLength: 12 }),
      formulas: fc.array(
        fc.record({
          r: fc.nat(11),
          c: fc.nat(width - 1),
          formula: fc.constantFrom('=A1*2', '=TODAY()', '=VLOOKUP(B2,Sheet2!A:B,2,FALSE)', '=1/0'),
        }),
        { maxLength: 3 },
      ),
      formats: fc.array(fc.record({ row: fc.nat(20), col: fc.nat(base.firstColumn + width + OUTPUT_WIDTH + REVIEW_WIDTH + 3), cell: formatCell }), {
        maxLength: 8,
      }),
      farRight: fc.array(fc.record({ r: fc.nat(11), text: fc.constantFrom('my note', '=B2', 'keep me') }), { maxLength: 2 }),
    });
  });

/** Data rows with something in them once formulas have their cached values: each gets a result. */
function nonBlankRows(spec: Spec): number {
  const rows = spec.rows.map((r) => [...r]);
  for (const f of spec.formulas) if (f.r < rows.length) rows[f.r][f.c] ??= 0;
  return rows.filter((r) => r.some((v) => v !== null && String(v).trim() !== '')).length;
}

/** Where things land on the sheet, derived from the spec (not from the code under test). */
function layout(spec: Spec) {
  const headerRow = spec.titleRows.length + 1; // 1-based
  const blockColumn = spec.firstColumn + spec.headers.length;
  const reviewEnd = blockColumn + OUTPUT_WIDTH + REVIEW_WIDTH; // exclusive
  return { headerRow, blockColumn, reviewEnd, farRightColumn: reviewEnd + 1 };
}

function fixture(spec: Spec): SheetFixture {
  const { farRightColumn } = layout(spec);
  const grid: FixtureValue[][] = [...spec.titleRows.map((r) => [...r]), [...spec.headers], ...spec.rows.map((r) => [...r])];
  const top = spec.titleRows.length + 1; // grid row of the first data row
  const cells: SheetFixture['cells'] = [];
  for (const f of spec.formulas) {
    if (f.r >= spec.rows.length) continue;
    // The formula's cached value is what `values` reads; keep whatever the grid had (or a number).
    const value = spec.rows[f.r][f.c] ?? 0;
    cells.push({ row: top + f.r, col: spec.firstColumn + f.c, cell: { value, formula: f.formula } });
  }
  for (const f of spec.farRight) {
    if (f.r >= spec.rows.length) continue;
    cells.push({ row: top + f.r, col: farRightColumn, cell: { value: f.text } });
  }
  for (const f of spec.formats) cells.push({ row: f.row, col: f.col, cell: { value: '', ...f.cell } });
  // Formats on a cell that has a value keep the value: merge rather than replace.
  const merged = new Map<string, { row: number; col: number; cell: FakeCell }>();
  const gridValue = (row: number, col: number): FixtureValue => grid[row]?.[col - spec.firstColumn] ?? null;
  for (const c of cells) {
    const key = `${c.row},${c.col}`;
    const prev = merged.get(key);
    const base: FakeCell = prev?.cell ?? { value: gridValue(c.row, c.col) ?? '' };
    const next = { ...base, ...c.cell };
    if (c.cell.value === '' && base.value !== '') next.value = base.value;
    merged.set(key, { row: c.row, col: c.col, cell: next as FakeCell });
  }
  return { sheetName: SHEET, grid, firstColumn: spec.firstColumn, cells: [...merged.values()] };
}

// ---------------------------------------------------------------------------------------------
// The run, as runClassification does it (minus the worker, the settings of the last run and the audit sheet)

interface RunResult {
  block: { sheetName: string; headerRow: number; column: number };
  results: Determination[];
}

async function classifyRows() {
  const region = await readCatalogRegion();
  const located = locateHeader(region.grid, await loadMapping());
  if (!located) throw new Error('no header row found');
  const { rows: catalogRows } = readCatalogRows(region.grid, located, region.firstRow);
  const headerRow = region.firstRow + located.headerRow;
  const column = region.firstColumn + located.outputColumn;
  const reviewBlock: ReviewBlockLocation = { sheetName: region.sheetName, headerRow, column: column + OUTPUT_WIDTH };
  const reviewCells = catalogRows.length ? await readReviewColumns(reviewBlock, catalogRows[0].row, catalogRows[catalogRows.length - 1].row) : null;
  const rows = withOverrides(catalogRows, reviewCells);
  const results = engine.determineAll(rows);
  return { region, located, headerRow, column, reviewBlock, reviewCells, rows, results };
}

async function run(): Promise<RunResult> {
  const c = await classifyRows();
  const written = await writeOutputBlock({
    sheetName: c.region.sheetName,
    headerRow: c.headerRow,
    column: c.column,
    headers: [...OUTPUT_HEADERS],
    rows: c.results.map((d) => ({ row: d.row, cells: outputCells(d), status: d.status })),
  });
  expect(written.cancelled).toBe(false);
  await writeReviewColumns(c.reviewBlock, reviewRunRows(c.rows, c.results, c.reviewCells));
  await saveMapping(toSavedMapping(c.located));
  return { block: { sheetName: c.region.sheetName, headerRow: c.headerRow, column: c.column }, results: c.results };
}

// ---------------------------------------------------------------------------------------------
// Snapshots

type Snapshot = { cells: Map<string, FakeCell>; hiddenColumns: number[]; protected: boolean };

function snapshot(wb: FakeWorkbook): Snapshot {
  const sheet = wb.requireSheet(SHEET);
  const cells = new Map<string, FakeCell>();
  for (const { row, col, cell } of sheet.entries()) {
    // A cell object with nothing in it is the same as no cell (the fake creates them on reads of formats).
    if (cell.value === '' && Object.keys(cell).length === 1) continue;
    cells.set(`${row},${col}`, structuredClone(cell));
  }
  return { cells, hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b), protected: sheet.protected };
}

const addr = (key: string) => {
  const [row, col] = key.split(',').map(Number);
  return formatAddress(SHEET, { rowIndex: row, columnIndex: col, rowCount: 1, columnCount: 1 });
};

/** Every cell outside EARmark's columns (from the header row down) as it was. */
function expectUntouchedOutside(before: Snapshot, after: Snapshot, spec: Spec): void {
  const { headerRow, blockColumn, reviewEnd } = layout(spec);
  const ours = (key: string) => {
    const [row, col] = key.split(',').map(Number);
    return row >= headerRow - 1 && col >= blockColumn && col < reviewEnd;
  };
  for (const key of new Set([...before.cells.keys(), ...after.cells.keys()])) {
    if (ours(key)) continue;
    expect([addr(key), after.cells.get(key)]).toEqual([addr(key), before.cells.get(key)]);
  }
  // The only column EARmark hides is its Fingerprint column.
  const fingerprint = blockColumn + OUTPUT_WIDTH + REVIEW_WIDTH - 1;
  expect(after.hiddenColumns.filter((c) => c !== fingerprint)).toEqual(before.hiddenColumns.filter((c) => c !== fingerprint));
}

// ---------------------------------------------------------------------------------------------

describe('never lose data (property-based, generated sheets)', () => {
  it('a run changes nothing outside EARmark\'s output and review columns', async () => {
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const wb = withFake(FakeWorkbook.fromFixtures([fixture(spec)]));
        const before = snapshot(wb);
        const { block, results } = await run();
        const { headerRow, blockColumn } = layout(spec);
        expect(block).toEqual({ sheetName: SHEET, headerRow, column: blockColumn });
        expect(results.length).toBe(nonBlankRows(spec));
        expectUntouchedOutside(before, snapshot(wb), spec);
      }),
      { numRuns: RUNS },
    );
  });

  it('a second run with the same inputs leaves the sheet exactly as the first did', async () => {
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const wb = withFake(FakeWorkbook.fromFixtures([fixture(spec)]));
        await run();
        const first = snapshot(wb);
        const settings = wb.settingsObject();
        await run();
        expect(snapshot(wb)).toEqual(first);
        expect(wb.settingsObject()).toEqual(settings);
      }),
      { numRuns: RUNS },
    );
  });

  it('a run cancelled after k chunks leaves whole rows only: the first rows written, the rest untouched', async () => {
    // About three rows per request: the fake's payload accounting is real, so chunks are too.
    const budget: ChunkBudget = { targetBytes: 6_000, maxCells: 3 * OUTPUT_WIDTH };
    await fc.assert(
      fc.asyncProperty(
        specArb.filter((s) => s.rows.length >= 4),
        fc.integer({ min: 0, max: 4 }),
        async (spec, k) => {
          const wb = withFake(FakeWorkbook.fromFixtures([fixture(spec)]));
          const c = await classifyRows();
          const before = snapshot(wb);
          const rows = c.results.map((d) => ({ row: d.row, cells: outputCells(d), status: d.status }));
          const controller = new AbortController();
          let chunks = 0;
          let doneAtAbort = 0;
          if (k === 0) controller.abort();
          const result = await writeOutputBlock(
            { sheetName: SHEET, headerRow: c.headerRow, column: c.column, headers: [...OUTPUT_HEADERS], rows },
            {
              budget,
              signal: controller.signal,
              onProgress: (done) => {
                if (++chunks === k) {
                  doneAtAbort = done;
                  controller.abort();
                }
              },
            },
          );
          const after = snapshot(wb);
          // Nothing outside the output block moved, whatever happened inside it.
          expectUntouchedOutside(before, after, spec);

          const sheet = wb.requireSheet(SHEET);
          const rowState = (row: number, cells: string[]): 'written' | 'untouched' | 'partial' => {
            const written = cells.every((text, i) => {
              const cell = sheet.cell(row - 1, c.column + i);
              return cell?.value === text && cell.numberFormat === '@';
            });
            if (written) return 'written';
            const untouched = cells.every((_, i) => {
              const key = `${row - 1},${c.column + i}`;
              return JSON.stringify(after.cells.get(key)) === JSON.stringify(before.cells.get(key));
            });
            return untouched ? 'untouched' : 'partial';
          };
          const states = rows.map((r) => rowState(r.row, r.cells));
          expect(states).not.toContain('partial');
          const writtenCount = states.filter((s) => s === 'written').length;
          // The written rows are a prefix, and the count is what the write reports.
          expect(states.slice(0, writtenCount).every((s) => s === 'written')).toBe(true);
          expect(result.rowsWritten).toBe(writtenCount);
          if (k === 0) {
            expect(result).toEqual({ rowsWritten: 0, cancelled: true });
          } else if (chunks >= k && doneAtAbort < rows.length) {
            expect(result).toEqual({ rowsWritten: doneAtAbort, cancelled: true });
          } else {
            expect(result).toEqual({ rowsWritten: rows.length, cancelled: false });
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
