import type { CatalogRow, ItemClassifier, ItemIdentity } from '../../../src/engine';
import { MemoizedClassifier } from '../../../src/engine/classify/MemoizedClassifier';
import { rowOf } from '../rowOf';

function counting(): ItemClassifier & { calls: number } {
  const c = {
    calls: 0,
    identify(row: CatalogRow): ItemIdentity {
      c.calls++;
      return { eccn: row.eccn, source: 'input', basis: [`${row.description}|${JSON.stringify(row.attributes)}`], warnings: [], citations: [] };
    },
  };
  return c;
}

describe('MemoizedClassifier', () => {
  it('asks once per distinct row text, whatever the row number, part or destination', () => {
    const inner = counting();
    const memo = new MemoizedClassifier(inner);
    for (let i = 0; i < 10; i++) memo.identify(rowOf({ row: i, partNumber: `P${i}`, destination: i % 2 ? 'DE' : 'CN', description: 'Router', eccn: '5A992.c' }));
    expect(inner.calls).toBe(1);
  });

  it('tells rows apart by every field a classifier reads', () => {
    const inner = counting();
    const memo = new MemoizedClassifier(inner);
    const base = { description: 'Camera', eccn: null, casNumber: null, endUse: null, attributes: {} };
    const variants = [
      base,
      { ...base, description: 'Camera 30 Hz' },
      { ...base, eccn: '6A003' },
      { ...base, casNumber: '111-48-8' },
      { ...base, endUse: 'military' },
      { ...base, attributes: { 'Frame rate': '30 Hz' } },
      { ...base, attributes: { 'Frame rate': '60 Hz' } },
    ];
    const identities = variants.map((v) => memo.identify(rowOf(v)));
    expect(inner.calls).toBe(variants.length);
    // Asked again, each variant gets back its own answer, not a neighbour's.
    variants.forEach((v, i) => expect(memo.identify(rowOf(v))).toBe(identities[i]));
    expect(inner.calls).toBe(variants.length);
  });

  it('does not keep very long texts', () => {
    const inner = counting();
    const memo = new MemoizedClassifier(inner);
    const long = rowOf({ description: 'x'.repeat(5000) });
    memo.identify(long);
    memo.identify(long);
    expect(inner.calls).toBe(2);
  });
});
