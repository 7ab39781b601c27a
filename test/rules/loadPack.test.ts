import type { RulesPack } from '../../src/engine/pack/RulesPack';
import { bundledPack } from '../../src/rules/bundledPack';
import { canonicalJson, hashedPart } from '../../src/rules/canonicalJson';
import { loadPack } from '../../src/rules/loadPack';
import { PackError } from '../../src/rules/PackError';
import { sha256Hex } from '../../src/rules/sha256';

/** A deep copy of the bundled pack, changed by `edit`, and (unless `keepHash`) re-sealed. */
function variant(edit: (p: RulesPack) => void, keepHash = false): RulesPack {
  const p = JSON.parse(JSON.stringify(bundledPack())) as RulesPack;
  edit(p);
  if (!keepHash) p.meta.sha256 = sha256Hex(canonicalJson(hashedPart(p)));
  return p;
}

function refusal(input: unknown): PackError {
  try {
    loadPack(input);
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return e as PackError;
  }
  throw new Error('pack was accepted');
}

describe('bundledPack', () => {
  test('loads, verifies its sha256 and is memoized', () => {
    const p = bundledPack();
    expect(p.meta.effectiveDate).toBe('2026-07-23');
    expect(p.meta.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(bundledPack()).toBe(p);
  });

  test('the build script and the loader hash the same bytes', () => {
    const p = bundledPack();
    expect(sha256Hex(canonicalJson(hashedPart(p)))).toBe(p.meta.sha256);
  });

  test('canonical JSON ignores key order but not values', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});

describe('loadPack refuses', () => {
  test('a pack with a flipped fact (sha256 mismatch)', () => {
    const tampered = variant((p) => {
      const de = p.destinations.find((d) => d.code === 'DE')!;
      de.marks = de.marks.filter((m) => m !== 'NS1');
    }, true);
    const e = refusal(tampered);
    expect(e.message).toMatch(/do not match meta\.sha256/);
  });

  test('a changed dollar value (sha256 mismatch)', () => {
    const tampered = variant((p) => {
      const lvs = p.ccl.flatMap((c) => c.exceptions).find((x) => x.valueLimitUsd);
      lvs!.valueLimitUsd = 999999;
    }, true);
    expect(refusal(tampered).message).toMatch(/sha256/);
  });

  test('a pack without meta.sha256', () => {
    const p = variant(() => undefined);
    delete p.meta.sha256;
    expect(refusal(p).message).toMatch(/meta\.sha256 is missing/);
  });

  test('a dangling destination code in a group', () => {
    const p = variant((x) => x.countryGroups.find((g) => g.id === 'D:1')!.members.push('QQ'));
    const e = refusal(p);
    expect(e.message).toMatch(/broken references/);
    expect(e.message).toMatch(/Country Group D:1 names unknown destination code "QQ"/);
  });

  test('a dangling destination code in an embargo and in a licence row', () => {
    const p = variant((x) => {
      x.embargoes[0].destinations.push('ZZ');
      x.ccl[0].licenseRequirements.push({ reason: x.ccl[0].reasons[0] ?? 'AT', appliesTo: { kind: 'entire' }, destinations: { kind: 'countries', countries: ['XY'] } });
      if (!x.ccl[0].reasons.length) x.ccl[0].reasons.push('AT');
    });
    const e = refusal(p);
    expect(e.problems.join('\n')).toMatch(/embargo .* "ZZ"/);
    expect(e.problems.join('\n')).toMatch(/"XY"/);
  });

  test('a bad Country Chart column', () => {
    const p = variant((x) => {
      (x.destinations[0].marks as string[]).push('NS3');
    });
    const e = refusal(p);
    expect(e.message).toMatch(/does not match the pack schema/);
    expect(e.message).toMatch(/destinations\.0\.marks/);
  });

  test('a duplicate ECCN', () => {
    const p = variant((x) => x.ccl.push({ ...x.ccl[5] }));
    expect(refusal(p).message).toMatch(new RegExp(`duplicate ECCN ${bundledPack().ccl[5].eccn}`));
  });

  test('missing fields', () => {
    const p = variant((x) => {
      delete (x.ccl[3] as Partial<RulesPack['ccl'][number]>).citation;
      delete (x as Partial<RulesPack>).embargoes;
    });
    const e = refusal(p);
    expect(e.message).toMatch(/embargoes/);
    expect(e.message).toMatch(/ccl\.3\.citation/);
    expect(e.message.split('\n')).toHaveLength(1);
  });

  test('a footnote number no footnote defines', () => {
    const p = variant((x) => x.destinations[0].footnotes.push(42));
    expect(refusal(p).message).toMatch(/missing footnote 42/);
  });

  test('a name shared by two destinations', () => {
    const p = variant((x) => x.destinations.find((d) => d.code === 'FR')!.aliases.push('Deutschland'));
    expect(refusal(p).message).toMatch(/belongs to both/);
  });

  test('not an object at all', () => {
    expect(refusal(null).message).toMatch(/schema/);
    expect(refusal('pack').message).toMatch(/schema/);
  });
});
