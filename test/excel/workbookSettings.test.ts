import { SETTINGS_KEYS, loadMapping, loadRunMetadata, saveMapping, saveRunMetadata, selectRow } from '../../src/excel';
import { FakeWorkbook } from '../fakes';
import { withFake } from './helpers';

describe('workbook settings', () => {
  it('round-trips the header mapping and run metadata under earmark. keys', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', [['x']]));
    expect(await loadMapping()).toBeNull();
    expect(await loadRunMetadata()).toBeNull();

    await saveMapping({ fields: { partNumber: 'Item #', eccn: 'Export Class' } });
    const meta = { rulesVersion: '2025.06', effectiveDate: '2025-06-01', ranAt: '2025-07-01T10:00:00.000Z', rowsRead: 1234 };
    await saveRunMetadata(meta);

    expect(await loadMapping()).toEqual({ fields: { partNumber: 'Item #', eccn: 'Export Class' } });
    expect(await loadRunMetadata()).toEqual(meta);
    expect([...wb.settings.keys()].sort()).toEqual([SETTINGS_KEYS.lastRun, SETTINGS_KEYS.mapping].sort());
    expect([...wb.settings.keys()].every((k) => k.startsWith('earmark.'))).toBe(true);
  });

  it('overwrites an earlier value', async () => {
    withFake(FakeWorkbook.fromGrid('S', [['x']]));
    await saveMapping({ fields: { eccn: 'A' } });
    await saveMapping({ fields: { eccn: 'B' } });
    expect(await loadMapping()).toEqual({ fields: { eccn: 'B' } });
  });

  it('reads a damaged setting as missing and drops unknown fields', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', [['x']]));
    wb.settings.set(SETTINGS_KEYS.mapping, JSON.stringify('{not json'));
    wb.settings.set(SETTINGS_KEYS.lastRun, JSON.stringify(JSON.stringify({ rulesVersion: 1 })));
    expect(await loadMapping()).toBeNull();
    expect(await loadRunMetadata()).toBeNull();
    wb.settings.set(SETTINGS_KEYS.mapping, JSON.stringify(JSON.stringify({ fields: { eccn: 'E', bogus: 'x', value: 3 } })));
    expect(await loadMapping()).toEqual({ fields: { eccn: 'E' } });
  });
});

describe('selectRow', () => {
  it('activates the sheet and selects the row\'s cells', async () => {
    const wb = withFake(FakeWorkbook.fromFixtures([
      { sheetName: 'A', grid: [['x']] },
      { sheetName: 'B', grid: [['y']] },
    ]));
    await selectRow('B', 12, 2, 5);
    expect(wb.activeSheetName).toBe('B');
    expect(wb.selection).toEqual({ sheetName: 'B', area: { rowIndex: 11, columnIndex: 2, rowCount: 1, columnCount: 5 } });
  });
});
