import { explainFor, KeywordIndex, searchCcl } from '../../../src/engine';
import { bundledPack } from '../../../src/rules';

const pack = bundledPack();

describe('searchCcl', () => {
  test('an ECCN (any case and spacing) finds its entry and keeps the paragraph asked for', () => {
    const [r] = searchCcl(pack, ' 6a003.B.4.b ');
    expect(r.eccn).toBe('6A003');
    expect(r.paragraph).toBe('b.4.b');
    expect(r.reasons).toEqual(expect.arrayContaining(['NS', 'RS', 'AT']));
    expect(r.rows.some((x) => x.startsWith('NS'))).toBe(true);
    expect(r.citation).toContain('6A003');
  });

  test('a partial ECCN lists the entries it begins', () => {
    const eccns = searchCcl(pack, '0A50').map((r) => r.eccn);
    expect(eccns).toEqual(expect.arrayContaining(['0A501', '0A502', '0A505']));
  });

  test('words find entries whose titles share them, with the words that matched', () => {
    const results = searchCcl(pack, 'thermal imaging cameras');
    expect(results[0].eccn).toBe('6A003');
    expect(results[0].matched).toEqual(expect.arrayContaining(['thermal']));
  });

  test('an unknown ECCN finds nothing', () => {
    expect(searchCcl(pack, '9Z999')).toEqual([]);
    expect(searchCcl(pack, '4B999')).toEqual([]);
  });

  test('explainFor answers for a chosen destination with the engine, citations included', () => {
    // 6A003.b.4.b carries NS 2 and RS 1: the Country Chart marks China in both columns.
    const china = explainFor(pack, '6A003.b.4.b', 'China');
    expect(china.determination.licenseRequirement).toBe('LICENSE_REQUIRED');
    expect(china.citations.some((c) => c.includes('6A003'))).toBe(true);
    // EAR99 to Canada: no licence on the chart.
    expect(explainFor(pack, 'EAR99', 'Canada').determination.licenseRequirement).toBe('NLR');
  });
});

describe('KeywordIndex', () => {
  test('ranks entries by the number of shared words and ignores words every category shares', () => {
    const index = new KeywordIndex(pack.ccl);
    expect(index.candidates(['equipment', 'systems'])).toEqual([]);
    const [first] = index.candidates(['body', 'armour']);
    expect(first.eccn).toBe('1A005');
  });
});
