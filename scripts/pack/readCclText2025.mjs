// Reads the 2025 markdown CCL parse into the same shape as the 2026 snapshot's entries
// (heading, reasons, rows, exception flags), so both go through one parser.
export function indexCclText2025(categories) {
  const out = new Map();
  for (const c of categories) for (const g of c.product_groups ?? []) for (const e of g.eccn ?? []) {
    if (/^\d[A-E]\d{3}$/.test(e.code)) out.set(e.code, e);
  }
  return out;
}

const cells = (line) => line.split('|').slice(1, -1).map((s) => s.replace(/<br>/g, ' ').replace(/\*/g, '').trim());

export function entryFromMarkdown(code, e) {
  const d = e.details ?? '';
  const reasonMatch = d.match(/\*Reason for Control:\*\s*([^\n]*)/);
  const rows = [];
  const lines = d.split('\n');
  let inTable = false;
  for (const line of lines) {
    if (/^\|\s*Control\(s\)/i.test(line)) { inTable = true; continue; }
    if (inTable && /^\|[-\s|]+\|$/.test(line)) continue;
    if (inTable && line.startsWith('|')) {
      const [control, countryChart] = cells(line);
      if (control) rows.push({ control, countryChart: countryChart ?? '' });
      continue;
    }
    if (inTable && !line.startsWith('|')) inTable = false;
  }
  const flags = {};
  for (const m of d.matchAll(/^\*([A-Z]{3}):\*\s*(.*)$/gm)) flags[m[1]] = m[2].replace(/\*/g, '').trim();
  return {
    eccn: code,
    heading: e.description ?? '',
    reasonForControl: reasonMatch ? reasonMatch[1].replace(/\*/g, '').trim() : null,
    countryChart: rows,
    licenceExceptionFlags: flags,
  };
}
