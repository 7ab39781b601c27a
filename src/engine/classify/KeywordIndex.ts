import type { CclEntry } from '../pack/RulesPack';
import { wordsOf } from './rowText';

export interface KeywordCandidate {
  eccn: string;
  title: string;
  /** The row's words that matched the entry's title or keywords. */
  matched: string[];
}

/** Words every category shares (category and product-group names): they add no evidence alone. */
const GENERIC = new Set([
  'equipment', 'material', 'materials', 'software', 'technology', 'test-production', 'processing', 'systems', 'system',
  'parts', 'components', 'related', 'other', 'lower-level', 'lower', 'level', 'items', 'controlled', 'covered', 'specially',
  'designed', 'including', 'based', 'nuclear', 'electronics', 'computers', 'telecom', 'sensors', 'navigation', 'marine',
  'aerospace', 'high', 'type', 'types', 'commodities', 'devices', 'assemblies', 'above', 'certain', 'n.e.s',
]);

/** Singular form used for both the index and the row ("cameras" and "camera" meet). */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * Search words → CCL entries, built once from the pack's titles and keywords. Suggests where to
 * look; it never decides: a row with only keyword matches is sent to review with these candidates.
 */
export class KeywordIndex {
  /** Stemmed word → entries (by number) whose title or keywords hold it. */
  private readonly byWord = new Map<string, number[]>();
  private readonly entries: CclEntry[] = [];
  /** Per entry, its place in ECCN order (ties broken by ECCN, as a sort would). */
  private readonly rank: Int32Array;
  /** Per entry, the query it was last hit by, and the row words that hit it then (no Map or Set per query). */
  private readonly hitAt: Int32Array;
  private readonly matched: string[][] = [];
  private stamp = 0;

  constructor(entries: readonly CclEntry[]) {
    for (const entry of entries) {
      if (entry.special?.some((s) => s === 'reserved' || s === 'removed')) continue;
      const n = this.entries.push(entry) - 1;
      const words = new Set<string>();
      for (const k of entry.keywords ?? []) for (const w of wordsOf(k)) words.add(stem(w));
      for (const w of wordsOf(entry.title)) words.add(stem(w));
      for (const w of words) {
        if (w.length < 3 || GENERIC.has(w) || /^\d/.test(w)) continue;
        let list = this.byWord.get(w);
        if (!list) this.byWord.set(w, (list = []));
        list.push(n);
      }
    }
    const order = this.entries.map((_, i) => i).sort((a, b) => this.entries[a].eccn.localeCompare(this.entries[b].eccn));
    this.rank = new Int32Array(this.entries.length);
    for (let i = 0; i < order.length; i++) {
      const same = i > 0 && this.entries[order[i]].eccn.localeCompare(this.entries[order[i - 1]].eccn) === 0;
      this.rank[order[i]] = same ? this.rank[order[i - 1]] : i;
    }
    this.hitAt = new Int32Array(this.entries.length);
  }

  /** Up to `limit` entries sharing the most words with the text, each with the words shared. */
  candidates(words: readonly string[], limit = 3): KeywordCandidate[] {
    if (this.stamp > 1e9) { this.hitAt.fill(0); this.stamp = 0; }
    const stamp = ++this.stamp;
    const hit: number[] = [];
    for (const raw of words) {
      const w = stem(raw);
      const list = this.byWord.get(w);
      if (!list || list.length > 60) continue; // a word in 60+ titles tells nothing
      for (const e of list) {
        if (this.hitAt[e] !== stamp) {
          this.hitAt[e] = stamp;
          this.matched[e] = [raw];
          hit.push(e);
        } else if (!this.matched[e].includes(raw)) this.matched[e].push(raw);
      }
    }
    // Most shared words first, then ECCN order, then first hit: the best `limit`, picked in turn.
    const out: KeywordCandidate[] = [];
    const taken = new Set<number>();
    while (out.length < limit && out.length < hit.length) {
      let best = -1;
      for (const e of hit) {
        if (taken.has(e)) continue;
        if (best < 0 || this.matched[e].length > this.matched[best].length || (this.matched[e].length === this.matched[best].length && this.rank[e] < this.rank[best])) best = e;
      }
      taken.add(best);
      const entry = this.entries[best];
      out.push({ eccn: entry.eccn, title: entry.title, matched: this.matched[best] });
    }
    return out;
  }
}
