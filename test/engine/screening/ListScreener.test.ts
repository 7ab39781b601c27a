import { Engine } from '../../../src/engine/Engine';
import type { Determination } from '../../../src/engine/Determination';
import { entryFingerprint } from '../../../src/engine/screening/entryFingerprint';
import { ListScreener, type ListScreenerOptions } from '../../../src/engine/screening/ListScreener';
import type { ScreeningDecision } from '../../../src/engine/screening/ScreeningDecision';
import type { ScreeningList } from '../../../src/engine/screening/ScreeningList';
import { miniPack } from '../../fixtures/miniPack';
import { rowOf } from '../rowOf';
import { fixtureList } from './screeningFixture';

const list = fixtureList();
const entry = (id: string) => list.entries.find((e) => e.id === id)!;

function run(facts: Parameters<typeof rowOf>[0], options: ListScreenerOptions = {}, screeningList: ScreeningList = list): Determination {
  const engine = new Engine(miniPack, { screener: new ListScreener(screeningList, { destinations: miniPack.destinations, ...options }) });
  return engine.determine(rowOf(facts));
}
const unscreened = (facts: Parameters<typeof rowOf>[0]) => new Engine(miniPack).determine(rowOf(facts));
const codes = (d: Determination) => d.warnings.map((w) => w.code);

// 5A992.c (AT only) to Germany needs no licence on the Country Chart: any requirement below comes from the list.
const plain = { eccn: '5A992.c', destination: 'Germany' };

describe('ListScreener: what each list does to the determination', () => {
  it('baseline: the plain row is NLR and, with no list, screening is reported as not performed', () => {
    const d = unscreened({ ...plain, endUser: 'Tarnwell Freight Forwarding LLC' });
    expect(d.licenseRequirement).toBe('NLR');
    expect(codes(d)).toContain('SCREENING_NOT_PERFORMED');
  });

  it('Denied Persons List: prohibited under General Prohibition 4, no licence exception', () => {
    const d = run({ ...plain, endUser: 'Tarnwell Freight Forwarding, LLC' });
    expect(d.licenseRequirement).toBe('PROHIBITED');
    expect(d.licenseReasons).toContain('DENIED_PERSON');
    expect(d.licenseExceptions).toEqual([]);
    expect(d.status).toBe('FLAGGED');
    expect(d.citations).toContain('15 CFR 736.2(b)(4)');
    expect(codes(d)).toContain('DENIED_PERSON');
    expect(codes(d)).not.toContain('SCREENING_NOT_PERFORMED');
    expect(d.screening).toEqual([
      expect.objectContaining({ list: 'DPL', name: 'Tarnwell Freight Forwarding LLC', party: 'Tarnwell Freight Forwarding, LLC', role: 'endUser', federalRegisterNotice: '88 FR 90002' }),
    ]);
  });

  it('Entity List (all items): licence required, no exceptions, the entry\'s requirement and policy quoted', () => {
    const d = run({ ...plain, endUser: 'Quillon Micro' });
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.licenseReasons).toContain('ENTITY_LIST');
    expect(d.licenseExceptions).toEqual([]);
    expect(d.citations).toEqual(expect.arrayContaining(['15 CFR 744.11', '15 CFR Part 744, Supp. No. 4']));
    const w = d.warnings.find((x) => x.code === 'ENTITY_LIST')!;
    expect(w.message).toContain('Presumption of denial.');
    expect(w.message).toContain('For all items subject to the EAR. (See §744.11 of the EAR)');
    expect(d.screening[0]).toMatchObject({
      list: 'EL', name: 'Quillon Micro', listedName: 'Quillon Microsystems Co., Ltd.', federalRegisterNotice: '89 FR 90003',
      licensePolicy: 'Presumption of denial.', fingerprint: entryFingerprint(entry('fx-el-1')),
    });
  });

  it('Entity List entry reaching only named projects: flagged for checking, requirement left to the rules', () => {
    const d = run({ ...plain, endUser: 'Borealis Petrochem Trading OOO' });
    expect(d.licenseRequirement).toBe('NLR');
    expect(d.status).toBe('FLAGGED');
    expect(d.warnings.find((w) => w.code === 'ENTITY_LIST')?.message).toContain('when used in projects specified in § 746.8(a)(4)');
  });

  it('Unverified List: no licence exception, UVL statement required', () => {
    const base = unscreened({ eccn: '3A001', destination: 'India', endUser: 'x' });
    const d = run({ eccn: '3A001', destination: 'India', endUser: 'Veltrane Instruments Trading FZE' });
    expect(d.licenseRequirement).toBe(base.licenseRequirement);
    expect(d.licenseExceptions).toEqual([]);
    expect(codes(d)).toContain('UNVERIFIED_LIST');
    expect(d.citations).toContain('15 CFR 744.15');
    expect(d.status).toBe('FLAGGED');
  });

  it('Military End-User List: licence required for an item in Supp. No. 2 to Part 744, otherwise a flag', () => {
    const listed = run({ ...plain, endUser: 'Karsk Aviation Design Bureau' }, { meuItems: ['5A992'] });
    expect(listed.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(listed.licenseReasons).toContain('MILITARY_END_USER');
    const unknown = run({ ...plain, endUser: 'KADB' });
    expect(unknown.licenseRequirement).toBe('NLR');
    expect(codes(unknown)).toContain('MILITARY_END_USER');
    expect(unknown.status).toBe('FLAGGED');
  });

  it('other agencies\' lists: flagged, naming the agency to consult', () => {
    const sdn = run({ ...plain, endUser: 'Marabou Shipping Co' });
    expect(sdn.licenseRequirement).toBe('NLR');
    expect(sdn.warnings.find((w) => w.code === 'OTHER_AGENCY_LIST')?.message).toMatch(/Office of Foreign Assets Control/);
    const dtc = run({ ...plain, endUser: 'Helmut Brandvold' });
    expect(dtc.warnings.find((w) => w.code === 'OTHER_AGENCY_LIST')?.message).toMatch(/Directorate of Defense Trade Controls/);
    expect(dtc.status).toBe('FLAGGED');
  });

  it('no match: says so in the basis and leaves the answer as it was', () => {
    const base = unscreened({ ...plain, endUser: 'Maple Garden Tools Ltd' });
    const d = run({ ...plain, endUser: 'Maple Garden Tools Ltd' });
    expect(d.screening).toEqual([]);
    expect(d.licenseRequirement).toBe(base.licenseRequirement);
    expect(d.status).toBe('CLEAR');
    expect(codes(d)).not.toContain('SCREENING_NOT_PERFORMED');
    expect(d.basis).toContain('"Maple Garden Tools Ltd" screened against the Consolidated Screening List of 2026-07-29 (10 entries): no match.');
  });

  it('screens the consignee too', () => {
    const d = run({ ...plain, endUser: 'Maple Garden Tools Ltd', consignee: 'Orrin Calloway' });
    expect(d.licenseRequirement).toBe('PROHIBITED');
    expect(d.screening[0]).toMatchObject({ role: 'consignee', party: 'Orrin Calloway', list: 'DPL' });
  });

  it('uses the address country as supporting evidence', () => {
    const toChina = run({ eccn: '5A992', destination: 'China', endUser: 'Quillon Micro' });
    const toGermany = run({ ...plain, endUser: 'Quillon Micro' });
    expect(toChina.screening[0].countryMatch).toBe(true);
    expect(toGermany.screening[0].countryMatch).toBe(false);
  });
});

