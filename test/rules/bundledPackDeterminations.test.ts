/**
 * Licence determinations on the bundled pack, each expectation read from the regulation
 * (15 CFR 738 Supp. 1, 740, 742, 746, 774 Supp. 1 as of the eCFR issue of 2026-07-23).
 */
import { Engine, type CatalogRow, type Determination } from '../../src/engine';
import { bundledPack } from '../../src/rules';

const pack = bundledPack();
const engine = new Engine(pack);
const run = (eccn: string | null, destination: string | null, extra: Partial<CatalogRow> = {}): Determination =>
  engine.determine({
    row: 2, partNumber: 'P', description: null, eccn, destination, endUser: null, endUse: null, value: null,
    quantity: null, casNumber: null, attributes: {}, ...extra,
  });
const codes = (d: Determination) => d.warnings.map((w) => w.code);

describe('destinations as catalogs spell them', () => {
  it('every destination resolves from its chart name and its ISO alpha-2 and alpha-3 codes', () => {
    for (const d of pack.destinations) {
      expect(run('EAR99', d.name).destination).toBe(d.name);
      if (d.iso2) expect(run('EAR99', ` ${d.iso2.toLowerCase()} `).destination).toBe(d.name);
      if (d.iso3) expect(run('EAR99', d.iso3).destination).toBe(d.name);
    }
  });

  it.each([
    ['UK', 'United Kingdom'], ['USA', 'United States'], ['Russia', 'Russia'], ['Turkey', 'Türkiye'],
    ['Türkiye', 'Türkiye'], ['Czechia', 'Czech Republic'], ['Holland', 'Netherlands'], ['Myanmar', 'Burma'],
    ['Burma', 'Burma'], ['Ivory Coast', "Cote d'Ivoire"], ['South Korea', 'Korea, South'], ['North Korea', 'Korea, North'],
  ])('%s → %s', (text, name) => {
    expect(run('EAR99', text).destination).toBe(name);
  });

  it.each(['Congo', 'Korea'])('%s is ambiguous and lists its candidates', (text) => {
    const d = run('3A001.c', text);
    expect(d.licenseRequirement).toBe('NOT_DETERMINED');
    expect(codes(d)).toContain('AMBIGUOUS_DESTINATION');
  });
});

