import { readCatalogRegion, EXCEL_PAYLOAD_LIMIT_BYTES } from '../../src/excel';
import { FakeWorkbook } from '../fakes';
import { catalogGrid, withFake } from './helpers';

describe('readCatalogRegion', () => {
  it('reads the used range below title rows, with its offset, blanks as null', async () => {
    const wb = withFake(
      FakeWorkbook.fromGrid(
        'Catalog',
        [
          ['ACME export catalog', null, null],
          [null, null, null],
          ['Part Number', 'Description', 'ECCN'],
          ['P-1', 'Widget', ''],
          ['P-2', null, 'EAR99'],
        ],
        { firstRow: 3, firstColumn: 1 },
      ),
    );
    const read = await readCatalogRegion();
    expect(read).toEqual({
      sheetName: 'Catalog',
      firstRow: 3,
      firstColumn: 1,
      rowCount: 5,
      columnCount: 3,
      grid: [
        ['ACME export catalog', null, null],
        [null, null, null],
        ['Part Number', 'Description', 'ECCN'],
        ['P-1', 'Widget', null],
        ['P-2', null, 'EAR99'],
      ],
    });
    expect(wb.stats.requests).toBe(3); // selection probe, used range, one chunk
  });

  it('reads the table that holds the selection, without its totals row', async () => {
    const wb = withFake(
      FakeWorkbook.fromGrid('Sheet1', [
        ['Title', null, null, null, 'side note'],
        [null, null, null, null, null],
        ['Part Number', 'ECCN', 'Value', null, null],
        ['P-1', '3A001', 5, null, 'far'],
        ['P-2', 'EAR99', 7, null, null],
        ['Total', null, 12, null, null],
      ]),
    );
    wb.addTable('Sheet1', 'Parts', 'A3:C6', true);
    wb.select('Sheet1', 'B4');
    const read = await readCatalogRegion();
    expect(read).toMatchObject({ sheetName: 'Sheet1', firstRow: 3, firstColumn: 0, rowCount: 3, columnCount: 3 });
    expect(read.grid).toEqual([
      ['Part Number', 'ECCN', 'Value'],
      ['P-1', '3A001', 5],
      ['P-2', 'EAR99', 7],
    ]);
  });

  it('reads the used range when the selection is outside any table or not cells', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', [['a', 'b'], ['c', 'd'], [null, null], ['e', null]]));
    wb.addTable('S', 'T', 'A1:B2');
    wb.select('S', 'D9');
    expect((await readCatalogRegion()).rowCount).toBe(4);
    wb.selection = null; // a chart is selected
    const read = await readCatalogRegion();
    expect(read.grid).toEqual([['a', 'b'], ['c', 'd'], [null, null], ['e', null]]);
  });

  it('reads the active sheet among several', async () => {
    const wb = withFake(FakeWorkbook.fromFixtures([
      { sheetName: 'One', grid: [['x']] },
      { sheetName: 'Two', grid: [['y', 'z']], firstRow: 2 },
    ]));
    wb.select('Two', 'A1');
    const read = await readCatalogRegion();
    expect(read).toMatchObject({ sheetName: 'Two', firstRow: 2, grid: [['y', 'z']] });
  });

  it('returns an empty grid for an empty sheet', async () => {
    withFake(FakeWorkbook.fromGrid('Empty', []));
    const progress: number[][] = [];
    const read = await readCatalogRegion({ onProgress: (d, t) => progress.push([d, t]) });
    expect(read).toEqual({ sheetName: 'Empty', firstRow: 1, firstColumn: 0, rowCount: 0, columnCount: 0, grid: [] });
    expect(progress).toEqual([[0, 0]]);
  });

  it('produces the same grid in many chunks as in one', async () => {
    const grid = catalogGrid(3000, 30);
    const one = withFake(FakeWorkbook.fromGrid('S', grid));
    const whole = await readCatalogRegion({ budget: { targetBytes: 100_000_000, maxCells: 10_000_000 } });
    const requestsWhole = one.stats.requests;

    const many = withFake(FakeWorkbook.fromGrid('S', grid));
    const progress: number[] = [];
    const chunked = await readCatalogRegion({
      budget: { targetBytes: 20_000, maxCells: 10_000 },
      onProgress: (done, total) => {
        expect(total).toBe(3001);
        progress.push(done);
      },
    });
    expect(chunked).toEqual(whole);
    expect(requestsWhole).toBe(3);
    expect(many.stats.requests).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBe(3001);
    expect(many.stats.cellsRead).toBe(3001 * 6); // every cell read once
  });

  it('needs syncs in proportion to chunks, not rows (20,000 and 40,000 rows)', async () => {
    const requests: number[] = [];
    for (const n of [20_000, 40_000]) {
      const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(n, 60)));
      const read = await readCatalogRegion();
      expect(read.rowCount).toBe(n + 1);
      expect(read.grid[n][0]).toBe(`P-${n - 1}`);
      expect(wb.stats.failedRequests).toBe(0);
      expect(Math.max(...wb.stats.responseBytes)).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES / 2);
      const totalBytes = wb.stats.responseBytes.reduce((a, b) => a + b, 0);
      // About one request per fifth of the limit, plus the region probes.
      expect(wb.stats.requests).toBeLessThanOrEqual(2 + Math.ceil(totalBytes / 500_000) + 3);
      requests.push(wb.stats.requests);
    }
    expect(requests[0]).toBeLessThan(20);
    expect(requests[1]).toBeLessThanOrEqual(2 * requests[0] + 1);
  });

  it('halves a chunk that Excel refuses as too large and reads everything', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(2000, 40), { payloadLimitBytes: 60_000 }));
    const read = await readCatalogRegion({ budget: { targetBytes: 400_000, maxCells: 1_000_000 } });
    expect(read.rowCount).toBe(2001);
    expect(read.grid[2000][0]).toBe('P-1999');
    expect(wb.stats.failedRequests).toBeGreaterThan(0);
    const ok = wb.stats.responseBytes.filter((b) => b <= 60_000).length;
    expect(ok).toBe(wb.stats.requests - wb.stats.failedRequests);
    // The refused size stays a ceiling: not one refusal per chunk.
    expect(wb.stats.failedRequests).toBeLessThanOrEqual(4);
  });

  it('recovers with the default budget when later rows are far larger than early ones', async () => {
    const grid = catalogGrid(30_000, 10);
    for (let i = 20_001; i <= 30_000; i++) grid[i][1] = 'long description '.repeat(60);
    const wb = withFake(FakeWorkbook.fromGrid('S', grid));
    const read = await readCatalogRegion();
    expect(read.grid).toEqual(grid.map((r) => r.map((v) => (v === '' ? null : v))));
    const succeeded = wb.stats.responseBytes.filter((b) => b <= EXCEL_PAYLOAD_LIMIT_BYTES);
    expect(succeeded.length).toBeGreaterThanOrEqual(wb.stats.requests - wb.stats.failedRequests);
    expect(wb.stats.requests).toBeLessThan(40);
  });

  it('halves when a read would exceed the cells-per-read limit', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(999, 5), { maxCellsPerRead: 1000 }));
    const read = await readCatalogRegion({ budget: { targetBytes: 10_000_000, maxCells: 4000 } });
    expect(read.rowCount).toBe(1000);
    expect(wb.stats.failedRequests).toBeGreaterThan(0);
  });
});
