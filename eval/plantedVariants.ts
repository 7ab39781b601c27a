import type { ScreeningEntry } from '../src/engine/screening/ScreeningList';

/** A listed party, written the way a catalog might write it. */
export interface PlantedVariant {
  kind: 'exact' | 'punctuation-case' | 'legal-form' | 'typo' | 'alias' | 'reordered-person';
  text: string;
  entryId: string;
}

/** Small deterministic PRNG (mulberry32): the same sample every run, so figures are comparable. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Legal forms as catalogs rewrite them; whole phrases first, so "Limited Liability Company" is swapped as one. */
const LEGAL_SWAPS: Array<[RegExp, string]> = [
  [/\bLimited Liability Company\b/i, 'LLC'],
  [/\bJoint Stock Company\b/i, 'JSC'],
  [/\bCo\.,? Ltd\.?/i, 'Company Limited'],
  [/\bCompany Limited\b/i, 'Co., Ltd.'],
  [/\bLimited\b(?! Liability)/i, 'Ltd.'],
  [/\bLtd\.?/i, 'Limited'],
  [/\bInc\.?/i, 'Incorporated'],
  [/\bCorporation\b/i, 'Corp.'],
  [/\bCorp\.?/i, 'Corporation'],
  [/\bLLC\b/i, 'L.L.C.'],
  [/\bOOO\b/, 'LLC'],
  [/\bOAO\b/, 'PJSC'],
  [/\bJSC\b/, 'Joint Stock Company'],
  [/\bGmbH\b/, 'G.m.b.H.'],
  [/\bCompany\b/i, 'Co.'],
];

/** Variants of real listed names: exact, re-punctuated, legal form changed, one typo, alias, names reordered. */
export function plantVariants(entries: readonly ScreeningEntry[], perKind: number, seed = 20260731): PlantedVariant[] {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const usable = entries.filter((e) => e.name.replace(/[^A-Za-z]/g, '').length >= 6);
  const out: PlantedVariant[] = [];
  const add = (kind: PlantedVariant['kind'], make: (e: ScreeningEntry) => string | null, pool = usable) => {
    for (let tries = 0, made = 0; made < perKind && tries < perKind * 50; tries++) {
      const e = pick(pool);
      const text = make(e);
      if (text && text.trim() !== '') out.push({ kind, text, entryId: e.id }), made++;
    }
  };
  add('exact', (e) => e.name);
  add('punctuation-case', (e) => {
    const stripped = e.name.replace(/[.,]/g, '').replace(/\s+/g, ' ');
    return random() < 0.5 ? stripped.toUpperCase() : stripped.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
  });
  add('legal-form', (e) => {
    const swap = LEGAL_SWAPS.find(([re]) => re.test(e.name));
    return swap ? e.name.replace(swap[0], swap[1]) : `${e.name} Ltd`;
  });
  add('typo', (e) => {
    const words = e.name.split(' ');
    const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[A-Za-z]{6,}$/.test(w));
    if (!candidates.length) return null;
    const [word, i] = pick(candidates);
    const at = 1 + Math.floor(random() * (word.length - 2));
    const kind = Math.floor(random() * 3);
    const typo =
      kind === 0 ? word.slice(0, at) + word.slice(at + 1) // dropped letter
        : kind === 1 ? word.slice(0, at) + (word[at] === 'x' ? 'y' : 'x') + word.slice(at + 1) // wrong letter
          : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // swapped letters
    return [...words.slice(0, i), typo, ...words.slice(i + 1)].join(' ');
  });
  add('alias', (e) => (e.altNames.length ? pick(e.altNames) : null), usable.filter((e) => e.altNames.length > 0));
  add('reordered-person', (e) => {
    const words = e.name.replace(/,/g, ' ').split(/\s+/).filter((w) => w !== '');
    if (words.length < 2) return null;
    return [...words.slice(1), words[0]].join(' ');
  }, usable.filter((e) => e.type === 'Individual'));
  return out;
}
