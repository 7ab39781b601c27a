import { locateHeader, OUTPUT_HEADERS, readCatalogRows, toSavedMapping, type Grid } from '../../../src/engine';

const catalog: Grid = [
  ['Acme Instruments — export catalog', null, null, null],
  [null, null, null, null],
  ['Part No.', 'Item Description', 'ECCN', 'Ship-to Country', 'CAS No.', 'Frame rate (Hz)'],
  ['A-1', 'Thermal camera', '6A003.b.4.b', 'Germany', null, 30],
  [null, null, null, null],
  ['A-2', 'Router', '5A992.c', 'China', null, null],
];

describe('locateHeader', () => {
  it('finds a header row below title rows and maps synonyms', () => {
    const m = locateHeader(catalog)!;
    expect(m.headerRow).toBe(2);
    expect(m.fields).toEqual({ partNumber: 0, description: 1, eccn: 2, destination: 3, casNumber: 4 });
    expect(m.attributeColumns).toEqual([5]);
    expect(m.outputColumn).toBe(6);
  });

  it('returns null when no row names a part number, description or ECCN with another field', () => {
    expect(locateHeader([['Country', 'Qty'], ['DE', 1]])).toBeNull();
    expect(locateHeader([['hello'], ['world']])).toBeNull();
  });

  it('recognises its own output block and never maps it as input', () => {
    const rerun: Grid = [['SKU', 'Country', 'Notes', ...OUTPUT_HEADERS, 'Reviewer']];
    const m = locateHeader(rerun)!;
    expect(m.fields).toEqual({ partNumber: 0, destination: 1 });
    expect(m.outputColumn).toBe(3);
    expect(m.headers).toEqual(['SKU', 'Country', 'Notes']);
  });

  it('takes the first of duplicate headers', () => {
    const m = locateHeader([['Part Number', 'Country', 'Country']])!;
    expect(m.fields.destination).toBe(1);
  });

  it('lets a saved mapping win over the synonyms', () => {
    const grid: Grid = [['SKU', 'Country', 'Final Destination', 'Description']];
    const m = locateHeader(grid, { fields: { destination: 'final destination' } })!;
    expect(m.fields.destination).toBe(2);
    expect(toSavedMapping(m).fields.destination).toBe('Final Destination');
    // "Country" is no longer the destination, so it becomes an attribute.
    expect(m.attributeColumns).toContain(1);
  });
});

describe('readCatalogRows', () => {
  it('numbers rows as the sheet does and skips blank rows', () => {
    const m = locateHeader(catalog)!;
    const { rows, skipped } = readCatalogRows(catalog, m, 1);
    expect(skipped).toBe(1);
    expect(rows.map((r) => r.row)).toEqual([4, 6]);
    expect(rows[0]).toMatchObject({ partNumber: 'A-1', eccn: '6A003.b.4.b', destination: 'Germany', attributes: { 'Frame rate (Hz)': '30' } });
  });
});
