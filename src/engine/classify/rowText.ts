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
  /** The distinct words, for the rule index. */
  words: string[];
  /** The same words as a set, for one-word phrases. */
  wordSet: Set<string>;
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
  const all = wordsOf(raw);
  const wordSet = new Set(all);
  return { raw, padded: ` ${all.join(' ')} `, words: [...wordSet], wordSet };
}

/** Letters and digits; µ kept ("µm"); "-" and "/" split words ("semi-automatic" → semi automatic). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9µμ]+/).filter(Boolean);
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
  private readonly multi: Array<[padded: string, phrase: string]> = [];
  private readonly prefixes: Array<[padded: string, phrase: string]> = [];

  constructor(phrases: readonly string[]) {
    for (const raw of phrases) {
      const p = normalizePhrase(raw);
      if (!p) continue;
      if (p.endsWith('*')) this.prefixes.push([` ${p.slice(0, -1)}`, p]);
      else if (p.includes(' ')) this.multi.push([` ${p} `, p]);
      else this.single.set(p, p);
    }
  }

  /** The first phrase found in the text, or undefined. */
  find(text: RowText): string | undefined {
    if (this.single.size) {
      // Iterate the smaller side.
      if (this.single.size < text.words.length) {
        for (const w of this.single.keys()) if (text.wordSet.has(w)) return w;
      } else {
        for (const w of text.words) if (this.single.has(w)) return w;
      }
    }
    for (const [padded, p] of this.multi) if (text.padded.includes(padded)) return p;
    for (const [padded, p] of this.prefixes) if (text.padded.includes(padded)) return p;
    return undefined;
  }

  test(text: RowText): boolean {
    return this.find(text) !== undefined;
  }
}
