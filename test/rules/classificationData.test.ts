import type { RulesPack } from '../../src/engine/pack/RulesPack';
import { checkCas } from '../../src/engine';
import { bundledPack } from '../../src/rules/bundledPack';
import { checkIntegrity } from '../../src/rules/checkIntegrity';
import { readReference, referencePresent } from './referenceSnapshots';

const pack = bundledPack();
const data = pack.classification!;
const copy = (edit: (p: RulesPack) => void) => {
  const p = JSON.parse(JSON.stringify(pack)) as RulesPack;
  edit(p);
  return p;
};

describe('classification data in the bundled pack', () => {
  test('is present and passes integrity: every ECCN a rule, chemical or agent concludes exists in the CCL', () => {
    expect(data.rules.length).toBeGreaterThan(50);
    expect(checkIntegrity(pack)).toEqual([]);
  });

  test('every rule names its citation and what it checks', () => {
    for (const r of data.rules) {
      expect(r.citation).toMatch(/CFR/);
      expect(r.criteria.length).toBeGreaterThan(5);
    }
  });

  test('rules that point to the USML only ever send a row to review', () => {
    for (const r of data.rules.filter((x) => x.eccn === 'USML')) expect(r.outcome).toBe('review');
  });

  test('every listed CAS number passes its check digit', () => {
    for (const c of data.chemicals) expect(checkCas(c.cas).kind).toBe('valid');
  });

  test('integrity refuses a rule concluding an ECCN the CCL lacks, a reserved paragraph, a bad CAS number', () => {
    expect(checkIntegrity(copy((p) => { p.classification!.rules[0].eccn = '5A999.c'; }))).toEqual([expect.stringContaining('5A999.c, which is not in the CCL')]);
    expect(checkIntegrity(copy((p) => { p.classification!.rules[0].eccn = '9A515.c'; }))).toEqual([expect.stringContaining('reserved')]);
    expect(checkIntegrity(copy((p) => { p.classification!.chemicals[0].cas = '7664-39-4'; }))).toEqual([expect.stringContaining('check digit')]);
  });
});

(referencePresent ? describe : describe.skip)('chemicals against the reference snapshot', () => {
  const entries = readReference('ccl_2026-07-23.json').entries as Array<{ eccn: string; items?: Array<{ paragraph: string | null; kind: string; text: string }> }>;
  const casIn = (eccn: string) =>
    (entries.find((e) => e.eccn === eccn)?.items ?? [])
      .filter((i) => i.kind === 'item' && i.paragraph)
      .flatMap((i) => {
        const m = /C\.?\s*A\.?\s*S\.?\s*#?\s*(\d{2,7}-\d{2}-\d)/.exec(i.text);
        return m ? [{ cas: m[1], paragraph: `${eccn}.${i.paragraph}` }] : [];
      });

  test('every CAS number of 1C350 is listed with its paragraph', () => {
    const expected = casIn('1C350');
    expect(expected.length).toBeGreaterThanOrEqual(80);
    for (const { cas, paragraph } of expected) expect(data.chemicals.find((c) => c.cas === cas)?.eccn).toBe(paragraph);
  });

  test('every CAS number of 1C355 is listed, except those its notes exclude', () => {
    const excludedByNote = ['944-22-9', '108-01-0', '100-37-8']; // Fonofos; N,N-dimethyl/diethyl-aminoethanol (the last is 1C350.d.4)
    for (const { cas, paragraph } of casIn('1C355').filter((x) => !excludedByNote.includes(x.cas))) {
      expect(data.chemicals.find((c) => c.cas === cas)?.eccn).toBe(paragraph);
    }
  });

  test('1C350.b–.d mixtures are covered at 30 percent by weight, as the entry says', () => {
    for (const c of data.chemicals.filter((x) => x.eccn.startsWith('1C350'))) {
      expect(c.mixtureThresholdPct).toBe(30);
      expect(c.exclusive).toBeUndefined();
    }
  });
});
