import type { CatalogRow } from '../catalog/CatalogRow';

/**
 * The words of a row the rules read: description, end use and every technical attribute column
 * ("Frame rate: 30 Hz"), lower-cased. `padded` holds only letters, digits and single spaces with a
 * space at each end, so a phrase is matched as whole words with one `includes(" phrase ")`.
 */
export class RowText {
  private joined: string | undefined;
  private split: string[] | undefined;

  constructor(
    /** Lower-cased, original punctuation kept (for numbers with units). */
    readonly raw: string,
    /** Per word, its number in the vocabulary of rule words, or -1 for a word no matcher knows. */
    readonly ids: readonly number[],
    /** The vocabulary marking this text (see `Vocabulary`): stale once another row is read. */
    readonly mark: number,
    /** Whether some registered prefix starts one of the words (prefix rules are only tried then). */
    public hasPrefix: boolean,
    /** How many words the vocabulary held when the text was read: `ids` knows no later one. */
    readonly known: number,
  ) {}

  /** " word word … ", made on first use: a row whose rules test single words never needs it. */
  get padded(): string {
    if (this.joined === undefined) {
      let joined = this.raw.replace(SEPARATORS, ' ');
      if (joined.charCodeAt(0) === 32 || joined.charCodeAt(joined.length - 1) === 32) joined = joined.trim();
      this.joined = ` ${joined} `;
    }
    return this.joined;
  }

  /** The words in order (repeats kept), split on first use: most rows never need them as strings. */
  get words(): string[] {
    return (this.split ??= this.padded.length > 2 ? this.padded.slice(1, -1).split(' ') : []);
  }
}

/** Runs of characters that split words (see wordsOf). */
const SEPARATORS = /[^a-z0-9\u00b5\u03bc]+/g;

/** Trie slots: a–z, 0–9, µ (U+00B5), μ (U+03BC); -1 for a character that splits words. */
const SLOTS = 38;
const SLOT_OF = new Int8Array(0x3bd).fill(-1);
for (let c = 97; c <= 122; c++) SLOT_OF[c] = c - 97;
for (let c = 48; c <= 57; c++) SLOT_OF[c] = c - 22;
SLOT_OF[0xb5] = 36;
SLOT_OF[0x3bc] = 37;
const slotOf = (c: number): number => (c < 0x3bd ? SLOT_OF[c] : -1);