describe('CCL × Country Chart (738.4)', () => {
  it('5A992.c (AT only) to Germany and to China: NLR, never shown as a clearance', () => {
    for (const place of ['Germany', 'China']) {
      const d = run('5A992.c', place);
      expect(d.licenseRequirement).toBe('NLR');
      expect(d.basis).toMatch(/end-user, end-use and party checks/);
    }
  });

  it('3A001.c to China: NS 2 X; to Germany: no NS 2 X', () => {
    const china = run('3A001.c', 'China');
    expect(china.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(china.licenseReasons).toContain('NS2');
    expect(china.citations).toContain('15 CFR 738 Supp. 1: China, NS2 X');
    expect(run('3A001.c', 'Germany').licenseRequirement).toBe('NLR');
  });

  it('Hong Kong is answered on the China row (85 FR 83788)', () => {
    const d = run('3A001.c', 'Hong Kong');
    expect(d.destination).toBe('Hong Kong');
    expect(d.licenseReasons).toContain('NS2');
    expect(codes(d)).toContain('GOVERNED_BY_OTHER_ROW');
  });

  it('firearms: 0A501.a needs NS 1 and RS 1 to Germany, FC 1 to Canada', () => {
    expect(run('0A501.a', 'Germany').licenseReasons).toEqual(expect.arrayContaining(['NS1', 'RS1']));
    expect(run('0A501.a', 'Canada').licenseReasons).toEqual(['FC1']);
  });

  it('AUKUS: Australia and the UK carry almost no marks, but footnote 10 keeps firearms licensable', () => {
    expect(run('3A001.c', 'Australia').licenseRequirement).toBe('NLR');
    const firearm = run('0A501.a', 'United Kingdom');
    expect(firearm.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(firearm.citations.some((c) => c.includes('footnote 10'))).toBe(true);
    expect(run('0A501.y', 'Australia').licenseRequirement).toBe('NLR'); // footnote 10 excepts 0A501.y
  });

  it('footnote 7: 6A003.b.4.b to India needs RS 2 although India has no RS 2 X', () => {
    const d = run('6A003.b.4.b', 'India');
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.citations.some((c) => c.includes('footnote 7'))).toBe(true);
  });

  it('paragraph-scoped worldwide row: 5A992.z.1 needs RS everywhere (742.6(a)(6)(iii)(A)); 5A992.c does not', () => {
    const d = run('5A992.z.1', 'Germany');
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.licenseReasons).toContain('RS');
  });

  it('encryption: 5A002.a needs NS 1 and EI to Germany, with ENC as a candidate; to Canada, nothing (742.15(a))', () => {
    const germany = run('5A002.a', 'Germany');
    expect(germany.licenseReasons).toEqual(expect.arrayContaining(['NS1', 'EI']));
    expect(germany.licenseExceptions.some((x) => x.startsWith('ENC'))).toBe(true);
    expect(run('5A002.a', 'Canada').licenseRequirement).toBe('NLR');
  });

  it('UN rows reach only UN-embargoed destinations: 0A501.a to Somalia must be checked, to Germany not', () => {
    expect(codes(run('0A501.a', 'Somalia'))).toContain('SEE_OTHER_SECTION');
    expect(codes(run('0A501.a', 'Germany'))).not.toContain('SEE_OTHER_SECTION');
  });

  it('600-series to D:5 or Macau: no licence exceptions (740.2(a)(12))', () => {
    for (const place of ['China', 'Macau']) {
      const d = run('9A610.x', place, { value: 10 });
      expect(d.licenseExceptions).toEqual([]);
    }
  });

  it('LVS and GBS to Country Group B when the entry allows them', () => {
    // 3A001.a.1 (NS 2 only outside its MT sub-paragraph) to a Group B destination with an NS 2 X.
    const group = pack.countryGroups.find((g) => g.id === 'B')!;
    const withNs2 = pack.destinations.find((d) => group.members.includes(d.code) && d.marks.includes('NS2'))!;
    const d = run('3A001.c', withNs2.name);
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.licenseExceptions.some((x) => x.startsWith('LVS'))).toBe(true);
  });

  it('738.3(a)(1): 5A980 needs a licence to every destination, Canada included', () => {
    const d = run('5A980', 'Canada');
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
  });
});

describe('embargoes and sanctions (Part 746)', () => {
  it.each([
    ['Cuba', '746.2'],
    ['North Korea', '746.4'],
    ['Crimea', '746.6'],
  ])('EAR99 to %s needs a licence (%s)', (place, section) => {
    const d = run('EAR99', place);
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.licenseReasons).toContain('EMBARGO');
    expect(d.citations.some((c) => c.includes(section))).toBe(true);
  });

  it.each(['Russia', 'Belarus', 'Iran', 'Syria'])('every CCL item to %s needs a licence, 4A994 included', (place) => {
    const d = run('4A994', place);
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.licenseReasons).toContain('EMBARGO');
  });

  it.each(['Russia', 'Belarus', 'Iran'])('EAR99 to %s turns on the HTS code: flagged, not decided', (place) => {
    const d = run('EAR99', place);
    expect(d.licenseRequirement).toBe('NOT_DETERMINED');
    expect(d.status).toBe('FLAGGED');
    expect(codes(d)).toContain('EAR99_CHECK_HTS');
  });
});

describe('footnote 10 conditions', () => {
  it('0A502 to the UK turns on the barrel length: reported as required, with the condition to check', () => {
    const d = run('0A502', 'United Kingdom');
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    const w = d.warnings.find((x) => x.code === 'CONDITION_NOT_CHECKED');
    expect(w?.message).toMatch(/18 inches/);
  });
});
