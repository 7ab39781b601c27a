// Turns the CCL's paragraph references ("3A001.z.1.a, z.2.a", "0A505.a and .x", "paragraph .i")
// into bare paragraph ids ("z.1.a", "a", "x"). Returns null when the text is more than a plain
// list — the caller then keeps a condition instead of pretending to know the paragraphs.
const PARA = /^[a-z](\.[0-9]+(\.[a-z](\.[0-9]+)?)*)?(\.[a-z0-9]+)*$/;

export function parseParagraphList(text, eccn) {
  let t = text
    .replace(/[“”"]/g, '')
    .replace(/\b(items|commodities)\s+(controlled|described)\s+(by|in)\b/gi, '')
    .replace(/\b(ECCNs?|paragraphs?|of this (entry|ECCN)|this entry'?s?)\b/gi, '')
    .replace(/^\s*(to|in)\s+/i, '')
    .trim()
    .replace(/[.;:]+$/, '');
  const tokens = t.split(/\s*(?:,|\band\b|\bor\b|&)\s*/).map((s) => s.trim()).filter(Boolean);
  if (!tokens.length) return null;
  const out = [];
  for (let tok of tokens) {
    if (eccn && tok.startsWith(eccn)) tok = tok.slice(eccn.length);
    else if (/^\d[A-E]\d{3}/.test(tok)) return null; // another ECCN: not a paragraph of this one
    tok = tok.replace(/^\./, '').replace(/\.$/, '');
    if (!PARA.test(tok)) return null;
    out.push(tok);
  }
  return [...new Set(out)];
}

/** Every paragraph of `eccn` mentioned anywhere in a text (for hints inside conditions). */
export function mentionedParagraphs(text, eccn) {
  const out = new Set();
  const re = new RegExp(`${eccn}\\.([a-z](?:\\.[0-9a-z]+)*)`, 'g');
  for (const m of text.matchAll(re)) out.add(m[1].replace(/\.$/, ''));
  return [...out];
}
