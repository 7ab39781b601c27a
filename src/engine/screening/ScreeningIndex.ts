import { GENERIC_WORDS } from './genericWords';
import { partyTokens } from './partyTokens';
import type { ScreeningEntry } from './ScreeningList';
import { deletions, MIN_TYPO_LENGTH, typoSimilarity } from './typoSimilarity';

/** A name the list gives an entry: its primary name or one of its aliases. */
interface ListedName {
  entry: number;
  text: string;
  tokens: number[];
  /**
   * A one-word vessel name or person's alias ("OPAL", "JASPER") is an ordinary word; it matches
   * only a party called just that, not every company with the word in its name.
   */
  strict: boolean;
}

export interface NameMatch {
  entry: ScreeningEntry;
  /** The listed name or alias that matched. */
  matchedName: string;
  /** 0–1: how much of both names' identifying weight the match covers. */
  score: number;
}

/** A generic word weighs at most this much (a rare word in the list weighs ~8–11). */
const GENERIC_WEIGHT = 3;
/**
 * Words in more names than this are not used to find candidates (their postings would make every
 * search slow); a candidate must share a rarer word, a typo of one, or the whole name spelled without spaces.
 */
const MAX_BLOCKING_DF = 1500;

/**
 * The list indexed once for matching (token blocking): each word of every listed name and alias
 * → the names containing it, plus each word's one-letter deletions → the words, so a typo finds
 * its word without comparing the party with every entry. Words are weighted by rarity (IDF), so a
 * shared rare word counts for much and a shared common word for little.
 */
export class ScreeningIndex {
  private readonly names: ListedName[] = [];
  private readonly vocabulary = new Map<string, number>();
  private readonly words: string[] = [];
  private readonly df: number[] = [];
  private readonly postings: number[][] = [];
  private readonly byDeletion = new Map<string, number[]>();
  private readonly byJoined = new Map<string, number[]>();
  private weights: Float64Array = new Float64Array(0);
  /** Per word: whether it finds candidates (distinctive, and in few enough names). */
  private blocks: Uint8Array = new Uint8Array(0);
  private unknownWeight = 1;
  private readonly typoCache = new Map<string, Array<[number, number]>>();

  constructor(readonly entries: readonly ScreeningEntry[]) {
    entries.forEach((entry, e) => {
      const seen = new Set<string>();
      for (const text of [entry.name, ...entry.altNames]) {
        const tokens = partyTokens(text);
        const key = tokens.join(' ');
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        const ids = [...new Set(tokens)].map((t) => this.wordId(t));
        const strict = ids.length === 1 && /^(vessel|individual)$/i.test(entry.type ?? '');
        this.addName({ entry: e, text, tokens: ids, strict });
      }
    });
    this.weigh();
  }

  get nameCount(): number {
    return this.names.length;
  }

