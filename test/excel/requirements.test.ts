import { MIN_EXCEL_API, checkHostSupport } from '../../src/excel';
import { FakeWorkbook } from '../fakes';
import { withFake } from './helpers';

describe('checkHostSupport', () => {
  it('needs ExcelApi 1.9', () => {
    expect(MIN_EXCEL_API).toBe('1.9');
  });

  it('supports a host with a newer API', () => {
    withFake(FakeWorkbook.fromGrid('S', [], { excelApiVersion: '1.12' }));
    expect(checkHostSupport()).toEqual({ supported: true });
  });

  it('explains what to use when the host is too old', () => {
    withFake(FakeWorkbook.fromGrid('S', [], { excelApiVersion: '1.8' }));
    const r = checkHostSupport();
    expect(r.supported).toBe(false);
    expect(r.message).toMatch(/newer version of Excel/);
    expect(r.message).toMatch(/1\.9/);
    expect(r.message).toMatch(/Microsoft 365/);
  });

  it('says so outside Excel', () => {
    const g = globalThis as Record<string, unknown>;
    const before = g.Office;
    delete g.Office;
    try {
      expect(checkHostSupport()).toEqual({ supported: false, message: expect.stringMatching(/inside Excel/) });
    } finally {
      g.Office = before;
    }
  });
});
