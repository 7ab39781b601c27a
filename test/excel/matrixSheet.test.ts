import { writeMatrixSheet, type MatrixCell } from '../../src/excel';
import { FakeWorkbook } from '../fakes';
import { withFake } from './helpers';

const nlr: MatrixCell = { code: 'NLR', text: 'NLR', reasons: '' };
const lic: MatrixCell = { code: 'LIC', text: 'LIC (NS1)', reasons: 'NS1 X for China (15 CFR 738 Supp. 1)' };
const emb: MatrixCell = { code: 'EMB', text: 'EMB', reasons: 'Cuba embargo (15 CFR 746.2)' };
const request = {
  title: 'Catalog × destination matrix',
  subtitle: ['Rules pack t · effective 2026-07-01'],
  labelHeaders: ['Row', 'Part Number', 'ECCN'],
  destinations: ['Germany', 'China', 'Cuba'],
  products: [
    { labels: ['3', 'A', '3A001'], cells: [nlr, lic, emb] },
    { labels: ['4', 'B', 'EAR99'], cells: [nlr, nlr, emb] },
  ],
};

test('a new sheet per matrix, cells coloured by outcome, reasons in a table below on ExcelApi < 1.18', async () => {
  const wb = withFake(FakeWorkbook.fromGrid('Catalog', [['x']], { excelApiVersion: '1.17' }));
  const first = await writeMatrixSheet(request);
  expect(first).toEqual({ sheetName: 'EARmark Matrix', reasonsIn: 'table' });
  expect(wb.values('EARmark Matrix', 'A4:F6')).toEqual([
    ['Row', 'Part Number', 'ECCN', 'Germany', 'China', 'Cuba'],
    ['3', 'A', '3A001', 'NLR', 'LIC (NS1)', 'EMB'],
    ['4', 'B', 'EAR99', 'NLR', 'NLR', 'EMB'],
  ]);
  const sheet = wb.requireSheet('EARmark Matrix');
  expect(sheet.cell(4, 3)?.fill).toBe('#C6EFCE');
  expect(sheet.cell(4, 4)?.fill).toBe('#FFEB9C');
  expect(sheet.cell(4, 5)?.fill).toBe('#FFC7CE');
  expect(wb.values('EARmark Matrix', 'A9:D12')).toEqual([
    ['Product', 'Destination', 'Result', 'Reasons'],
    ['3 · A · 3A001', 'China', 'LIC (NS1)', 'NS1 X for China (15 CFR 738 Supp. 1)'],
    ['3 · A · 3A001', 'Cuba', 'EMB', 'Cuba embargo (15 CFR 746.2)'],
    ['4 · B · EAR99', 'Cuba', 'EMB', 'Cuba embargo (15 CFR 746.2)'],
  ]);
  // A second matrix never replaces the first.
  await expect(writeMatrixSheet(request)).resolves.toMatchObject({ sheetName: 'EARmark Matrix 2' });
  expect(wb.activeSheetName).toBe('EARmark Matrix 2');
});

test('with ExcelApi 1.18 the reasons go into cell notes', async () => {
  const wb = withFake(FakeWorkbook.fromGrid('Catalog', [['x']], { excelApiVersion: '1.18' }));
  await expect(writeMatrixSheet(request)).resolves.toEqual({ sheetName: 'EARmark Matrix', reasonsIn: 'notes' });
  const sheet = wb.requireSheet('EARmark Matrix');
  expect(sheet.cell(4, 4)?.note).toBe('NS1 X for China (15 CFR 738 Supp. 1)');
  expect(sheet.cell(4, 3)?.note).toBeUndefined();
  expect(wb.values('EARmark Matrix', 'A9:A9')[0][0]).toBe('');
});
