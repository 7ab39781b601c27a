import type { CatalogRow } from '../catalog/CatalogRow';

/**
 * The words of a row the rules read: description, end use and every technical attribute column
 * ("Frame rate: 30 Hz"), lower-cased. `padded` holds only letters, digits and single spaces with a
 * space at each end, so a phrase is matched as whole words with one `includes(" phrase ")`.
 */
export interface RowText {
  /** Lower-cased, original punctuation kept (for numbers with units). */
  raw: string;
  /** " word word … " */
  padded: string;
  /** The words in order (repeats kept: cheaper than de-duplicating, and harmless to look-ups). */
  words: string[];
}

export function rowTextOf(row: CatalogRow): RowText {
  let raw = row.description ?? '';
  if (row.casNumber) raw += `; cas: ${row.casNumber}`;
  for (const header in row.attributes) {
    const value = row.attributes[header];
    if (value) raw += `; ${header}: ${value}`;
  }
  if (row.endUse) raw += `; end use: ${row.endUse}`;
  raw = raw.toLowerCase();
  const words = wordsOf(raw);
  return { raw, padded: ` ${words.join(' ')} `, words };
}

/**
 * Letters and digits; µ kept ("µm"); anything else ("-", "/", ",") splits words
 * ("semi-automatic" → semi automatic). A hand loop rather than split(regex): this runs for every
 * row, and a regex split of a new string costs several times more.
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
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

/**
 * A list of phrases compiled once for fast tests against many rows: one-word phrases are set
 * look-ups, longer ones a substring test on the padded text, "word*" a prefix test.
 */
export class PhraseMatcher {
  private readonly single = new Map<string, string>();
  /** Multi-word phrases and prefixes in one alternation: one scan of the row instead of one per phrase. */
  private readonly scan: RegExp | null;

  constructor(phrases: readonly string[]) {
    const alternatives: string[] = [];
    for (const raw of phrases) {
      const p = normalizePhrase(raw);
      if (!p) continue;
      if (p.endsWith('*')) alternatives.push(escape(p.slice(0, -1)));
      else if (p.includes(' ')) alternatives.push(`${escape(p)}(?= )`);
      else this.single.set(p, p);
    }
    // Longest first, so "smartphone case" is reported rather than a shorter phrase at the same place.
    alternatives.sort((a, b) => b.length - a.length);
    this.scan = alternatives.length ? new RegExp(` (?:${alternatives.join('|')})`) : null;
  }

  /** The first phrase found in the text (a prefix phrase reports the prefix), or undefined. */
  find(text: RowText): string | undefined {
    if (this.single.size) for (const w of text.words) if (this.single.has(w)) return w;
    if (this.scan) {
      const m = this.scan.exec(text.padded);
      if (m) return m[0].slice(1);
    }
    return undefined;
  }

  test(text: RowText): boolean {
    return this.find(text) !== undefined;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
