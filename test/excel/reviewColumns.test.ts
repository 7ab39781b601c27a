import { readReviewColumns, REVIEW_HEADERS, writeReviewColumns, writeReviewDecisions } from '../../src/excel';
import { FakeWorkbook } from '../fakes';
import { withFake } from './helpers';

// Header on row 1, data rows 2..4, output block H..O, review columns from P (index 15).
const LOC = { sheetName: 'Catalog', headerRow: 1, column: 15 };
const grid = [['Part Number', 'ECCN'], ['A', '3A001'], ['B', 'EAR99'], ['C', '5A992.c']];
const rows = (over: Partial<{ pending: boolean; changed: boolean }> = {}) =>
  [2, 3, 4].map((row) => ({ row, fingerprint: `fp${row}`, pending: true, changed: false, ...over }));

test('created once: headers, dropdown, hidden fingerprint, Pending in empty status cells', async () => {
  const wb = withFake(FakeWorkbook.fromGrid('Catalog', grid));
  expect(await readReviewColumns(LOC, 2, 4)).toBeNull();
  await expect(writeReviewColumns(LOC, rows())).resolves.toEqual({ created: true });
  expect(wb.values('Catalog', 'P1:V1')[0]).toEqual([...REVIEW_HEADERS]);
  expect(wb.values('Catalog', 'P2:P4').flat()).toEqual(['Pending', 'Pending', 'Pending']);
  expect(wb.values('Catalog', 'V2:V4').flat()).toEqual(['fp2', 'fp3', 'fp4']);
  const sheet = wb.requireSheet('Catalog');
  expect(sheet.cell(1, 15)?.validationList).toEqual(['Pending', 'Approved', 'Overridden', 'Escalated', 'Changed since review']);
  expect([...sheet.hiddenColumns]).toEqual([21]);
  // The second run finds them: nothing a person typed is touched.
  sheet.setValue(2, 15, 'Approved');
  sheet.setValue(2, 16, 'Dana');
  sheet.setValue(2, 19, '3A991');
  await expect(writeReviewColumns(LOC, rows({ pending: false }))).resolves.toEqual({ created: false });
  expect(wb.values('Catalog', 'P3:T3')[0]).toEqual(['Approved', 'Dana', '', '', '3A991']);
  const read = await readReviewColumns(LOC, 2, 4);
  expect(read?.get(3)).toMatchObject({ status: 'Approved', reviewer: 'Dana', overrideEccn: '3A991', fingerprint: 'fp3' });
});

test('a changed reviewed row is marked and highlighted; other review cells stay', async () => {
  const wb = withFake(FakeWorkbook.fromGrid('Catalog', grid));
  await writeReviewColumns(LOC, rows());
  wb.requireSheet('Catalog').setValue(1, 15, 'Approved');
  await writeReviewColumns(LOC, [{ row: 2, fingerprint: 'new', pending: false, changed: true }]);
  expect(wb.values('Catalog', 'P2')[0][0]).toBe('Changed since review');
  expect(wb.requireSheet('Catalog').cell(1, 15)?.fill).toBe('#F8CBAD');
  expect(wb.values('Catalog', 'V2')[0][0]).toBe('new');
});

test('refuses, before writing, to put review columns over someone else\'s cells', async () => {
  const wb = withFake(FakeWorkbook.fromGrid('Catalog', grid));
  wb.requireSheet('Catalog').setValue(2, 17, 'my notes');
  const before = wb.snapshot('Catalog');
  await expect(writeReviewColumns(LOC, rows())).rejects.toMatchObject({ name: 'WriteRefusedError', reason: 'userData' });
  expect(wb.snapshot('Catalog')).toEqual(before);
  wb.requireSheet('Catalog').setValue(0, 16, 'Comments');
  await expect(writeReviewColumns(LOC, rows())).rejects.toMatchObject({ name: 'WriteRefusedError' });
});

test('decisions write status, reviewer, note, date (and an override), as text', async () => {
  const wb = withFake(FakeWorkbook.fromGrid('Catalog', grid));
  await writeReviewColumns(LOC, rows());
  await writeReviewDecisions(LOC, [
    { row: 2, status: 'Approved', reviewer: 'Dana', note: '=ok', reviewedOn: '2026-07-24' },
    { row: 4, status: 'Overridden', reviewer: 'Dana', note: 'mass market', reviewedOn: '2026-07-24', overrideEccn: '5A992.c', overrideNote: 'see 740.17' },
  ]);
  expect(wb.values('Catalog', 'P2:S2')[0]).toEqual(['Approved', 'Dana', '=ok', '2026-07-24']);
  expect(wb.values('Catalog', 'P4:U4')[0]).toEqual(['Overridden', 'Dana', 'mass market', '2026-07-24', '5A992.c', 'see 740.17']);
});