describe('ListScreener: reviewers\' false-positive decisions', () => {
  const decision = (fingerprint: string): ScreeningDecision => ({
    party: 'QUILLON MICRO', entryId: 'fx-el-1', fingerprint, listedName: 'Quillon Microsystems Co., Ltd.', list: 'EL',
    reason: 'Our customer is Quillon Micro of Ontario, unrelated', decidedBy: 'a.reviewer@example.com', decidedAt: '2026-08-02T09:00:00.000Z',
  });

  it('suppresses the same party–entry pair while the entry is unchanged, and says so', () => {
    const d = run({ ...plain, endUser: 'Quillon Micro' }, { decisions: [decision(entryFingerprint(entry('fx-el-1')))] });
    expect(d.screening).toEqual([]);
    expect(d.licenseRequirement).toBe('NLR');
    expect(codes(d)).toContain('SCREENING_HIT_SUPPRESSED');
    expect(d.basis).toMatch(/suppressed: marked a false positive by a\.reviewer@example\.com on 2026-08-02/);
    expect(d.status).toBe('CLEAR');
  });

  it('no longer suppresses once the list entry has changed', () => {
    const amended: ScreeningList = {
      ...list,
      entries: list.entries.map((e) => (e.id === 'fx-el-1' ? { ...e, licensePolicy: 'Policy of denial.' } : e)),
    };
    const d = run({ ...plain, endUser: 'Quillon Micro' }, { decisions: [decision(entryFingerprint(entry('fx-el-1')))] }, amended);
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(d.basis).toContain('no longer applies: the list entry has changed');
  });

  it('does not suppress another party', () => {
    const d = run({ ...plain, endUser: 'Shenzhen Quillon Semiconductor' }, { decisions: [decision(entryFingerprint(entry('fx-el-1')))] });
    expect(d.licenseRequirement).toBe('LICENSE_REQUIRED');
  });
});

describe('ListScreener: end uses (Part 744) and red flags (Supp. No. 3 to Part 732)', () => {
  it.each([
    ['guidance electronics for a ballistic missile programme', 'Germany', 'END_USE_MISSILE', '15 CFR 744.3'],
    ['uranium enrichment plant', 'Germany', 'END_USE_NUCLEAR', '15 CFR 744.2'],
    ['nerve agent research', 'Germany', 'END_USE_CHEM_BIO', '15 CFR 744.4'],
    ['maintenance of air force transport aircraft', 'China', 'END_USE_MILITARY', '15 CFR 744.21'],
    ['signals intelligence station', 'Russia', 'END_USE_MILITARY_INTELLIGENCE', '15 CFR 744.22'],
    ['wafer fabrication line expansion', 'Germany', 'END_USE_ADVANCED_COMPUTING', '15 CFR 744.23'],
    ['customer declined to state end use; will re-export', 'Germany', 'RED_FLAG', '15 CFR Part 732, Supp. No. 3'],
  ])('"%s" to %s raises %s', (endUse, destination, code, citation) => {
    const d = run({ eccn: '5A992', destination, endUser: 'Maple Garden Tools Ltd', endUse });
    const w = d.warnings.find((x) => x.code === code);
    expect(w?.citation).toBe(citation);
    expect(d.citations).toContain(citation);
    expect(d.status).toBe('FLAGGED');
  });

  it('reads military end use only for the destinations 744.21 names', () => {
    expect(codes(run({ ...plain, endUse: 'air force transport aircraft' }))).not.toContain('END_USE_MILITARY');
    expect(codes(run({ eccn: '5A992', destination: 'Russia', endUse: 'air force transport aircraft' }))).toContain('END_USE_MILITARY');
  });

  it('does not take nuclear magnetic resonance for a nuclear end use', () => {
    expect(codes(run({ ...plain, description: 'Benchtop nuclear magnetic resonance spectrometer', endUse: 'university chemistry lab' }))).toEqual(
      codes(unscreened({ ...plain })),
    );
  });
});