  /** The listed names a party name may be, best first, scored at least `minScore`. */
  search(partyName: string, minScore: number): Array<{ entry: number; matchedName: string; score: number }> {
    const query = [...new Set(partyTokens(partyName))];
    if (query.length === 0) return [];
    // Per query word: the list words it may stand for, with their similarity.
    const alternatives = query.map((q) => this.alternativesOf(q));
    const candidates = new Set<number>();
    for (const n of this.byJoined.get(query.join('')) ?? []) candidates.add(n);
    if (candidates.size === 0 && this.bestPossibleScore(query, alternatives) < minScore) return [];
    // A match needs a distinctive word in common (see score), so those find candidates; a party
    // word the list does not know that is one typo from a generic word ("Texhnologies") adds that
    // word's names too, or a listed name made of generic words could never be found mistyped.
    // A party named only in generic words is searched on them all.
    const all = alternatives.flat();
    const blocking = all.filter(([id]) => this.blocks[id] === 1);
    const mistypedGeneric = alternatives.flatMap((alts, i) => (this.vocabulary.has(query[i]) ? [] : alts.filter(([id]) => this.blocks[id] === 0)));
    for (const [id] of blocking.length ? [...blocking, ...mistypedGeneric] : all) for (const n of this.postings[id]) candidates.add(n);

    const best = new Map<number, { entry: number; matchedName: string; score: number }>();
    for (const n of candidates) {
      const name = this.names[n];
      const score = this.score(query, alternatives, name);
      if (score < minScore) continue;
      const previous = best.get(name.entry);
      if (!previous || score > previous.score) best.set(name.entry, { entry: name.entry, matchedName: name.text, score });
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  /**
   * Weighted overlap of the two names (a Dice coefficient over word weights): each party word is
   * paired with the listed word it is most like; unpaired words on either side count against.
   * Word order plays no part. At least one paired word must be distinctive (not generic).
   */
  private score(query: string[], alternatives: Array<Array<[number, number]>>, name: ListedName): number {
    if (this.isJoinedMatch(query, name)) return 1;
    let matched = 0;
    let total = 0;
    let distinctive = false;
    const used = new Set<number>();
    for (let i = 0; i < query.length; i++) {
      let bestId = -1;
      let bestSim = 0;
      for (const [id, sim] of alternatives[i]) {
        if (sim > bestSim && !used.has(id) && name.tokens.includes(id)) (bestId = id), (bestSim = sim);
      }
      if (bestId < 0) {
        if (name.strict) return 0;
        total += this.weightOfQueryWord(query[i]);
        continue;
      }
      used.add(bestId);
      const w = this.weights[bestId];
      matched += 2 * w * bestSim;
      total += w;
      if (!GENERIC_WORDS.has(this.words[bestId])) distinctive = true;
    }
    for (const id of name.tokens) total += this.weights[id];
    if (!distinctive && !this.isAllGeneric(name)) return 0;
    return total === 0 ? 0 : matched / total;
  }

  /**
   * An upper bound on any listed name's score: words the list knows (or knows one typo away)
   * paired perfectly, words it does not know left unpaired. Most ordinary customers have such a
   * word and fall below the threshold here, before any candidate is looked at.
   */
  private bestPossibleScore(query: string[], alternatives: Array<Array<[number, number]>>): number {
    let paired = 0;
    let unpaired = 0;
    query.forEach((q, i) => {
      if (alternatives[i].length === 0) unpaired += this.weightOfQueryWord(q);
      else paired += Math.max(...alternatives[i].map(([id]) => this.weights[id]));
    });
    return paired === 0 ? 0 : (2 * paired) / (2 * paired + unpaired);
  }

  private isJoinedMatch(query: string[], name: ListedName): boolean {
    return query.length !== name.tokens.length && query.join('') === name.tokens.map((t) => this.words[t]).join('');
  }

  /** A listed name made only of generic words can only be matched on them. */
  private isAllGeneric(name: ListedName): boolean {
    return name.tokens.every((t) => GENERIC_WORDS.has(this.words[t]));
  }

  private weightOfQueryWord(word: string): number {
    const id = this.vocabulary.get(word);
    if (id !== undefined) return this.weights[id];
    return GENERIC_WORDS.has(word) ? GENERIC_WEIGHT : this.unknownWeight;
  }

  /** The list words a party word may be: itself, and words one typo away. Cached: parties repeat words. */
  private alternativesOf(word: string): Array<[number, number]> {
    const cached = this.typoCache.get(word);
    if (cached) return cached;
    const found = new Map<number, number>();
    const exact = this.vocabulary.get(word);
    if (exact !== undefined) found.set(exact, 1);
    if (word.length >= MIN_TYPO_LENGTH - 1) {
      for (const key of [word, ...deletions(word)]) {
        for (const id of this.byDeletion.get(key) ?? []) {
          if (found.has(id)) continue;
          const sim = typoSimilarity(word, this.words[id]);
          if (sim > 0) found.set(id, sim);
        }
      }
    }
    const result = [...found.entries()];
    if (this.typoCache.size < 200_000) this.typoCache.set(word, result);
    return result;
  }

  private addName(name: ListedName): void {
    const n = this.names.push(name) - 1;
    for (const id of name.tokens) {
      this.df[id]++;
      this.postings[id].push(n);
    }
    if (name.tokens.length > 1) {
      const joined = name.tokens.map((t) => this.words[t]).join('');
      const list = this.byJoined.get(joined);
      if (list) list.push(n);
      else this.byJoined.set(joined, [n]);
    }
  }

  private wordId(word: string): number {
    let id = this.vocabulary.get(word);
    if (id !== undefined) return id;
    id = this.words.push(word) - 1;
    this.vocabulary.set(word, id);
    this.df.push(0);
    this.postings.push([]);
    if (word.length >= MIN_TYPO_LENGTH - 1) {
      for (const key of [word, ...deletions(word)]) {
        const ids = this.byDeletion.get(key);
        if (ids) ids.push(id);
        else this.byDeletion.set(key, [id]);
      }
    }
    return id;
  }

  /** IDF weights; a word the list has never seen is as rare as can be. */
  private weigh(): void {
    const n = this.names.length;
    this.weights = new Float64Array(this.words.length);
    for (let id = 0; id < this.words.length; id++) {
      const idf = Math.log((n + 1) / (this.df[id] + 1)) + 1;
      this.weights[id] = GENERIC_WORDS.has(this.words[id]) ? Math.min(idf, GENERIC_WEIGHT) : idf;
    }
    this.unknownWeight = Math.log(n + 1) + 1;
    this.blocks = new Uint8Array(this.words.length);
    for (let id = 0; id < this.words.length; id++) {
      this.blocks[id] = !GENERIC_WORDS.has(this.words[id]) && this.df[id] <= MAX_BLOCKING_DF ? 1 : 0;
    }
  }
}
