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
  private readonly byWord = new Map<string, CclEntry[]>();

  constructor(entries: readonly CclEntry[]) {
    for (const entry of entries) {
      if (entry.special?.some((s) => s === 'reserved' || s === 'removed')) continue;
      const words = new Set<string>();
      for (const k of entry.keywords ?? []) for (const w of wordsOf(k)) words.add(stem(w));
      for (const w of wordsOf(entry.title)) words.add(stem(w));
      for (const w of words) {
        if (w.length < 3 || GENERIC.has(w) || /^\d/.test(w)) continue;
        let list = this.byWord.get(w);
        if (!list) this.byWord.set(w, (list = []));
        list.push(entry);
      }
    }
  }

  /** Up to `limit` entries sharing the most words with the text, each with the words shared. */
  candidates(words: readonly string[], limit = 3): KeywordCandidate[] {
    const hits = new Map<CclEntry, Set<string>>();
    for (const raw of words) {
      const w = stem(raw);
      const entries = this.byWord.get(w);
      if (!entries || entries.length > 60) continue; // a word in 60+ titles tells nothing
      for (const e of entries) {
        let set = hits.get(e);
        if (!set) hits.set(e, (set = new Set()));
        set.add(raw);
      }
    }
    return [...hits]
      .sort((a, b) => b[1].size - a[1].size || a[0].eccn.localeCompare(b[0].eccn))
      .slice(0, limit)
      .map(([e, m]) => ({ eccn: e.eccn, title: e.title, matched: [...m] }));
  }
}
