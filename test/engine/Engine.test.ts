import { Engine } from '../../src/engine';
import { miniPack } from '../fixtures/miniPack';
import { rowOf } from './rowOf';

const engine = new Engine(miniPack);
const run = (eccn: string | null, destination: string | null, extra = {}) => engine.determine(rowOf({ eccn, destination, ...extra }));
const codes = (d: ReturnType<typeof run>) => d.warnings.map((w) => w.code);

describe('CCL × Country Chart (738.4)', () => {
  it('5A992.c to Germany: AT only, no X → NLR, said not to be a clearance', () => {
    const d = run('5a992.C', 'Germany');
    expect(d).toMatchObject({ eccn: '5A992.c', eccnSource: 'input', licenseRequirement: 'NLR', licenseReasons: [], status: 'CLEAR' });
    expect(d.reasonsForControl).toEqual(['RS', 'AT']);
    expect(d.basis).toMatch(/end-user, end-use and party checks/);
    expect(d.citations).toContain('15 CFR 738 Supp. 1: Germany, AT1 no X');
  });

  it('3A001.c to China: NS 2 has an X → licence required, citing the column', () => {
    const d = run('3A001.c', 'China');
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.licenseReasons).toEqual(['NS2']);
    expect(d.citations).toContain('15 CFR 738 Supp. 1: China, NS2 X');
    expect(d.status).toBe('FLAGGED');
    expect(d.licenseExceptions).toEqual([]); // China is not in Country Group B
  });

  it('3A001.c to Germany: NS 2 has no X → NLR', () => {
    expect(run('3A001.c', 'Germany').licenseRequirement).toBe('NLR');
  });

  it('3A001.b.2 to Germany: NS 1 turns on the civil-telecom condition → required, with a warning', () => {
    const d = run('3A001.b.2', 'DE');
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.licenseReasons).toEqual(['NS1']);
    expect(codes(d)).toContain('CONDITION_NOT_CHECKED');
    // Germany is in Country Group B: LVS (value missing → stated with its limit) and GBS are candidates.
    expect(d.licenseExceptions).toEqual(['LVS if value ≤ $1500', 'GBS']);
  });

  it('LVS against the shipment value: unit value × quantity', () => {
    expect(run('3A001.b.2', 'DE', { value: '$800', quantity: 2 }).licenseExceptions).toEqual(['GBS']);
    expect(run('3A001.b.2', 'DE', { value: '700', quantity: 1 }).licenseExceptions).toEqual(['LVS', 'GBS']);
  });

  it('entry-level ECCN whose answer differs by paragraph: most restrictive, and asks for the paragraph', () => {
    const d = run('6A003', 'Germany');
    expect(d.licenseReasons).toEqual(['RS1']);
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(codes(d)).toContain('PARAGRAPH_NEEDED');
  });

  it('paragraph-scoped rows are honoured: 6A003.b.4.b (RS 2 row) to Germany has no RS 1', () => {
    const d = run('6A003.b.4.b', 'Germany');
    expect(d.licenseRequirement).toBe('NLR');
  });

  it('footnote 7: 6A003.b.4.b to India needs RS 2 although the grid has no RS 2 X', () => {
    const d = run('6A003.b.4.b', 'India');
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.licenseReasons).toEqual(['RS2']);
    expect(d.citations.some((c) => c.includes('footnote 7'))).toBe(true);
  });

  it('footnote 10: firearms to the United Kingdom, but not the 0A501.y paragraph', () => {
    expect(run('0A501.a', 'UK').licenseReasons).toEqual(['FC1']);
    expect(run('0A501.y', 'United Kingdom').licenseRequirement).toBe('NLR');
  });

  it('countries named by a row (UN) are checked by name', () => {
    const d = run('0A501.a', 'Congo (Democratic Republic of the)');
    expect(d.licenseReasons).toEqual(expect.arrayContaining(['NS1', 'RS1', 'UN']));
  });

  it('a section pointer is never turned into NLR', () => {
    const d = run('5A002.a', 'Canada');
    expect(d.licenseRequirement).toBe('NOT_DETERMINED');
    expect(codes(d)).toContain('SEE_OTHER_SECTION');
    expect(d.status).toBe('NEEDS_REVIEW');
  });

  it('Hong Kong is governed by the China row', () => {
    const d = run('3A001.c', 'Hong Kong');
    expect(d.destination).toBe('Hong Kong');
    expect(d.licenseReasons).toEqual(['NS2']);
    expect(codes(d)).toContain('GOVERNED_BY_OTHER_ROW');
  });

  it('600-series items to D:5 lose every licence exception (740.2(a)(12))', () => {
    const d = run('0A501.c', 'China', { value: 10 });
    expect(d.licenseExceptions).toEqual([]);
    expect(d.citations.some((c) => c.startsWith('15 CFR 740.2(a)(12)'))).toBe(true);
  });
});

