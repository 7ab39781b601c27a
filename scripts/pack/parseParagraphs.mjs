// Paragraph ids of an entry, for existence checks ("does 3A001.b.4.b exist?"). Only ids and a
// reserved/removed status are kept — never the paragraph text.
const ID = /^[a-z](\.[0-9a-z]+)*$/;

function statusOf(text) {
  if (/^\s*\[?\s*Reserved\s*\]?\.?\s*$/i.test(text) || /^\s*\[Reserved\]/i.test(text)) return 'reserved';
  if (/^\s*\[?\s*Removed\b/i.test(text)) return 'removed';
  return undefined;
}

/** From the 2026 snapshot's `items` (categories 1, 3, 4, 5). */
export function paragraphsFromItems(items) {
  const out = new Map();
  for (const it of items ?? []) {
    if (it.kind !== 'item' || !it.paragraph || !ID.test(it.paragraph)) continue;
    if (!out.has(it.paragraph)) out.set(it.paragraph, statusOf(it.text ?? ''));
  }
  return [...out].map(([id, status]) => (status ? { id, status } : { id }));
}

/** From the 2025 markdown `details`: lines after "*Items:*" that start with an id like "b.2.a.". */
export function paragraphsFromMarkdown(details) {
  const at = details.search(/\*Items:\*/);
  if (at < 0) return [];
  const out = new Map();
  for (const raw of details.slice(at).split('\n')) {
    // The first paragraph often shares the marker's line: "*Items:* a. Cameras that …".
    const line = raw.replace(/^\*Items:\*\s*/, '');
    if (line.startsWith('*')) continue; // notes and technical notes are italic: their lettering is not the entry's
    const m = line.match(/^([a-z](?:\.[0-9a-z]+)*)\.\s+(.*)$/);
    if (!m || !ID.test(m[1])) continue;
    if (!out.has(m[1])) out.set(m[1], statusOf(m[2]));
  }
  return [...out].map(([id, status]) => (status ? { id, status } : { id }));
}
