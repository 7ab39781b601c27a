import type { ScreeningHit } from '../../src/engine';
import {
  SCREENING_DECISIONS_KEY,
  falsePositiveDecision,
  loadScreeningDecisions,
  recordScreeningDecision,
  withdrawScreeningDecision,
} from '../../src/excel/screeningDecisions';
import { FakeWorkbook } from '../fakes';
import { withFake } from './helpers';

const hit: ScreeningHit = {
  name: 'Quillon Micro', list: 'EL', score: 1, party: 'Quillon Micro', role: 'endUser', entryId: 'fx-el-1',
  listedName: 'Quillon Microsystems Co., Ltd.', fingerprint: '0123456789abcdef',
};

describe('screening decisions in the workbook', () => {
  it('records who ruled a hit a false positive, when, on which party and entry, and why, under earmark.screeningDecisions', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', [['x']]));
    expect(await loadScreeningDecisions()).toEqual([]);
    const decision = falsePositiveDecision(hit, ' Customer is Quillon Micro of Ontario ', 'a.reviewer@example.com', new Date('2026-08-02T09:00:00Z'));
    await recordScreeningDecision(decision);

    expect(await loadScreeningDecisions()).toEqual([{
      party: 'Quillon Micro', entryId: 'fx-el-1', fingerprint: '0123456789abcdef', listedName: 'Quillon Microsystems Co., Ltd.', list: 'EL',
      reason: 'Customer is Quillon Micro of Ontario', decidedBy: 'a.reviewer@example.com', decidedAt: '2026-08-02T09:00:00.000Z',
    }]);
    expect([...wb.settings.keys()]).toEqual([SCREENING_DECISIONS_KEY]);
  });

  it('replaces an earlier decision on the same party (as the matcher reads it) and entry, keeps the others', async () => {
    withFake(FakeWorkbook.fromGrid('S', [['x']]));
    await recordScreeningDecision(falsePositiveDecision(hit, 'first', 'a', new Date('2026-08-01T00:00:00Z')));
    await recordScreeningDecision(falsePositiveDecision({ ...hit, entryId: 'fx-el-3' }, 'other entry', 'a'));
    const all = await recordScreeningDecision(falsePositiveDecision({ ...hit, party: 'QUILLON MICRO' }, 'second', 'b'));
    expect(all.map((d) => [d.entryId, d.reason])).toEqual([['fx-el-3', 'other entry'], ['fx-el-1', 'second']]);
    expect(await withdrawScreeningDecision('quillon micro', 'fx-el-1')).toHaveLength(1);
  });

  it('reads a damaged setting as no decisions, and drops malformed entries one by one', async () => {
    const wb = withFake(FakeWorkbook.fromGrid('S', [['x']]));
    wb.settings.set(SCREENING_DECISIONS_KEY, JSON.stringify('{not json'));
    expect(await loadScreeningDecisions()).toEqual([]);
    const good = falsePositiveDecision(hit, 'ok', 'a', new Date('2026-08-01T00:00:00Z'));
    wb.settings.set(SCREENING_DECISIONS_KEY, JSON.stringify(JSON.stringify([good, { party: 'x' }, 7])));
    expect(await loadScreeningDecisions()).toEqual([good]);
  });

  it('refuses a decision without a reason, or on a hit that is not from a list', () => {
    expect(() => falsePositiveDecision(hit, '  ', 'a')).toThrow(/reason/);
    expect(() => falsePositiveDecision({ name: 'x', list: 'EL', score: 1 }, 'why', 'a')).toThrow(/list-screening hit/);
  });
});
