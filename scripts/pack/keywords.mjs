// Search words for an entry: the meaningful words of our own title, plus the ECCN's category and
// product-group names. Deterministic, so the pack rebuilds byte for byte.
const STOP = new Set('a an and or of for the to in on with by as at from not other than its their this that these those use used using its items item entry'.split(' '));
const CATEGORY = ['nuclear', 'materials', 'processing', 'electronics', 'computers', 'telecom', 'sensors', 'navigation', 'marine', 'aerospace'];
const GROUP = { A: 'equipment', B: 'test-production', C: 'material', D: 'software', E: 'technology' };

export function keywordsFor(eccn, title) {
  const words = title
    .toLowerCase()
    .replace(/[()",;:]/g, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, ''))
    .filter((w) => w.length > 2 && !STOP.has(w));
  const out = [...new Set(words)].slice(0, 6);
  for (const extra of [CATEGORY[Number(eccn[0])], GROUP[eccn[1]]]) if (extra && !out.includes(extra)) out.push(extra);
  return out;
}
