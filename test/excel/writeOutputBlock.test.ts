import {
  EXCEL_PAYLOAD_LIMIT_BYTES,
  STATUS_STYLE,
  WriteRefusedError,
  isWriteRefused,
  writeOutputBlock,
  type OutputBlockRequest,
} from '../../src/excel';
import { FakeWorkbook, formatAddress, type FakeCell } from '../fakes';
import { HEADERS, catalogGrid, outputRow, withFake } from './helpers';

const BLOCK_COL = 6; // G: directly right of catalogGrid's six columns
const W = HEADERS.length;

function request(rows: number[], statusOf = (r: number) => (['CLEAR', 'FLAGGED', 'NEEDS_REVIEW'] as const)[r % 3], tag = ''): OutputBlockRequest {
  return { sheetName: 'S', headerRow: 1, column: BLOCK_COL, headers: HEADERS, rows: rows.map((r) => outputRow(r, statusOf(r), tag)) };
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Every cell outside (header row ∪ written rows) × block columns must be unchanged. */
function expectOnlyBlockChanged(before: Map<string, FakeCell>, after: Map<string, FakeCell>, rows: number[]) {
  const allowed = new Set<string>();
  for (const r of [1, ...rows]) {
    for (let c = BLOCK_COL; c < BLOCK_COL + W; c++) allowed.add(formatAddress('S', { rowIndex: r - 1, columnIndex: c, rowCount: 1, columnCount: 1 }));
  }
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (allowed.has(key)) continue;
    expect([key, after.get(key)]).toEqual([key, before.get(key)]);
  }
}

