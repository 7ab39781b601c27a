import { foldText } from './partyTokens';

/**
 * A reviewer's ruling that a screening hit is a false positive: this party is not that list
 * entry. Kept with the workbook (src/excel/screeningDecisions.ts) so colleagues see it, and
 * honoured by later runs for as long as the entry reads the same (its fingerprint).
 */
export interface ScreeningDecision {
  /** The party as the catalog wrote it. */
  party: string;
  /** The list entry's id in the file, and the fingerprint of its content when decided. */
  entryId: string;
  fingerprint: string;
  /** What the reviewer saw: the listed name and list, for people reading the decision later. */
  listedName: string;
  list: string;
  reason: string;
  decidedBy: string;
  /** ISO 8601 timestamp. */
  decidedAt: string;
}

/** Parties are compared as the matcher reads them, so "ACME GmbH" and "Acme GmbH" are one party. */
export function partyKey(party: string): string {
  return foldText(party);
}

/** Decisions by party key and entry id, for look-up during a run. */
export class DecisionBook {
  private readonly byKey = new Map<string, ScreeningDecision>();

  constructor(decisions: readonly ScreeningDecision[] = []) {
    for (const d of decisions) this.byKey.set(`${partyKey(d.party)}\u0000${d.entryId}`, d);
  }

  /** The decision on this party and entry, whether or not the entry has changed since. */
  find(party: string, entryId: string): ScreeningDecision | undefined {
    return this.byKey.get(`${partyKey(party)}\u0000${entryId}`);
  }
}
