import type { Destination, RulesPack } from '../pack/RulesPack';
import { normalizeName } from './normalizeName';

export type DestinationMatch =
  | { kind: 'found'; destination: Destination }
  | { kind: 'ambiguous'; candidates: Destination[] }
  | { kind: 'unknown' };

/**
 * Resolves what a catalog writes in its destination column — Country Chart names, ISO names,
 * common names, ISO alpha-2 and alpha-3 codes — to one destination, or says it cannot.
 */
export class DestinationIndex {
  private readonly byKey = new Map<string, Destination>();
  private readonly byCode = new Map<string, Destination>();
  private readonly ambiguous = new Map<string, Destination[]>();

  constructor(pack: Pick<RulesPack, 'destinations' | 'ambiguousNames'>) {
    for (const d of pack.destinations) {
      this.byCode.set(d.code, d);
      for (const name of [d.name, ...d.aliases]) this.byKey.set(normalizeName(name), d);
      // Codes are matched exactly (upper case), so "IN" the code and "in" the word never meet by accident of case.
      if (d.iso2) this.byKey.set(`#${d.iso2.toUpperCase()}`, d);
      if (d.iso3) this.byKey.set(`#${d.iso3.toUpperCase()}`, d);
    }
    for (const a of pack.ambiguousNames) {
      const candidates = a.candidates.map((c) => this.byCode.get(c)).filter((d): d is Destination => !!d);
      this.ambiguous.set(normalizeName(a.name), candidates);
    }
  }

  byCodeOf(code: string): Destination | undefined {
    return this.byCode.get(code);
  }

  resolve(text: string): DestinationMatch {
    const trimmed = text.trim();
    if (/^[A-Za-z]{2,3}$/.test(trimmed)) {
      const byCode = this.byKey.get(`#${trimmed.toUpperCase()}`);
      if (byCode) return { kind: 'found', destination: byCode };
    }
    const key = normalizeName(trimmed);
    const ambiguous = this.ambiguous.get(key);
    if (ambiguous) return { kind: 'ambiguous', candidates: ambiguous };
    const found = this.byKey.get(key);
    return found ? { kind: 'found', destination: found } : { kind: 'unknown' };
  }
}
