// Chemicals (1C350, 1C355) and agents (1C351) for the classification rules, read from the
// snapshot's paragraph text: CAS numbers, names, paragraph ids and the mixture thresholds the
// paragraphs state. Facts only; nothing of the regulation's prose is kept but the names.

const CAS = /C\.?\s*A\.?\s*S\.?\s*(?:No\.?\s*)?#?\s*(\d{2,7}-\d{2}-\d)/i;

/** "30 percent or more" → {30, inclusive}; "more than 1 percent" → {1, exclusive}. */
function thresholdOf(text) {
  let m = /(\d+(?:\.\d+)?)\s*percent or more/i.exec(text);
  if (m) return { pct: Number(m[1]), exclusive: false };
  m = /more than\s*(\d+(?:\.\d+)?)\s*percent/i.exec(text);
  if (m) return { pct: Number(m[1]), exclusive: true };
  return null;
}

/** 1C350 and 1C355: every item paragraph naming a CAS number, with the nearest stated mixture threshold above it. */
export function listedChemicals(entries, problems) {
  const out = [];
  for (const eccn of ['1C350', '1C355']) {
    const entry = entries.find((e) => e.eccn === eccn);
    if (!entry?.items) { problems.push(`listedChemicals: ${eccn} has no items in the snapshot`); continue; }
    const thresholds = new Map();
    let inList = false;
    for (const item of entry.items) {
      if (item.kind !== 'item' || !item.paragraph) continue;
      // The entry's notes reuse letters a–e; the list of items starts at the first paragraph with a CAS number's parent.
      const t = thresholdOf(item.text);
      if (t) { thresholds.set(item.paragraph, t); inList = true; }
      const cas = CAS.exec(item.text);
      if (!cas || !inList || !item.paragraph.includes('.')) continue;
      const parentIds = item.paragraph.split('.').map((_, i, a) => a.slice(0, i + 1).join('.')).reverse();
      const threshold = parentIds.map((id) => thresholds.get(id)).find(Boolean);
      if (!threshold) { problems.push(`listedChemicals: no mixture threshold above ${eccn}.${item.paragraph}`); continue; }
      // "PFIB: 1,1,3,…" and "Phosgene: Carbonyl dichloride" keep the common name before the colon.
      const name = item.text
        .replace(/\(?C\.?\s*A\.?\s*S\.?\s*(?:No\.?\s*)?#?\s*\d{2,7}-\d{2}-\d\)?,?/i, '')
        .replace(/^\s*([^:]{2,30}):.*$/, '$1')
        .replace(/\s\[[^\]]*\]|\s\([^)]*\)/g, '')
        .replace(/ and mixtures.*$/i, '')
        .replace(/[;.,]+\s*(or|and)?\s*$/i, '')
        .trim();
      out.push({
        cas: cas[1], name, eccn: `${eccn}.${item.paragraph}`, mixtureThresholdPct: threshold.pct,
        ...(threshold.exclusive ? { exclusive: true } : {}), citation: `15 CFR 774 Supp. 1, ECCN ${eccn}.${item.paragraph}`,
      });
    }
  }
  return out;
}

const NOT_A_NAME = /^(includes|formerly|a\.k\.a|e\.g|far eastern|siberian|strain|see |small colony)/i;
/** Short upper-case abbreviations ("NEO", "STEC") would match unrelated words: not used as names. */
const ABBREVIATION = /^[A-Z0-9-]{1,5}$/;

/** 1C351: the named viruses, bacteria, toxins and fungi, with the paragraphs whose names carry a qualifier marked. */
export function listedAgents(entries, problems) {
  const entry = entries.find((e) => e.eccn === '1C351');
  if (!entry?.items) { problems.push('listedAgents: 1C351 has no items'); return []; }
  const out = [];
  const seen = new Map();
  for (const item of entry.items) {
    if (item.kind !== 'item' || !item.paragraph || !/^[a-e]\.\d+$/.test(item.paragraph) || /\[Reserved\]/i.test(item.text)) continue;
    let text = item.text.replace(/[;.]?\s*(or|and)?\s*$/i, '').replace(/;$/, '').trim();
    const aliases = [...text.matchAll(/\(([^)]*)\)/g)]
      .map((m) => m[1].replace(/[“”"]/g, '').trim())
      .filter((a) => a && !NOT_A_NAME.test(a) && !ABBREVIATION.test(a) && a.length < 60 && !/[;,]/.test(a));
    text = text.replace(/\([^)]*\)/g, '').replace(/ and all other members.*$| identified as .*$/i, (m) => (m.startsWith(' identified') ? ' identified' : '')).replace(/\s+/g, ' ').trim();
    const qualified = /,| as follows| identified as| strains| producing| types| subtype| serogroups| having /i.test(text);
    const main = text.split(',')[0].replace(/ identified$/, '').trim();
    const names = [main, ...aliases.map((a) => a.replace(/^a\.k\.a\.?\s*/i, '').replace(/^“|”$/g, ''))];
    // Plural toxin names are also written singular ("Aflatoxins" → "Aflatoxin").
    for (const n of [...names]) {
      if (/ins$/.test(n)) names.push(n.slice(0, -1));
      if (/viruses$/.test(n)) names.push(n.slice(0, -2));
    }
    const agent = { names: [...new Set(names.filter((n) => n.length > 2))], eccn: `1C351.${item.paragraph}`, citation: `15 CFR 774 Supp. 1, ECCN 1C351.${item.paragraph}` };
    if (qualified) agent.qualified = true;
    const key = main.toLowerCase();
    if (seen.has(key)) { seen.get(key).qualified = true; agent.qualified = true; }
    seen.set(key, agent);
    out.push(agent);
  }
  return out;
}
