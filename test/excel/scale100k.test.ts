/**
 * Issue 7 at the size catalogs reach: 100,000 rows read and written through the real src/excel
 * functions against the fake host, which measures every request. Asserted: Excel's limits
 * (5 MB per request and response, 5,000,000 cells per read), syncs that grow with rows ÷ chunk
 * size (not with rows), formats written per range (not per cell), calculation and screen
 * updating suspended for each written chunk, and a payload refusal that shrinks and retries.
 */
import { contiguousRuns } from '../../src/excel/contiguousRuns';
import { DEFAULT_BUDGET, EXCEL_MAX_CELLS_PER_READ, EXCEL_PAYLOAD_LIMIT_BYTES, readCatalogRegion, writeOutputBlock } from '../../src/excel';
import { FakeWorkbook, type FixtureValue } from '../fakes';
import { HEADERS, withFake } from './helpers';

const ROWS = 100_000;
const STATUSES = ['CLEAR', 'FLAGGED', 'NEEDS_REVIEW'] as const;

/** A catalog like a real one: varied ECCNs, destinations spelled variously, end users, values, some blank rows. */
function bigCatalog(): FixtureValue[][] {
  const eccns = ['5A992.c', '3A001.b.2', 'EAR99', '4A994', '', '5D002', '1C350'];
  const places = ['Germany', 'DE', 'China', "People's Republic of China", 'Korea, South', 'Canada', 'United Kingdom'];
  const grid: FixtureValue[][] = [['Part Number', 'Description', 'ECCN', 'Destination', 'End User', 'Value']];
  for (let i = 0; i < ROWS; i++) {
    if (i % 5000 === 2500) {
      grid.push([null, null, null, null, null, null]);
      continue;
    }
    grid.push([`P-${i}`, `Item ${i}, rev ${i % 7}`, eccns[i % 7], places[(i * 3) % 7], i % 4 ? null : 'Acme Trading GmbH', i * 3]);
  }
  return grid;
}

/** Output rows in runs of one status (a catalog grouped by product line), realistic cell lengths. */
function outputRows(firstRow: number, count: number) {
  const rows = [];
  for (let i = 0; i < count; i++) {
    const status = STATUSES[Math.floor(i / 400) % 3];
    rows.push({
      row: firstRow + i,
      status,
      cells: HEADERS.map((h, c) =>
        c === HEADERS.length - 1 ? status : c === 1 ? `5A992.c to Germany: no X in AT1 (15 CFR 738.4(a)(2)). Row ${i}` : `${h.slice(8)} ${i}`,
      ),
    });
  }
  return rows;
}

const max = (xs: number[]): number => xs.reduce((m, x) => Math.max(m, x), 0);
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

describe('100,000 rows through src/excel', () => {
  it('reads in chunks within Excel limits, syncs growing with rows ÷ chunk', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('Catalog', bigCatalog()));
    const progress: number[] = [];
    const read = await readCatalogRegion({ onProgress: (done) => progress.push(done) });
    expect(read.grid).toHaveLength(ROWS + 1);
    expect(read.grid[ROWS]).toEqual([`P-${ROWS - 1}`, `Item ${ROWS - 1}, rev ${(ROWS - 1) % 7}`, null, 'Canada', null, (ROWS - 1) * 3]);

    const s = wb.stats;
    expect(s.failedRequests).toBe(0);
    expect(max(s.requestBytes)).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    expect(max(s.responseBytes)).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    expect(s.cellsRead).toBe((ROWS + 1) * 6);
    // Every read is a chunk of rows: the largest is far below 5,000,000 cells (the fake refuses more).
    const chunkRows = progress.map((d, i) => d - (progress[i - 1] ?? 0));
    expect(max(chunkRows) * 6).toBeLessThanOrEqual(EXCEL_MAX_CELLS_PER_READ);
    // Syncs: the region look-up (≤ 3) plus one per chunk; chunks as few as the byte budget allows, within 2×.
    const minChunks = Math.ceil(sum(s.responseBytes) / DEFAULT_BUDGET.targetBytes);
    expect(progress.length).toBeLessThanOrEqual(2 * minChunks + 2);
    expect(s.requests).toBeLessThanOrEqual(3 + progress.length);
    expect(s.requests).toBeLessThan(ROWS / 1000);
  });

  it('writes in chunks within Excel limits, formats per range, calculation and screen updating suspended', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('Catalog', bigCatalog()));
    const rows = outputRows(2, ROWS);
    const chunks: number[] = [];
    const result = await writeOutputBlock(
      { sheetName: 'Catalog', headerRow: 1, column: 6, headers: HEADERS, rows },
      { onProgress: (done) => chunks.push(done) },
    );
    expect(result).toEqual({ rowsWritten: ROWS, cancelled: false });

    const s = wb.stats;
    expect(s.failedRequests).toBe(0);
    expect(max(s.requestBytes)).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES);
    expect(max(s.requestBytes)).toBeLessThanOrEqual(DEFAULT_BUDGET.targetBytes * 1.5);
    // Syncs: the writability check (header + reading the block's cells in chunks) plus one per chunk.
    const minChunks = Math.ceil(sum(s.requestBytes) / DEFAULT_BUDGET.targetBytes);
    expect(chunks.length).toBeLessThanOrEqual(2 * minChunks + 2);
    expect(s.requests).toBeLessThanOrEqual(chunks.length + 2 + Math.ceil(chunks.length / 4));
    expect(s.requests).toBeLessThan(ROWS / 500);
    // Formats per range, never per cell: per chunk, the text format and values per run of
    // consecutive rows, fill and font per run of one status.
    const statusRuns = contiguousRuns(rows, (a, b) => a.status === b.status).length;
    expect(s.rangeWrites).toBeLessThanOrEqual(3 + 2 * chunks.length + 2 * (statusRuns + chunks.length));
    expect(s.rangeWrites).toBeLessThan(ROWS / 50);
    expect(s.cellsWritten).toBe((ROWS + 1) * HEADERS.length);
    expect(s.suspendCalculationCalls).toBe(chunks.length);
    expect(s.suspendScreenUpdatingCalls).toBe(chunks.length);
    expect(wb.values('Catalog', `G${ROWS + 1}:G${ROWS + 1}`)[0][0]).toBe(`ECCN ${ROWS - 1}`);
  });

  it('a host that refuses smaller payloads: chunks shrink and the write completes', async () => {
    const limit = 400 * 1024;
    const wb = withFake(FakeWorkbook.fromGrid('Catalog', bigCatalog(), { payloadLimitBytes: limit }));
    const rows = outputRows(2, ROWS);
    const result = await writeOutputBlock({ sheetName: 'Catalog', headerRow: 1, column: 6, headers: HEADERS, rows });
    expect(result).toEqual({ rowsWritten: ROWS, cancelled: false });
    const s = wb.stats;
    expect(s.failedRequests).toBeGreaterThan(0);
    // Refused requests are few: a refused size stays the ceiling for the rest of the run.
    expect(s.failedRequests).toBeLessThanOrEqual(4);
    expect(wb.values('Catalog', `N${ROWS + 1}`)[0][0]).toBe(rows[ROWS - 1].status);
  });
});
