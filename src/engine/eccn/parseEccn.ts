/** An ECCN as written by an analyst, parsed. */
export type ParsedEccn =
  | { kind: 'ear99'; normalized: 'EAR99' }
  /** entry: "3A001"; paragraph: "b.4.b" (null at entry level); normalized: "3A001.b.4.b". */
  | { kind: 'eccn'; entry: string; paragraph: string | null; normalized: string }
  | { kind: 'invalid'; text: string; reason: string };

// Category digit, product group A–E, three digits; then paragraphs of letters or digits.
const ECCN_PATTERN = /^([0-9])([A-E])([0-9]{3})((?:\.[A-Z0-9]+)*)$/;

/**
 * Parses "5A992.c", "5a992.C", " 5A992 . c ", "EAR 99", "0A501.a", "9A610.x".
 * Case and spacing are forgiven; paragraph letters are normalized to lower case.
 */
export function parseEccn(text: string): ParsedEccn {
  const compact = text.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (compact === '') return { kind: 'invalid', text, reason: 'empty' };
  if (compact === 'EAR99' || compact === 'EAR-99') return { kind: 'ear99', normalized: 'EAR99' };
  const m = ECCN_PATTERN.exec(compact.replace(/\.$/, ''));
  if (!m) {
    return { kind: 'invalid', text, reason: 'not of the form 9X999 with optional paragraphs (e.g. 5A992.c) or EAR99' };
  }
  const entry = `${m[1]}${m[2]}${m[3]}`;
  const paragraph = m[4] ? m[4].slice(1).toLowerCase() : null;
  return { kind: 'eccn', entry, paragraph, normalized: paragraph ? `${entry}.${paragraph}` : entry };
}

/**
 * True when `paragraph` ("b.4.b") falls within `scope` ("b.4" or "b"): a paragraph covers
 * its own subparagraphs.
 */
export function paragraphWithin(paragraph: string, scope: string): boolean {
  return paragraph === scope || paragraph.startsWith(`${scope}.`);
}