/**
 * Every word, word prefix ("aes*") and rarest word of a phrase that a PhraseMatcher, the rule
 * index or the substance names look for, numbered once and held in a character trie. Reading a
 * row walks its characters once through the trie — no word is cut out as a string or hashed —
 * and marks the known words and prefixes with the row's stamp; a matcher then tests its phrases
 * with array reads instead of scanning the row (or a regular expression) again for every rule.
 *
 * A text's marks hold only until the next row is read or a new word is numbered: `current`
 * tells, and matchers fall back to scanning a stale text (an explanation written later).
 */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  /** Trie: children[node * SLOTS + slot] is the child node (0: none; node 0 is the root). */
  private children = new Int32Array(SLOTS * 4096);
  /** Per node, the word ending there and the prefix ending there (-1: none). */
  private wordAt = new Int32Array(4096).fill(-1);
  private prefixAt = new Int32Array(4096).fill(-1);
  private nodes = 1;
  /** Prefixes spanning words ("chemical weapon*"): tested on the padded text when their first word occurs. */
  private readonly spacedPrefixes: Array<{ id: number; first: number; padded: string }> = [];
  private marks = new Int32Array(1024);
  /** Words and prefixes numbered so far. */
  size = 0;
  private stamp = 0;
  /** Changes whenever a word is numbered or the stamps restart: older marks are then not trusted. */
  private epoch = 0;
  /** `epoch * 2^31 + stamp` of the last text read. */
  private lastMark = -1;

  /** The word's number, adding it when new. */
  word(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.add(word);
    this.wordAt[this.nodeFor(word)] = id;
    return id;
  }

  /** A prefix's number (kept apart from whole words: "aes*" is not "aes"). */
  prefix(prefix: string): number {
    const key = `${prefix}*`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.add(key);
    if (prefix.includes(' ')) this.spacedPrefixes.push({ id, first: this.word(prefix.slice(0, prefix.indexOf(' '))), padded: ` ${prefix}` });
    else this.prefixAt[this.nodeFor(prefix)] = id;
    return id;
  }

  private add(key: string): number {
    const id = this.size++;
    this.ids.set(key, id);
    if (id >= this.marks.length) this.marks = grow(this.marks, this.marks.length * 2, 0);
    this.epoch++;
    return id;
  }

  /** The trie node of a word of word characters, created as needed. */
  private nodeFor(word: string): number {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const slot = slotOf(word.charCodeAt(i));
      if (slot < 0) throw new Error(`not a word: "${word}"`);
      let next = this.children[node * SLOTS + slot];
      if (!next) {
        next = this.nodes++;
        if (next >= this.wordAt.length) {
          const n = this.wordAt.length * 2;
          this.children = grow(this.children, n * SLOTS, 0);
          this.wordAt = grow(this.wordAt, n, -1);
          this.prefixAt = grow(this.prefixAt, n, -1);
        }
        this.children[node * SLOTS + slot] = next;
      }
      node = next;
    }
    return node;
  }

  /**
   * Reads a lower-cased text in one pass over its characters: pushes each word's number (or -1)
   * to `ids`, marks the known words and prefixes, and returns the text.
   */
  read(raw: string): RowText {
    if (this.stamp >= 0x7ffffffe) {
      this.marks.fill(0);
      this.stamp = 0;
      this.epoch++;
    }
    const stamp = ++this.stamp;
    const marks = this.marks;
    const children = this.children;
    const wordAt = this.wordAt;
    const prefixAt = this.prefixAt;
    const ids: number[] = [];
    let hasPrefix = false;
    let inWord = false;
    let node = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      const slot = c < 0x3bd ? SLOT_OF[c] : -1;
      if (slot < 0) {
        if (inWord) {
          const id = node > 0 ? wordAt[node] : -1;
          ids.push(id);
          if (id >= 0) marks[id] = stamp;
          inWord = false;
          node = 0;
        }
        continue;
      }
      inWord = true;
      if (node < 0) continue;
      node = children[node * SLOTS + slot] || -1;
      if (node > 0 && prefixAt[node] >= 0) {
        marks[prefixAt[node]] = stamp;
        hasPrefix = true;
      }
    }
    if (inWord) {
      const id = node > 0 ? wordAt[node] : -1;
      ids.push(id);
      if (id >= 0) marks[id] = stamp;
    }
    this.lastMark = this.epoch * 0x80000000 + stamp;
    const text = new RowText(raw, ids, this.lastMark, hasPrefix, this.size);
    for (const p of this.spacedPrefixes) {
      if (marks[p.first] === stamp && text.padded.includes(p.padded)) {
        marks[p.id] = stamp;
        text.hasPrefix = true;
      }
    }
    return text;
  }

  /** The marks are the text's own (no row read and no word numbered since). */
  current(text: RowText): boolean {
    return text.mark === this.lastMark && text.mark === this.epoch * 0x80000000 + this.stamp;
  }

  /** Whether the current text holds the word or prefix `id` (only when `current`). */
  has(id: number): boolean {
    return this.marks[id] === this.stamp;
  }
}

function grow(a: Int32Array<ArrayBuffer>, length: number, fill: number): Int32Array<ArrayBuffer> {
  const out = new Int32Array(length);
  if (fill) out.fill(fill);
  out.set(a);
  return out;
}

export const vocabulary = new Vocabulary();

export function rowTextOf(row: CatalogRow): RowText {
  let raw = row.description ?? '';
  if (row.casNumber) raw += `; cas: ${row.casNumber}`;
  for (const header in row.attributes) {
    const value = row.attributes[header];
    if (value) raw += `; ${header}: ${value}`;
  }
  if (row.endUse) raw += `; end use: ${row.endUse}`;
  return textOf(raw.toLowerCase());
}

/** The RowText of an already lower-cased text. */
export function textOf(raw: string): RowText {
  return vocabulary.read(raw);
}

/**
 * Letters and digits; µ kept ("µm"); anything else ("-", "/", ",") splits words
 * ("semi-automatic" → semi automatic). A hand loop rather than split(regex): this runs for every
 * row, and a regex split of a new string costs several times more.
 */
export function wordsOf(text: string): string[] {
  return splitWords(text.toLowerCase());
}

function splitWords(lower: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 0xb5 || c === 0x3bc;
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words.push(lower.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) words.push(lower.slice(start));
  return words;
}

/** Whole-word phrase test; "uncooled*" matches words starting with "uncooled". */
export function hasPhrase(padded: string, phrase: string): boolean {
  if (phrase.endsWith('*')) return padded.includes(` ${phrase.slice(0, -1)}`);
  return padded.includes(` ${phrase} `);
}

