// Structured licence-requirement rows from the CCL's "Control(s) | Country Chart" table.
// Regulation prose is never carried over: conditions the parser cannot reduce to paragraph lists
// get a short generic wording of our own, and hand overrides (overrides/ccl-overrides.mjs)
// describe the important ones properly.
import { parseParagraphList, mentionedParagraphs } from './parseParagraphRefs.mjs';

const COLUMN = /^([A-Z]{2})\s+Column\s+(\d)\b/;

export function conditionFor(eccn, text) {
  const paragraphs = mentionedParagraphs(text, eccn);
  const scope = { kind: 'condition', condition: `Only items meeting the parameters or end use stated in the ${eccn} licence requirements` };
  if (paragraphs.length) scope.paragraphs = paragraphs;
  return scope;
}

export function parseAppliesTo(eccn, control) {
  const m = control.match(/^\s*[A-Z]{2,3}\s+(?:also\s+)?appl(?:y|ies)\s+(?:to\s+)?(.*)$/is);
  const rest = (m ? m[1] : control).trim().replace(/\.$/, '');
  if (/^(the\s+)?entire entry$/i.test(rest)) return { kind: 'entire' };
  const ex = rest.match(/^(?:the\s+)?entire entry,?\s+except\s+(?:for\s+)?(.*)$/i);
  if (ex) {
    const list = parseParagraphList(ex[1], eccn);
    if (list) return { kind: 'entireExcept', paragraphs: list };
    return conditionFor(eccn, rest);
  }
  const list = parseParagraphList(rest, eccn);
  if (list) return { kind: 'paragraphs', paragraphs: list };
  return conditionFor(eccn, rest);
}

const sectionOf = (t) => {
  const m = t.match(/§+\s*([0-9]{3}\.[0-9]+(?:\([a-z0-9]+\))*)/i);
  return m ? `15 CFR ${m[1]}` : undefined;
};

/** Destination scope from the Country Chart cell. Returns null if the text is not understood. */
export function parseDestinations(cell) {
  const t = cell.replace(/\s+/g, ' ').trim();
  const col = t.match(COLUMN);
  if (col) return { scope: { kind: 'column', column: `${col[1]}${col[2]}` } };
  if (/^China, Russia,? or Venezuela/i.test(t)) return { scope: { kind: 'countries', countries: ['CN', 'RU', 'VE'] }, citation: '15 CFR 742.6(a)(7)' };
  if (/^To or within the United Arab Emirates or destinations specified in Country Groups D:1, D:4, and D:5.*excluding any destination also specified in Country Groups A:5 or A:6/i.test(t))
    return { scope: { kind: 'groups', groups: ['D:1', 'D:4', 'D:5'], plusCountries: ['AE'], exceptGroups: ['A:5', 'A:6'] }, citation: sectionOf(t) };
  if (/^To or within Macau or a destination specified in Country Group D:5/i.test(t))
    return { scope: { kind: 'groups', groups: ['D:5'], plusCountries: ['MO'] }, citation: sectionOf(t) };
  if (/^(To or within any destination worldwide|Worldwide control)/i.test(t)) return { scope: { kind: 'worldwide' }, citation: sectionOf(t) };
  if (/license is required for ALL destinations, except Canada/i.test(t)) return { scope: { kind: 'worldwide', exceptCountries: ['CA'] }, citation: '15 CFR 742.7' };
  if (/license is required for all destinations, as specified in § 742\.13/i.test(t)) return { scope: { kind: 'worldwide' }, citation: '15 CFR 742.13' };
  if (/for UN controls/i.test(t)) {
    const citation = /746\.1\(b\)|764\.1\(b\)/.test(t) ? '15 CFR 746.1(b)' : '15 CFR 746.1';
    return { scope: { kind: 'section', citation, summary: 'UN arms embargoes and other UN Security Council measures: see the destinations 746.1(b) lists.' } };
  }
  if (/to Iraq or Pakistan|to Iraq or transfer within Iraq|to Iraq and transfer within Iraq|Iraq or Pakistan/i.test(t)) {
    const countries = /Pakistan/.test(t) ? ['IQ', 'PK'] : ['IQ'];
    return { scope: { kind: 'countries', countries }, citation: '15 CFR 742.6; 15 CFR 746.3' };
  }
  if (/to Pakistan or transfer within Pakistan/i.test(t)) return { scope: { kind: 'countries', countries: ['PK'] }, citation: '15 CFR 742.6(a)(12)' };
  if (/North Korea for anti-terrorism reasons/i.test(t)) return { scope: { kind: 'countries', countries: ['KP'] }, citation: '15 CFR 742.19' };
  if (/^Refer to § 742\.15/i.test(t)) return { scope: { kind: 'section', citation: '15 CFR 742.15', summary: 'Encryption items: licence requirements and review are set out in 742.15.' } };
  if (/^See § 746\.8/i.test(t)) return { scope: { kind: 'section', citation: '15 CFR 746.8', summary: 'Russia and Belarus sanctions decide the requirement (746.8).' } };
  if (/^See § 742\.6\(a\)\(11\)/i.test(t)) return { scope: { kind: 'section', citation: '15 CFR 742.6(a)(11)', summary: 'Regional-stability requirement set out in 742.6(a)(11).' } };
  if (/^See § 742\.14/i.test(t)) return { scope: { kind: 'section', citation: '15 CFR 742.14', summary: 'Significant items: requirement set out in 742.14.' } };
  if (/CWC non-States Parties/i.test(t)) return { scope: { kind: 'section', citation: '15 CFR 742.18', summary: 'States not party to the Chemical Weapons Convention (not in Supp. 2 to Part 745), other than Israel and Taiwan.' } };
  const s = sectionOf(t);
  if (s) return { scope: { kind: 'section', citation: s, summary: `Requirement set out in ${s.replace('15 CFR ', '')}.` } };
  return null;
}

/** All rows of one entry. Unparsed rows are reported so the build can fail loudly. */
export function parseLicenseRows(eccn, refRows, problems) {
  const rows = [];
  for (const r of refRows) {
    const control = (r.control ?? '').trim();
    const cell = (r.countryChart ?? '').trim();
    // "Russian industry sector sanction(s)" rows: the entry's reason is "foreign policy" (FP).
    const reasonMatch = /^Russian industry sector/i.test(control) ? [control, 'FP'] : control.match(/^([A-Z]{2,3})\b/) ?? cell.match(COLUMN);
    const dest = parseDestinations(cell);
    if (!reasonMatch || !dest) { problems.push(`${eccn}: cannot parse row "${control.slice(0, 60)}" → "${cell.slice(0, 60)}"`); continue; }
    const row = { reason: reasonMatch[1], appliesTo: parseAppliesTo(eccn, control), destinations: dest.scope };
    if (dest.citation) row.citation = dest.citation;
    rows.push(row);
  }
  return rows;
}
