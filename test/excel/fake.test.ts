/** The fake itself must behave like office-js where production code depends on it. */
import { FakeWorkbook, installFakeOffice, type FakeRequestContext } from '../fakes';

type Ctx = FakeRequestContext & { workbook: any; application: any };
const run = <T>(f: (ctx: Ctx) => Promise<T>): Promise<T> => (globalThis as any).Excel.run(f);

describe('fake Excel API', () => {
  let wb: FakeWorkbook;
  let uninstall: () => void;
  beforeEach(() => {
    wb = FakeWorkbook.fromGrid('Sheet1', [
      ['a', 'b'],
      [1, null],
    ]);
    uninstall = installFakeOffice(wb);
  });
  afterEach(() => uninstall());

  it('throws PropertyNotLoaded when reading a property that was not loaded and synced', async () => {
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getActiveWorksheet().getRange('A1:B2');
      expect(() => r.values).toThrow(/The property 'values' is not available/);
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([
        ['a', 'b'],
        [1, ''],
      ]);
      expect(() => r.address).toThrow(/not available/);
    });
  });

  it('applies writes only at sync', async () => {
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2');
      r.values = [['x']];
      expect(wb.values('Sheet1', 'B2')).toEqual([['']]);
      const other = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2').load('values');
      await ctx.sync();
      expect(wb.values('Sheet1', 'B2')).toEqual([['x']]);
      expect(other.values).toEqual([['x']]);
    });
  });

  it('parses numbers in non-text cells and keeps text in "@" cells', async () => {
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.getItem('Sheet1');
      s.getRange('D1:E1').values = [['1E001', '=1+1']];
      const t = s.getRange('D2:E2');
      t.numberFormat = [['@', '@']];
      t.values = [['1E001', "'=1+1"]];
    });
    expect(wb.values('Sheet1', 'D1:E2')).toEqual([
      [10, '#NAME?'],
      ['1E001', "'=1+1"],
    ]);
  });

  it('counts requests, skips empty syncs and rejects payloads over the limit', async () => {
    const small = FakeWorkbook.fromGrid('S', [['x'.repeat(2000)]], { payloadLimitBytes: 1000 });
    installFakeOffice(small);
    await expect(
      run(async (ctx) => {
        await ctx.sync();
        ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(small.stats.requests).toBe(1);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('B1').values = [['y'.repeat(2000)]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(small.values('S', 'B1')).toEqual([['']]);
  });

  it('refuses to read more cells than the per-read limit', async () => {
    const w = FakeWorkbook.fromGrid('S', [[1]], { maxCellsPerRead: 10 });
    installFakeOffice(w);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 4, 3).load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('resolves null objects and refuses writes to protected sheets', async () => {
    wb.addSheet({ sheetName: 'Empty', grid: [] });
    wb.requireSheet('Sheet1').protected = true;
    await run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
      used.load('address');
      expect(() => used.isNullObject).toThrow(/not available/);
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
    });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['z']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(wb.values('Sheet1', 'A1')).toEqual([['a']]);
  });

  it('stores settings as JSON and ends the context with Excel.run', async () => {
    let leaked: any;
    await run(async (ctx) => {
      ctx.workbook.settings.add('k', { a: 1 });
      leaked = ctx.workbook.settings.getItemOrNullObject('k');
    });
    expect(wb.settings.get('k')).toBe('{"a":1}');
    expect(() => leaked.load('value')).toThrow(/object path/);
  });

  it('Office.onReady resolves with the host and calls Office.initialize', async () => {
    const office = (globalThis as any).Office;
    const init = jest.fn();
    office.initialize = init;
    await expect(office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(init).toHaveBeenCalledTimes(1);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.99')).toBe(false);
  });
});