/** A phrase as the padded form expects it ("semi-automatic" → "semi automatic"; a trailing "*" kept). */
export function normalizePhrase(phrase: string): string {
  const star = phrase.endsWith('*');
  const words = wordsOf(star ? phrase.slice(0, -1) : phrase).join(' ');
  return star ? `${words}*` : words;
}

/** The vocabulary numbers of a normalized phrase's words, in order (numbering new ones). */
export function sequenceOf(normalized: string): Int32Array {
  return Int32Array.from(normalized.split(' '), (w) => vocabulary.word(w));
}

/** Whether `ids` holds `seq` as consecutive words (a phrase whose words were all numbered before the text was read). */
export function containsSequence(ids: readonly number[], seq: Int32Array): boolean {
  const last = ids.length - seq.length;
  outer: for (let i = 0; i <= last; i++) {
    if (ids[i] !== seq[0]) continue;
    for (let j = 1; j < seq.length; j++) if (ids[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}

/** The word a phrase is indexed under: a prefix phrase's prefix, else its longest (rarest) word. */
export function phraseKey(normalized: string): number {
  if (normalized.endsWith('*')) return vocabulary.prefix(normalized.slice(0, -1));
  let longest = '';
  for (const w of normalized.split(' ')) if (w.length > longest.length) longest = w;
  return vocabulary.word(longest);
}

/**
 * A list of phrases compiled once for fast tests against many rows: one-word phrases and prefixes
 * are vocabulary marks, longer phrases a mark on their longest word and then one substring test
 * on the padded text.
 */
export class PhraseMatcher {
  /** One-word phrases by vocabulary number. */
  private readonly single = new Map<number, string>();
  /** The highest vocabulary number of a one-word phrase. */
  private readonly maxSingle: number = -1;
  /** Multi-word phrases and prefixes in one alternation: one scan of the row instead of one per phrase. */
  private readonly scan: RegExp | null;
  /** One-word phrases and prefixes, by vocabulary number. */
  private readonly marked: Int32Array;
  /** Multi-word phrases: the number of their longest word, and the numbers of their words in order. */
  private readonly multiKeys: Int32Array;
  private readonly multiWords: Int32Array[] = [];

  constructor(phrases: readonly string[]) {
    const alternatives: string[] = [];
    const marked: number[] = [];
    const multiKeys: number[] = [];
    for (const raw of phrases) {
      const p = normalizePhrase(raw);
      if (!p) continue;
      if (p.endsWith('*')) {
        alternatives.push(escapeRegExp(p.slice(0, -1)));
        marked.push(phraseKey(p));
      } else if (p.includes(' ')) {
        alternatives.push(`${escapeRegExp(p)}(?= )`);
        multiKeys.push(phraseKey(p));
        this.multiWords.push(sequenceOf(p));
      } else {
        const id = vocabulary.word(p);
        this.single.set(id, p);
        marked.push(id);
        if (id > this.maxSingle) this.maxSingle = id;
      }
    }
    // Longest first, so "smartphone case" is reported rather than a shorter phrase at the same place.
    alternatives.sort((a, b) => b.length - a.length);
    this.scan = alternatives.length ? new RegExp(` (?:${alternatives.join('|')})`) : null;
    this.marked = Int32Array.from(marked);
    this.multiKeys = Int32Array.from(multiKeys);
  }

  /** The first phrase found in the text (a prefix phrase reports the prefix), or undefined. */
  find(text: RowText): string | undefined {
    if (this.single.size) {
      if (this.maxSingle < text.known) {
        for (const id of text.ids) if (id >= 0 && this.single.has(id)) return this.single.get(id);
      } else {
        // Read before this matcher's words were numbered: compare the words themselves.
        const phrases = new Set(this.single.values());
        for (const w of text.words) if (phrases.has(w)) return w;
      }
    }
    if (this.scan) {
      const m = this.scan.exec(text.padded);
      if (m) return m[0].slice(1);
    }
    return undefined;
  }

  test(text: RowText): boolean {
    if (!vocabulary.current(text)) return this.find(text) !== undefined;
    const marked = this.marked;
    for (let i = 0; i < marked.length; i++) if (vocabulary.has(marked[i])) return true;
    const keys = this.multiKeys;
    for (let i = 0; i < keys.length; i++) if (vocabulary.has(keys[i]) && containsSequence(text.ids, this.multiWords[i])) return true;
    return false;
  }
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
