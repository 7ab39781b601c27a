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
}

export function rowTextOf(row: CatalogRow): RowText {
  let raw = row.description ?? '';
  for (const header in row.attributes) {
    const value = row.attributes[header];
    if (value) raw += `; ${header}: ${value}`;
  }
  if (row.endUse) raw += `; end use: ${row.endUse}`;
  raw = raw.toLowerCase();
  const padded = ` ${wordsOf(raw).join(' ')} `;
  return { raw, padded, words: [...new Set(padded.trim().split(' '))] };
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
