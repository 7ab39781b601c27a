import { ScreeningIndex } from '../../../src/engine/screening/ScreeningIndex';
import { DEFAULT_SCREENING_THRESHOLD } from '../../../src/engine/screening/matchThreshold';
import { fixtureList } from './screeningFixture';

const list = fixtureList();
const index = new ScreeningIndex(list.entries);
const hitIds = (party: string) => index.search(party, DEFAULT_SCREENING_THRESHOLD).map((m) => list.entries[m.entry].id);

describe('ScreeningIndex', () => {
  it.each([
    ['Quillon Microsystems Co., Ltd.', 'fx-el-1', 'exact'],
    ['QUILLON MICROSYSTEMS COMPANY LIMITED', 'fx-el-1', 'case and legal form'],
    ['Quilon Microsystems Ltd', 'fx-el-1', 'one letter dropped'],
    ['Quillon Mircosystems', 'fx-el-1', 'two letters swapped'],
    ['Shenzhen Quillon Semiconductor', 'fx-el-1', 'an alias'],
    ['Orrin Calloway', 'fx-dpl-1', 'a person, names reordered'],
    ['Calloway Orrin J.', 'fx-dpl-1', 'the alias, reordered'],
    ['Marabou Shipping Co.', 'fx-sdn-1', 'legal form'],
    ['Karsk Aviation Design Bureau', 'fx-meu-1', 'exact'],
    ['Borealis Petrochem Trading LLC', 'fx-el-2', 'OOO written LLC'],
  ])('finds "%s" (%s → %s)', (party, id) => {
    expect(hitIds(party)).toContain(id);
  });

  it('does not hit on shared generic words: Maple Garden Tools Ltd is not Beijing Garden Technology', () => {
    expect(hitIds('Maple Garden Tools Ltd')).toEqual([]);
    expect(hitIds('Beijing Garden Technology Co Ltd')).toEqual(['fx-el-3']);
  });

  it('does not hit ordinary names that share one word with a listed name', () => {
    expect(hitIds('Quillon Bakery Supplies')).toEqual([]);
    expect(hitIds('Karsk Tourism Agency')).toEqual([]);
    expect(hitIds('Veltrane')).toEqual([]);
  });

  it('matches a one-word vessel name only when the party is called just that', () => {
    expect(hitIds('Osprey Dawn')).toEqual(['fx-sdn-2']);
    expect(hitIds('Osprey Dawn Marine Catering Services')).toEqual([]);
  });

  it('scores an exact name 1 and a typo below it', () => {
    const [exact] = index.search('Tarnwell Freight Forwarding LLC', 0.5);
    const [typo] = index.search('Tarnwel Freight Forwarding LLC', 0.5);
    expect(exact.score).toBe(1);
    expect(typo.score).toBeLessThan(1);
    expect(typo.score).toBeGreaterThanOrEqual(DEFAULT_SCREENING_THRESHOLD);
  });
});
