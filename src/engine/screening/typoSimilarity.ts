/**
 * How alike two different words are, allowing one typo: one letter added, dropped, changed, or
 * two neighbours swapped (Damerau distance 1). Beyond one typo the words are different words.
 * Short words get no allowance: "ABC" and "ABD" are different companies, not a slip of the key.
 */
export const MIN_TYPO_LENGTH = 4;

/** Similarity in [0, 1): 0 when not within one typo. Longer words keep more of their identity. */
export function typoSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const shorter = Math.min(a.length, b.length);
  if (shorter < MIN_TYPO_LENGTH - 1 || Math.max(a.length, b.length) < MIN_TYPO_LENGTH) return 0;
  if (!withinOneEdit(a, b)) return 0;
  return Math.max(a.length, b.length) >= 6 ? 0.9 : 0.85;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // one swap
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i); // one insertion / deletion
}

/** Every string with one letter removed: two words within one edit share one of these (or the word). */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
