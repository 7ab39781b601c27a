import { appendAuditLines, AUDIT_HEADERS, readAuditLines, type AuditLine } from '../../src/excel';
import { FakeWorkbook } from '../fakes';
import { withFake } from './helpers';

const line = (event: string, note = ''): AuditLine => ({
  when: '2026-07-24T10:00:00.000Z',
  who: 'Dana',
  event,
  rows: '',
  rulesVersion: '2026.07',
  effectiveDate: '2026-07-01',
  screeningList: 'none loaded',
  rowsRead: 12,
  counts: 'CLEAR 5 · FLAGGED 4 · NEEDS_REVIEW 3',
  rowsChanged: 0,
  note,
});

test('the audit sheet is a protected table; lines are appended, never rewritten', async () => {
  const wb = withFake(FakeWorkbook.fromGrid('Catalog', [['Part Number']]));
  await appendAuditLines([line('Run')]);
  const sheet = wb.requireSheet('EARmark Audit');
  expect(sheet.protected).toBe(true);
  expect(sheet.tables).toEqual([expect.objectContaining({ name: 'EARmarkAudit' })]);
  expect(wb.values('EARmark Audit', 'A1:K1')[0]).toEqual([...AUDIT_HEADERS]);

  await appendAuditLines([line('Approved', '=HYPERLINK("x")'), line('Run')]);
  expect(sheet.protected).toBe(true);
  const lines = await readAuditLines();
  expect(lines.map((l) => l[2])).toEqual(['Run', 'Approved', 'Run']);
  // A note that looks like a formula is kept as text.
  expect(lines[1][10]).toBe('=HYPERLINK("x")');
  expect(lines[0][0]).toBe('2026-07-24T10:00:00.000Z');
  expect(sheet.tables[0].area.rowCount).toBe(4);
});

test('a protected audit sheet refuses a direct edit (the fake models the protection)', async () => {
  const wb = withFake(FakeWorkbook.fromGrid('Catalog', [['Part Number']]));
  await appendAuditLines([line('Run')]);
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('EARmark Audit').getRange('A2').values = [['edited']];
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'AccessDenied' });
  expect(wb.values('EARmark Audit', 'C2')[0][0]).toBe('Run');
});
