/**
 * Reviewers' false-positive decisions on screening hits, kept in the workbook (settings key
 * `earmark.screeningDecisions`, JSON) so they travel with the file and colleagues see them. Each
 * says who ruled, when, on which party and which list entry (with the entry's fingerprint, so a
 * later change to the entry reopens the question), and why. A damaged setting reads as no
 * decisions — every hit then shows again, which is the safe direction.
 */
import { z } from 'zod';
import { partyKey, type ScreeningDecision, type ScreeningHit } from '../engine';
import { runInExcel } from './runInExcel';

export const SCREENING_DECISIONS_KEY = 'earmark.screeningDecisions';

const decisionSchema = z.object({
  party: z.string().min(1),
  entryId: z.string().min(1),
  fingerprint: z.string().min(1),
  listedName: z.string(),
  list: z.string(),
  reason: z.string().min(1),
  decidedBy: z.string().min(1),
  decidedAt: z.string().min(1),
});

/** The decisions in a stored value; entries that do not have the right shape are dropped one by one. */
export function parseScreeningDecisions(value: unknown): ScreeningDecision[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = decisionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A decision on a hit, as the pane records it when a reviewer marks it a false positive. */
export function falsePositiveDecision(hit: ScreeningHit, reason: string, decidedBy: string, decidedAt: Date = new Date()): ScreeningDecision {
  if (!hit.party || !hit.entryId || !hit.fingerprint) throw new Error('Only a list-screening hit (party, entry, fingerprint) can be ruled on.');
  if (reason.trim() === '') throw new Error('A false-positive decision needs a reason.');
  return {
    party: hit.party,
    entryId: hit.entryId,
    fingerprint: hit.fingerprint,
    listedName: hit.listedName ?? hit.name,
    list: hit.list,
    reason: reason.trim(),
    decidedBy,
    decidedAt: decidedAt.toISOString(),
  };
}

const sameSubject = (a: ScreeningDecision, party: string, entryId: string) => a.entryId === entryId && partyKey(a.party) === partyKey(party);

async function readDecisions(context: Excel.RequestContext): Promise<ScreeningDecision[]> {
  const setting = context.workbook.settings.getItemOrNullObject(SCREENING_DECISIONS_KEY);
  setting.load('value');
  await context.sync();
  if (setting.isNullObject || typeof setting.value !== 'string') return [];
  try {
    return parseScreeningDecisions(JSON.parse(setting.value));
  } catch {
    return [];
  }
}

export async function loadScreeningDecisions(): Promise<ScreeningDecision[]> {
  return runInExcel({ writes: false }, (context) => readDecisions(context));
}

/**
 * Records a decision, replacing an earlier one on the same party and entry (read and written in
 * one batch, so a colleague's decision saved meanwhile is kept). Returns every decision now stored.
 */
export async function recordScreeningDecision(decision: ScreeningDecision): Promise<ScreeningDecision[]> {
  return runInExcel({ writes: true }, async (context) => {
    const kept = (await readDecisions(context)).filter((d) => !sameSubject(d, decision.party, decision.entryId));
    const all = [...kept, decision];
    context.workbook.settings.add(SCREENING_DECISIONS_KEY, JSON.stringify(all));
    await context.sync();
    return all;
  });
}

/** Withdraws the decision on a party and entry (the hit shows again on the next run). */
export async function withdrawScreeningDecision(party: string, entryId: string): Promise<ScreeningDecision[]> {
  return runInExcel({ writes: true }, async (context) => {
    const all = (await readDecisions(context)).filter((d) => !sameSubject(d, party, entryId));
    context.workbook.settings.add(SCREENING_DECISIONS_KEY, JSON.stringify(all));
    await context.sync();
    return all;
  });
}