describe('embargoes (Part 746)', () => {
  it.each(['Cuba', 'Iran', 'North Korea'])('%s: licence required even for EAR99', (place) => {
    const d = run('EAR99', place);
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.licenseReasons).toContain('EMBARGO');
    expect(d.status).toBe('FLAGGED');
  });

  it('Russia: every CCL item needs a licence (746.8)', () => {
    const d = run('5A992.c', 'Russia');
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.citations).toContain('15 CFR 746.8(a)(1)');
  });

  it('Russia: EAR99 is not decided without the HTS code, and never left unflagged', () => {
    const d = run('EAR99', 'RU');
    expect(d.licenseRequirement).toBe('NOT_DETERMINED');
    expect(codes(d)).toContain('EAR99_CHECK_HTS');
    expect(d.status).toBe('FLAGGED');
  });
});

describe('what the engine will not guess', () => {
  it('EAR99 elsewhere: NLR with its basis', () => {
    const d = run('EAR99', 'Canada');
    expect(d.licenseRequirement).toBe('NLR');
    expect(d.citations).toContain('15 CFR 734.3(c)');
  });

  it.each([
    [null, 'Germany', 'ECCN_MISSING'],
    ['5A99', 'Germany', 'INVALID_ECCN'],
    ['5A999', 'Germany', 'UNKNOWN_ECCN'],
    ['5A992.c', null, 'DESTINATION_MISSING'],
    ['5A992.c', 'Atlantis', 'UNKNOWN_DESTINATION'],
    ['5A992.c', 'Korea', 'AMBIGUOUS_DESTINATION'],
  ])('%p to %p → NOT_DETERMINED with %s', (eccn, destination, code) => {
    const d = run(eccn, destination);
    expect(d.licenseRequirement).toBe('NOT_DETERMINED');
    expect(d.status).toBe('NEEDS_REVIEW');
    expect(codes(d)).toContain(code);
    expect(d.warnings.find((w) => w.code === code)!.citation).toMatch(/15 CFR/);
  });

  it('lists the candidates of an ambiguous destination', () => {
    const w = run('5A992.c', 'Congo').warnings.find((x) => x.code === 'AMBIGUOUS_DESTINATION')!;
    expect(w.message).toMatch(/Congo \(Republic of the\)/);
    expect(w.message).toMatch(/Congo \(Democratic Republic of the\)/);
  });

  it('flags a reserved paragraph', () => {
    expect(codes(run('5A992.a', 'Germany'))).toContain('RESERVED_PARAGRAPH');
  });

  it('reports screening as not performed, never as no match', () => {
    const d = run('EAR99', 'Canada', { endUser: 'Maple Tools Ltd' });
    expect(codes(d)).toContain('SCREENING_NOT_PERFORMED');
    expect(d.screening).toEqual([]);
  });
});

describe('end uses without a screening list (Part 744)', () => {
  it('reads a military end use in a 744.21 destination from the row, with no list loaded', () => {
    const d = run('EAR99', 'China', { endUse: 'Spare parts for the army' });
    const w = d.warnings.find((x) => x.code === 'END_USE_MILITARY');
    expect(w?.citation).toBe('15 CFR 744.21');
  });

  it('does not raise 744.21 for a destination it does not name', () => {
    expect(run('EAR99', 'Germany', { endUse: 'Spare parts for the army' }).warnings.map((x) => x.code)).not.toContain('END_USE_MILITARY');
  });
});
