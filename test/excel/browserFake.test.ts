/** The bundled browser fake must stand in for office.js in a page: globals, onReady, read-back. */
import * as vm from 'node:vm';
import { readCatalogRegion, writeOutputBlock, STATUS_STYLE } from '../../src/excel';
import { buildBrowserFakeOffice } from '../fakes/buildBrowserFake';

describe('browser fake bundle', () => {
  let js: string;
  beforeAll(async () => {
    js = await buildBrowserFakeOffice();
  }, 30_000);

  function page(fixture: unknown) {
    const ctx = vm.createContext({ setTimeout, console, __EARMARK_FIXTURE__: fixture });
    (ctx as { window?: unknown }).window = ctx;
    vm.runInContext(js, ctx);
    return ctx as unknown as {
      Office: { onReady(): Promise<unknown>; initialize?: (r: string) => void; context: { requirements: { isSetSupported(n: string, v: string): boolean } } };
      Excel: { run<T>(f: (c: any) => Promise<T>): Promise<T> };
      __EARMARK_FAKE__: any;
    };
  }

  it('is one self-contained script', () => {
    expect(js).not.toMatch(/\brequire\(/);
    expect(js.length).toBeGreaterThan(1000);
  });

  it('defines Office and Excel from the fixture and reads back', async () => {
    const w = page({ sheetName: 'Parts', grid: [['Part Number', 'ECCN'], ['P-1', '3A001']], firstRow: 2 });
    const init = jest.fn();
    w.Office.initialize = init;
    expect(JSON.parse(JSON.stringify(await w.Office.onReady()))).toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(init).toHaveBeenCalledTimes(1);
    expect(w.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);

    const values = await w.Excel.run(async (c) => {
      const used = c.workbook.worksheets.getActiveWorksheet().getUsedRange(true);
      used.load('values,address');
      await c.sync();
      c.workbook.worksheets.getItem('Parts').getRange('C3').values = [['out']];
      c.workbook.settings.add('earmark.x', '{"a":1}');
      return { values: used.values, address: used.address };
    });
    expect(JSON.parse(JSON.stringify(values))).toEqual({ values: [['Part Number', 'ECCN'], ['P-1', '3A001']], address: 'Parts!A2:B3' });
    const fake = w.__EARMARK_FAKE__;
    expect(JSON.parse(JSON.stringify(fake.values('Parts', 'C3')))).toEqual([['out']]);
    expect(JSON.parse(JSON.stringify(fake.formats('Parts', 'C3')))).toEqual([[{ fill: null, fontColor: null, bold: false, numberFormat: 'General' }]]);
    expect(JSON.parse(JSON.stringify(fake.settings()))).toEqual({ 'earmark.x': '{"a":1}' });
    expect(fake.stats().requests).toBe(2);
  });

  it('calls Office.initialize on its own when the page sets it', async () => {
    const w = page([{ sheetName: 'A', grid: [] }, { sheetName: 'B', grid: [[1]] }]);
    const init = jest.fn();
    w.Office.initialize = init;
    await new Promise((r) => setTimeout(r, 5));
    expect(init).toHaveBeenCalledTimes(1);
    expect(JSON.parse(JSON.stringify(w.__EARMARK_FAKE__.sheetNames()))).toEqual(['A', 'B']);
  });

  it('accepts a full fixture with options, selection and settings', () => {
    const w = page({
      sheets: [{ sheetName: 'S', grid: [['x']], tables: [{ name: 'T', address: 'A1:A1' }] }],
      options: { excelApiVersion: '1.8' },
      selection: { sheetName: 'S', address: 'A1' },
      settings: { 'earmark.mapping': '{"fields":{}}' },
    });
    expect(w.Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(JSON.parse(JSON.stringify(w.__EARMARK_FAKE__.settings()))).toEqual({ 'earmark.mapping': '{"fields":{}}' });
  });

  it('serves the production excel layer as office.js would', async () => {
    const w = page({ sheetName: 'S', grid: [['Part Number', 'ECCN'], ['P-1', null]] });
    const g = globalThis as Record<string, unknown>;
    const before = { Excel: g.Excel, Office: g.Office };
    g.Excel = w.Excel;
    g.Office = w.Office;
    try {
      const read = await readCatalogRegion();
      expect(JSON.parse(JSON.stringify(read.grid))).toEqual([['Part Number', 'ECCN'], ['P-1', null]]);
      await writeOutputBlock({ sheetName: 'S', headerRow: 1, column: 2, headers: ['EARmark Status'], rows: [{ row: 2, cells: ['CLEAR'], status: 'CLEAR' }] });
      expect(JSON.parse(JSON.stringify(w.__EARMARK_FAKE__.values('S', 'C1:C2')))).toEqual([['EARmark Status'], ['CLEAR']]);
      expect(w.__EARMARK_FAKE__.formats('S', 'C2')[0][0].fill).toBe(STATUS_STYLE.CLEAR.fill);
    } finally {
      g.Excel = before.Excel;
      g.Office = before.Office;
    }
  });
});