describe('writeOutputBlock', () => {
  it('writes the header and the rows, and nothing else', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(40)));
    // User data that must survive: right of the block, and in the block's columns on a skipped row.
    wb.requireSheet('S').setValue(9, BLOCK_COL + 2, 'my note on a blank row');
    wb.requireSheet('S').setValue(3, BLOCK_COL + W + 1, 'far right');
    const before = wb.snapshot('S');
    const rows = [...range(2, 9), ...range(11, 30), 33, 34];
    const result = await writeOutputBlock(request(rows));
    expect(result).toEqual({ rowsWritten: rows.length, cancelled: false });

    const after = wb.snapshot('S');
    expectOnlyBlockChanged(before, after, rows);
    expect(wb.values('S', 'G1:N1')).toEqual([[...HEADERS]]);
    expect(wb.values('S', 'G2:H2')).toEqual([['ECCN r2', 'Basis r2']]);
    expect(wb.values('S', 'I10')).toEqual([['my note on a blank row']]);
    expect(wb.values('S', 'G31:N32').flat().every((v) => v === '')).toBe(true);
    expect(wb.requireSheet('S').cell(0, BLOCK_COL)?.bold).toBe(true);
  });

  it('writes per range of consecutive rows and colours per run of the same status', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(40)));
    // Runs: 2-9, 11-30, 33-34 → 3 ranges (numberFormat + values); status runs of one row each.
    const rows = [...range(2, 9), ...range(11, 30), 33, 34];
    await writeOutputBlock(request(rows, (r) => (r < 20 ? 'CLEAR' : 'FLAGGED')));
    // header: numberFormat, values, bold = 3; runs: 3 × 2; status runs: 2-9, 11-19, 20-30, 33-34 → 4 × 2.
    expect(wb.stats.rangeWrites).toBe(3 + 3 * 2 + 4 * 2);
    expect(wb.stats.requests).toBe(3); // header + protection check, empty-cells check, one chunk
    expect(wb.stats.suspendCalculationCalls).toBe(1);
    expect(wb.stats.suspendScreenUpdatingCalls).toBe(1);
  });

  it('colours each row by status, Office Good / Bad / Neutral', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(5)));
    await writeOutputBlock(request([2, 3, 4]));
    const sheet = wb.requireSheet('S');
    const statusAt = { 2: 'NEEDS_REVIEW', 3: 'CLEAR', 4: 'FLAGGED' } as const;
    for (const [row, status] of Object.entries(statusAt)) {
      for (let c = BLOCK_COL; c < BLOCK_COL + W; c++) {
        expect(sheet.cell(Number(row) - 1, c)).toMatchObject({ fill: STATUS_STYLE[status].fill, fontColor: STATUS_STYLE[status].font });
      }
      expect(wb.values('S', `N${row}`)).toEqual([[status]]);
    }
    expect(sheet.cell(0, BLOCK_COL)?.fill).toBeUndefined();
    expect(sheet.cell(1, BLOCK_COL - 1)?.fill).toBeUndefined();
  });

  it('keeps ECCN-like and formula-like text as text', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(3)));
    const row = outputRow(2);
    row.cells[0] = '1E001';
    row.cells[1] = "'=HYPERLINK(\"x\")";
    await writeOutputBlock({ ...request([]), rows: [row] });
    expect(wb.values('S', 'G2:H2')).toEqual([['1E001', "'=HYPERLINK(\"x\")"]]);
    expect(wb.requireSheet('S').cell(1, BLOCK_COL + 1)?.formula).toBeUndefined();
  });

  it('re-runs over its own block idempotently', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(30)));
    const req = request(range(2, 31));
    await writeOutputBlock(req);
    const first = wb.snapshot('S');
    await writeOutputBlock(req);
    expect(wb.snapshot('S')).toEqual(first);

    // A later run with other results replaces them in place.
    await writeOutputBlock(request(range(2, 31), () => 'FLAGGED', ' v2'));
    expect(wb.values('S', 'G5')).toEqual([['ECCN r5 v2']]);
    expect(wb.requireSheet('S').cell(4, BLOCK_COL)?.fill).toBe(STATUS_STYLE.FLAGGED.fill);
    expect(wb.snapshot('S').size).toBe(first.size);
  });

  it('extends an older, narrower block of its own', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(5)));
    const sheet = wb.requireSheet('S');
    HEADERS.slice(0, W - 2).forEach((h, i) => sheet.setValue(0, BLOCK_COL + i, h));
    for (let r = 1; r <= 5; r++) for (let i = 0; i < W - 2; i++) sheet.setValue(r, BLOCK_COL + i, `old ${r}`);
    await expect(writeOutputBlock(request(range(2, 6)))).resolves.toEqual({ rowsWritten: 5, cancelled: false });
    expect(wb.values('S', 'G1:N1')).toEqual([[...HEADERS]]);
  });

  describe('refuses, writing nothing,', () => {
    it('when a header cell in the block holds the user\'s header', async () => {
      const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(10)));
      wb.requireSheet('S').setValue(0, BLOCK_COL + 3, 'Comments');
      const before = wb.snapshot('S');
      const err = await writeOutputBlock(request(range(2, 11))).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(WriteRefusedError);
      expect(isWriteRefused(err)).toBe(true);
      expect((err as WriteRefusedError).message).toMatch(/S!J1/);
      expect((err as WriteRefusedError).message).toMatch(/Move or clear those cells/);
      expect(wb.snapshot('S')).toEqual(before);
    });

    it('when a target cell holds data under an empty header', async () => {
      const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(3000)));
      const sheet = wb.requireSheet('S');
      sheet.setValue(2499, BLOCK_COL + 7, 0);
      for (let r = 100; r < 110; r++) sheet.setValue(r, BLOCK_COL, 'x');
      const before = wb.snapshot('S');
      const err = (await writeOutputBlock(request(range(2, 3001)), { budget: { targetBytes: 20_000, maxCells: 100_000 } }).catch((e: unknown) => e)) as WriteRefusedError;
      expect(err.reason).toBe('userData');
      expect(err.cells).toEqual(['S!G101', 'S!G102', 'S!G103', 'S!G104', 'S!G105']);
      expect(err.message).toMatch(/and 6 more/);
      expect(wb.snapshot('S')).toEqual(before);
    });

    it('when the sheet is protected', async () => {
      const wb = withFake(FakeWorkbook.fromFixtures([{ sheetName: 'S', grid: catalogGrid(3), protected: true }]));
      const err = (await writeOutputBlock(request([2, 3])).catch((e: unknown) => e)) as WriteRefusedError;
      expect(err.reason).toBe('protected');
      expect(err.message).toMatch(/"S" is protected.*Unprotect/);
      expect(wb.values('S', 'G1:G3').flat()).toEqual(['', '', '']);
    });
  });

  it('ignores user data in the block columns on rows it does not write', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(10)));
    wb.requireSheet('S').setValue(20, BLOCK_COL, 'below the catalog');
    await expect(writeOutputBlock(request(range(2, 11)))).resolves.toMatchObject({ cancelled: false });
    expect(wb.values('S', 'G21')).toEqual([['below the catalog']]);
  });

  it('stops between chunks when cancelled, leaving only whole chunks', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(2000)));
    const controller = new AbortController();
    const done: number[] = [];
    const result = await writeOutputBlock(request(range(2, 2001)), {
      budget: { targetBytes: 50_000, maxCells: 1_000_000 },
      signal: controller.signal,
      onProgress: (d, total) => {
        expect(total).toBe(2000);
        done.push(d);
        if (done.length === 2) controller.abort();
      },
    });
    expect(result.cancelled).toBe(true);
    expect(result.rowsWritten).toBe(done[1]);
    expect(done[0]).toBeGreaterThan(1);
    const written = wb.values('S', `G2:N2001`);
    written.forEach((cells, i) => {
      const expectFilled = i < result.rowsWritten;
      expect([i, cells.every((v) => v !== '')]).toEqual([i, expectFilled]);
      if (!expectFilled) expect([i, cells.every((v) => v === '')]).toEqual([i, true]);
    });
  });

  it('writes nothing when cancelled before it starts', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(5)));
    const controller = new AbortController();
    controller.abort();
    await expect(writeOutputBlock(request(range(2, 6)), { signal: controller.signal })).resolves.toEqual({ rowsWritten: 0, cancelled: true });
    expect(wb.stats.requests).toBe(0);
  });

  it('stays under the payload limit with few syncs on 20,000 rows', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(20_000)));
    const rows = range(2, 20_001).filter((r) => r % 50 !== 0); // some blank rows skipped
    const result = await writeOutputBlock(request(rows));
    expect(result).toEqual({ rowsWritten: rows.length, cancelled: false });
    expect(wb.stats.failedRequests).toBe(0);
    expect(Math.max(...wb.stats.requestBytes)).toBeLessThan(EXCEL_PAYLOAD_LIMIT_BYTES / 2);
    const total = wb.stats.requestBytes.reduce((a, b) => a + b, 0);
    // Alternating statuses are the worst case (two format ranges per row); chunks still carry
    // well over half the 1 MB target, and the empty-cells check adds a few reads.
    expect(wb.stats.requests).toBeLessThanOrEqual(6 + Math.ceil(total / 600_000));
    expect(wb.stats.requests).toBeLessThan(25);
    expect(wb.values('S', 'G20001')).toEqual([['ECCN r20001']]);
  });

  it('halves a chunk that Excel refuses as too large', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(1000), { payloadLimitBytes: 80_000 }));
    const result = await writeOutputBlock(request(range(2, 1001)), { budget: { targetBytes: 1_000_000, maxCells: 1_000_000 } });
    expect(result).toEqual({ rowsWritten: 1000, cancelled: false });
    expect(wb.stats.failedRequests).toBeGreaterThan(0);
    expect(wb.stats.failedRequests).toBeLessThanOrEqual(5);
    expect(wb.values('S', 'G1001')).toEqual([['ECCN r1001']]);
  });

  it('writes just the header when no row has results', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(2)));
    const progress: number[][] = [];
    await expect(writeOutputBlock(request([]), { onProgress: (d, t) => progress.push([d, t]) })).resolves.toEqual({ rowsWritten: 0, cancelled: false });
    expect(wb.values('S', 'G1:N1')).toEqual([[...HEADERS]]);
    expect(progress).toEqual([[0, 0]]);
  });

  it('rejects malformed requests before touching Excel', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', catalogGrid(3)));
    await expect(writeOutputBlock({ ...request([2]), rows: [{ row: 2, cells: ['x'], status: 'CLEAR' }] })).rejects.toThrow(/1 cells for 8 headers/);
    await expect(writeOutputBlock(request([1]))).rejects.toThrow(/header row/);
    await expect(writeOutputBlock(request([2, 2]))).rejects.toThrow(/twice/);
    expect(wb.stats.requests).toBe(0);
  });
});
