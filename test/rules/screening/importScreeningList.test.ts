import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { importScreeningList, parseCslCsv, parseCslJson, ScreeningListError } from '../../../src/rules/screening';

const FIXTURES = path.resolve(__dirname, '../../fixtures/screening');
const csvText = readFileSync(path.join(FIXTURES, 'fictitious-list.csv'), 'utf8');
const jsonText = readFileSync(path.join(FIXTURES, 'fictitious-list.json'), 'utf8');

describe('consolidated.csv', () => {
  const list = parseCslCsv(csvText, '2026-07-29');

  it('reads every entry with its list, names, aliases, countries, FR citation and licence terms', () => {
    expect(list.entries).toHaveLength(10);
    expect(list.fileDate).toBe('2026-07-29');
    const quillon = list.entries.find((e) => e.id === 'fx-el-1');
    expect(quillon).toEqual({
      id: 'fx-el-1',
      list: 'EL',
      source: 'Entity List (EL) - Bureau of Industry and Security',
      name: 'Quillon Microsystems Co., Ltd.',
      altNames: ['Quillon Micro', 'Shenzhen Quillon Semiconductor'],
      countries: ['CN'],
      federalRegisterNotice: '89 FR 90003',
      licenseRequirement: 'For all items subject to the EAR. (See §744.11 of the EAR)',
      licensePolicy: 'Presumption of denial.',
      entityNumber: '70002',
      type: 'Entity',
      programs: [],
    });
    expect(list.entries.find((e) => e.id === 'fx-sdn-1')?.programs).toEqual(['IRAN', 'NPWMD']);
  });

  it('knows each source list by its code and counts entries per source', () => {
    expect(list.entries.map((e) => e.list)).toEqual(['DPL', 'DPL', 'EL', 'EL', 'EL', 'UVL', 'MEU', 'SDN', 'SDN', 'DTC']);
    expect(list.countsBySource['Entity List (EL) - Bureau of Industry and Security']).toBe(3);
    expect(list.countsBySource['Denied Persons List (DPL) - Bureau of Industry and Security']).toBe(2);
  });

  it('refuses a file whose header is not the CSL one, naming the missing columns', () => {
    expect(() => parseCslCsv('Name,Country\nAcme,DE\n')).toThrow(ScreeningListError);
    expect(() => parseCslCsv('Name,Country\nAcme,DE\n')).toThrow(/header lacks _id, source/);
  });

  it('refuses a file with an entry without a name, saying which one', () => {
    const lines = csvText.trimEnd().split('\n');
    lines[3] = lines[3].replace('"Quillon Microsystems Co., Ltd."', '');
    expect(() => parseCslCsv(lines.join('\n'))).toThrow(/Entry 3 .*name is empty/);
  });

  it('refuses a header with no entries, and broken quoting', () => {
    expect(() => parseCslCsv(csvText.split('\n')[0])).toThrow(/no entries/);
    expect(() => parseCslCsv(`${csvText.split('\n')[0]}\n"a,b`)).toThrow(ScreeningListError);
  });
});

describe('consolidated.json', () => {
  it('reads the same entries as the CSV, and the file date the JSON carries', () => {
    const fromJson = parseCslJson(jsonText, '1999-01-01');
    const fromCsv = parseCslCsv(csvText);
    expect(fromJson.entries).toEqual(fromCsv.entries);
    expect(fromJson.fileDate).toBe('2026-07-30T12:00:00+00:00');
  });

  it('refuses JSON that is not the CSL shape, or an entry without a source', () => {
    expect(() => parseCslJson('{"data": []}')).toThrow(/"results" array/);
    expect(() => parseCslJson('[1,2')).toThrow(/Not readable JSON/);
    const broken = JSON.parse(jsonText) as { results: Array<Record<string, unknown>> };
    delete broken.results[1].source;
    expect(() => parseCslJson(JSON.stringify(broken))).toThrow(/Entry 2 of "results" \(source\)/);
  });
});

describe('importScreeningList', () => {
  it('chooses the reader by extension and refuses others', () => {
    expect(importScreeningList('list.CSV', csvText).entries).toHaveLength(10);
    expect(importScreeningList('consolidated.json', jsonText).entries).toHaveLength(10);
    expect(() => importScreeningList('list.xlsx', csvText)).toThrow(/\.csv or \.json/);
  });
});

const REFERENCE = path.resolve(__dirname, '../../../../shared/reference');
const snapshotCsv = path.join(REFERENCE, 'consolidated_2026-07-31.csv');
const snapshotJson = path.join(REFERENCE, 'csl_2026-07-31.json');
const haveSnapshots = existsSync(snapshotCsv) && existsSync(snapshotJson);
if (!haveSnapshots) console.warn(`skipping CSL snapshot tests: ${REFERENCE} not present`);
(haveSnapshots ? describe : describe.skip)('the 2026-07-31 CSL snapshot', () => {
  interface Compact {
    entryCount: number;
    countsBySource: Record<string, number>;
    tables: { sources: string[] };
    entries: Array<{ n: string; a?: string[]; s: number; c?: string[] }>;
  }
  const compact = JSON.parse(readFileSync(snapshotJson, 'utf8')) as Compact;
  const list = importScreeningList(snapshotCsv, readFileSync(snapshotCsv, 'utf8'));

  it('imports every entry of the CSV, with the per-source counts the compact JSON states', () => {
    expect(list.entries).toHaveLength(compact.entryCount);
    expect(list.countsBySource).toEqual(compact.countsBySource);
    expect(list.entries.filter((e) => e.list === 'EL')).toHaveLength(3420);
    expect(list.entries.filter((e) => e.list === 'OTHER')).toHaveLength(0);
  });

  it('reads the same names, aliases and countries from trade.gov-shaped JSON built from the compact file', () => {
    const results = compact.entries.map((e) => ({
      name: e.n,
      alt_names: e.a ?? [],
      source: compact.tables.sources[e.s],
      addresses: (e.c ?? []).map((country) => ({ country })),
    }));
    const fromJson = parseCslJson(JSON.stringify({ results }));
    expect(fromJson.entries.map((e) => [e.name, e.countries, e.list])).toEqual(list.entries.map((e) => [e.name, e.countries, e.list]));
    // The compact file keeps a few alias cells unsplit ("A; B; C;"); elsewhere the aliases agree.
    const clean = compact.entries.map((e, i) => i).filter((i) => !(compact.entries[i].a ?? []).some((a) => a.includes(';')));
    expect(clean.length).toBeGreaterThan(25_000);
    expect(clean.map((i) => fromJson.entries[i].altNames)).toEqual(clean.map((i) => list.entries[i].altNames));
  });
});
