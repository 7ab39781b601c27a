/**
 * A party name as the matcher compares it: lower-case ASCII words with diacritics, punctuation
 * and legal forms taken out. Legal forms (Ltd, GmbH, OOO, PJSC, …) say nothing about *which*
 * company a name is, and are written in many equivalent ways, so they are dropped rather than
 * matched: "Maple Tools Limited" and "MAPLE TOOLS LTD." then read the same.
 */

import { typoSimilarity } from './typoSimilarity';

/** Letters NFKD does not decompose into ASCII. */
const TRANSLITERATION: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

/**
 * Legal-form words and phrases, longest first (so "limited liability company" is one form, not
 * "limited" + "liability" + "company"). Russian forms are listed as transliterated: OOO = LLC,
 * OAO/ZAO/PAO/AO = (public/closed/open) JSC.
 */
const LEGAL_FORM_PHRASES: readonly string[][] = [
  ['obshchestvo', 's', 'ogranichennoy', 'otvetstvennostyu'],
  ['limited', 'liability', 'company'],
  ['limited', 'liability', 'partnership'],
  ['public', 'joint', 'stock', 'company'],
  ['open', 'joint', 'stock', 'company'],
  ['closed', 'joint', 'stock', 'company'],
  ['joint', 'stock', 'company'],
  ['public', 'limited', 'company'],
  ['private', 'limited'],
  ['sdn', 'bhd'],
  ['pty', 'ltd'],
  ['pte', 'ltd'],
  ['pvt', 'ltd'],
  ['co', 'ltd'],
];

const LEGAL_FORM_WORDS = new Set([
  'co', 'company', 'ltd', 'limited', 'inc', 'incorporated', 'corp', 'corporation', 'llc', 'llp', 'lp', 'plc',
  'gmbh', 'mbh', 'ag', 'kg', 'sa', 'sas', 'sarl', 'srl', 'spa', 'bv', 'nv', 'oy', 'ab', 'as', 'aps', 'kft',
  'ooo', 'oao', 'zao', 'pao', 'ao', 'jsc', 'ojsc', 'cjsc', 'pjsc', 'tov', 'pte', 'pty', 'pvt', 'bhd', 'sdn',
  'fze', 'fzco', 'fzc', 'fzllc', 'llc', 'jv', 'sl', 'sro', 'doo', 'kk', 'tbk', 'pt', 'cv',
]);

/**
 * Long legal-form words are recognised through one typo too ("LIMITD", "COMPNY"): left in, a
 * mistyped legal form would count as a distinctive word and sink an otherwise exact match.
 */
const LONG_LEGAL_WORDS = ['limited', 'company', 'corporation', 'incorporated', 'liability', 'joint', 'stock'];

/** Words that join the parts of a name and identify nothing. */
const STOP_WORDS = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'de', 'del', 'la', 'le', 'der', 'und', 'et', 'y']);

/** Lower-case ASCII with punctuation as spaces; "&" reads "and"; apostrophes join ("O'Brien" → "obrien"). */
export function foldText(text: string): string {
  let s = text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(/[ßæœøłđðþıħ]/g, (c) => TRANSLITERATION[c] ?? c);
  // Dotted abbreviations are one word: "b.v." → "bv", "g.m.b.h." → "gmbh", "l.l.c." → "llc".
  s = s.replace(/\b(?:[a-z]\.){2,}/g, (m) => m.replace(/\./g, ''));
  return s
    .replace(/&/g, ' and ')
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function isLegalForm(token: string): boolean {
  return LEGAL_FORM_WORDS.has(token);
}

/**
 * The words that identify a party: folded, single letters run together ("L.L.C." → "llc",
 * "A B C Trading" → "abc trading"), legal forms and stop words left out. A name made only of
 * such words keeps them, so that it can still be matched at all.
 */
export function partyTokens(name: string): string[] {
  const words = joinInitials(foldText(name).split(' ').filter((w) => w !== ''));
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const phrase = LEGAL_FORM_PHRASES.find((p) => p.every((w, k) => sameLegalWord(words[i + k], w)));
    if (phrase) {
      i += phrase.length - 1;
      continue;
    }
    if (LEGAL_FORM_WORDS.has(words[i]) || STOP_WORDS.has(words[i]) || isMistypedLegalWord(words[i])) continue;
    kept.push(words[i]);
  }
  return kept.length ? kept : words;
}

function sameLegalWord(word: string | undefined, legal: string): boolean {
  if (word === undefined) return false;
  return word === legal || (legal.length >= 5 && typoSimilarity(word, legal) > 0);
}

function isMistypedLegalWord(word: string): boolean {
  return word.length >= 4 && LONG_LEGAL_WORDS.some((legal) => legal.length >= 5 && typoSimilarity(word, legal) > 0);
}

function joinInitials(words: string[]): string[] {
  const out: string[] = [];
  let run = '';
  for (const w of words) {
    if (w.length === 1 && /[a-z]/.test(w)) {
      run += w;
      continue;
    }
    if (run) out.push(run), (run = '');
    out.push(w);
  }
  if (run) out.push(run);
  return out;
}
