#!/usr/bin/env node
// Builds src/rules/data/*.json from the reference snapshots in ../shared/reference/ plus the
// hand-written files in scripts/pack/handwritten/ and scripts/pack/overrides/.
//
//   node scripts/pack/build-pack.mjs [--reference ../shared/reference]
//
// Facts (marks, members, columns, reasons, dollar values) come from the snapshots; all wording
// (titles, summaries, conditions) comes from our hand-written files. The build stops on any
// row it cannot parse that no override covers, so nothing is silently dropped.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalJson, hashedPart } from './canonicalJson.mjs';
import { CHART_ROWS, EMBARGOED_ROWS, EXTRA_DESTINATIONS, AMBIGUOUS_NAMES } from './handwritten/destinations.mjs';
import { GROUP_TITLES, GROUP_CITATION } from './handwritten/countryGroups.mjs';
import { FOOTNOTES } from './handwritten/chartFootnotes.mjs';
import { EMBARGOES } from './handwritten/embargoes.mjs';
import { ALL_DESTINATIONS_ENTRIES } from './handwritten/allDestinationsEntries.mjs';
import { LICENSE_EXCEPTION_TITLES } from './handwritten/licenseExceptions.mjs';
import { CCL_TITLES } from './handwritten/cclTitles.mjs';
import { scopeSectionRows } from './overrides/sectionScopes.mjs';
import { CCL_OVERRIDES, GAP_FILLS, REASONS_FROM_ROWS_OR_2025, FLAGS_FROM_TEXT, DIVERGENCES } from './overrides/cclOverrides.mjs';
import { writeDivergencesDoc } from './writeDivergencesDoc.mjs';
import { CLASSIFICATION_RULES, ECCN_MARKERS, EAR99_BLOCKERS, MIXTURE_WORDS } from './handwritten/classification.mjs';
import { listedChemicals, listedAgents } from './listedSubstances.mjs';
import { parseLicenseRows } from './parseLicenseRows.mjs';
import { parseExceptions } from './parseExceptions.mjs';
import { paragraphsFromItems, paragraphsFromMarkdown } from './parseParagraphs.mjs';
import { indexCclText2025, entryFromMarkdown } from './readCclText2025.mjs';
import { keywordsFor } from './keywords.mjs';
import { normalizeName } from './normalizeName.mjs';
import { rewordHeading, sharesLongRun } from './rewordHeading.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const argRef = process.argv.indexOf('--reference');
const refDir = argRef > 0 ? resolve(process.argv[argRef + 1]) : resolve(root, '../shared/reference');
const outDir = resolve(root, 'src/rules/data');
const read = (f) => JSON.parse(readFileSync(resolve(refDir, f), 'utf8'));

const EFFECTIVE = '2026-07-23';
const chart = read(`country_chart_${EFFECTIVE}.json`);
const groupsRef = read(`country_groups_${EFFECTIVE}.json`);
const cclRef = read(`ccl_${EFFECTIVE}.json`);
const excRef = read(`license_exception_catalog_${EFFECTIVE}.json`);
const ccl2025 = indexCclText2025(read('ccl_text_2025.json'));
const problems = [];

// ---------- destinations ----------
const col = (m) => m.replace(/\s+/g, '');
const destinations = [];
for (const [name, iso2, iso3, aliases] of CHART_ROWS) {
  const row = chart.countries[name];
  if (!row) { problems.push(`chart has no row "${name}"`); continue; }
  const d = { code: iso2, name, iso2, iso3, aliases, marks: row.marks.map(col), footnotes: row.footnotes };
  if (name === 'Liechtenstein') d.governedBy = { code: 'CH', citation: '15 CFR 738 Supp. 1, note 5; 15 CFR 738.3(b)' };
  destinations.push(d);
}
for (const name of Object.keys(chart.countries)) if (!CHART_ROWS.some((r) => r[0] === name)) problems.push(`chart row "${name}" has no identity in handwritten/destinations.mjs`);
for (const [name, iso2, iso3, aliases] of EMBARGOED_ROWS) {
  const row = chart.embargoed[name];
  if (!row) { problems.push(`chart has no embargoed row "${name}"`); continue; }
  destinations.push({ code: iso2, name, iso2, iso3, aliases, marks: [], footnotes: row.footnotes, embargoedRow: true });
}
for (const x of EXTRA_DESTINATIONS) destinations.push({ marks: [], footnotes: [], ...x });

const byName = new Map();
for (const d of destinations) for (const n of [d.name, ...d.aliases]) byName.set(normalizeName(n), d.code);
// Spellings only the Part 740 table uses (one is a typo in the source: lowercase L for I).
const GROUP_TABLE_SPELLINGS = { "Cote d'lvoire": 'CI' };
const codeOf = (name, where) => {
  const c = GROUP_TABLE_SPELLINGS[name] ?? byName.get(normalizeName(name));
  if (!c) problems.push(`${where}: no destination for "${name}"`);
  return c;
};

// ---------- country groups ----------
const countryGroups = Object.entries(groupsRef.groups).map(([id, names]) => ({
  id,
  title: GROUP_TITLES[id] ?? (problems.push(`no title for group ${id}`), id),
  members: names.map((n) => codeOf(n, `group ${id}`)).filter(Boolean),
  citation: GROUP_CITATION,
}));

// ---------- CCL ----------
// "NS, MT NP, AT", "MT and AT", "CC 1" all occur in the snapshot: split on commas, spaces and
// "and", drop a column digit, keep "foreign policy" as FP.
const splitReasons = (s) => {
  if (!s) return null;
  const t = s.replace(/foreign policy/gi, 'FP').replace(/\b([A-Z]{2})\s*\d\b/g, '$1').replace(/\band\b/g, ',');
  return [...new Set(t.split(/[\s,.]+/).filter((r) => /^[A-Z]{2,3}$/.test(r)))];
};
// Exception flags written as "LVS: N/A" lines inside the item text (the snapshot's fallback).
const flagsFromItems = (items) => Object.fromEntries((items ?? []).map((i) => (i.text ?? '').match(/^([A-Z]{3}):\s*(.+)$/)).filter(Boolean).map((m) => [m[1], m[2]]));
const specialOf = (eccn, heading) => {
  const s = [];
  if (eccn[2] === '6') s.push('600-series');
  if (eccn.slice(2) === '515') s.push('9x515');
  if (/subject to the ITAR\.?[”"]?\s*(See 22 CFR[^)]*)?\)\.?\s*$/i.test(heading) || /^\s*\[?Reserved\]?\.?$/i.test(heading) === false && /\(These items are “subject to the ITAR/i.test(heading)) s.push('itar-reference');
  if (/^\s*\[Reserved\]/i.test(heading)) s.push('reserved');
  if (/^\s*\[?Removed/i.test(heading)) s.push('removed');
  return [...new Set(s)];
};

const refEntries = [...cclRef.entries];
for (const code of Object.keys(GAP_FILLS)) {
  const e = ccl2025.get(code);
  if (!e) { problems.push(`gap fill ${code} not in ccl_text_2025`); continue; }
  refEntries.push({ ...entryFromMarkdown(code, e), fromText2025: true });
}

const ccl = [];
let handTitles = 0;
for (const ref of refEntries) {
  const eccn = ref.eccn;
  const rowProblems = [];
  const ov = CCL_OVERRIDES[eccn] ?? {};
  const rows = ov.licenseRequirements ?? parseLicenseRows(eccn, ref.countryChart, rowProblems);
  if (!ov.licenseRequirements) problems.push(...rowProblems);
  const reasonsFromRows = [...new Set(rows.map((r) => r.reason))];
  let reasons = ov.reasons ?? splitReasons(ref.reasonForControl);
  if (!reasons) {
    if (!REASONS_FROM_ROWS_OR_2025.includes(eccn) && rows.length) problems.push(`${eccn}: snapshot has no reasons; list it in REASONS_FROM_ROWS_OR_2025 after checking`);
    const from2025 = ccl2025.has(eccn) ? splitReasons(entryFromMarkdown(eccn, ccl2025.get(eccn)).reasonForControl) : null;
    reasons = from2025 && from2025.every((r) => reasonsFromRows.includes(r)) && reasonsFromRows.every((r) => from2025.includes(r)) ? from2025 : reasonsFromRows;
  }
  let flags = ref.licenceExceptionFlags;
  if (FLAGS_FROM_TEXT.includes(eccn)) {
    flags = flagsFromItems(ref.items);
    if (!Object.keys(flags).length && ccl2025.has(eccn)) flags = entryFromMarkdown(eccn, ccl2025.get(eccn)).licenceExceptionFlags;
  }
  let exceptions = parseExceptions(eccn, flags);
  if (ov.exceptions) {
    const replaced = new Set(ov.exceptions.map((x) => x.symbol));
    exceptions = [...exceptions.filter((x) => !replaced.has(x.symbol)), ...ov.exceptions];
  }
  if (ov.dropExceptions) exceptions = exceptions.filter((x) => !ov.dropExceptions.includes(x.symbol));
  let paragraphs = ref.items ? paragraphsFromItems(ref.items) : [];
  if (!paragraphs.length && ccl2025.has(eccn)) paragraphs = paragraphsFromMarkdown(ccl2025.get(eccn).details ?? '');
  const title = CCL_TITLES[eccn] ?? rewordHeading(ref.heading ?? '');
  if (CCL_TITLES[eccn]) handTitles++;
  if (!title || title.length < 3) problems.push(`${eccn}: no usable title`);
  else if (CCL_TITLES[eccn] && sharesLongRun(title, ref.heading ?? '')) problems.push(`${eccn}: hand title repeats the heading`);
  const entry = {
    eccn,
    title: title ?? `ECCN ${eccn}`,
    reasons,
    licenseRequirements: rows,
    exceptions,
    citation: `15 CFR 774 Supp. 1, ECCN ${eccn}`,
  };
  if (paragraphs.length) entry.paragraphs = paragraphs;
  const special = ov.special ?? specialOf(eccn, ref.heading ?? '');
  if (special.length) entry.special = special;
  entry.keywords = keywordsFor(eccn, entry.title);
  scopeSectionRows(entry);
  ccl.push(entry);
}
ccl.sort((a, b) => a.eccn.localeCompare(b.eccn));
for (const code of Object.keys(CCL_OVERRIDES)) if (!ccl.some((e) => e.eccn === code)) problems.push(`override for unknown ECCN ${code}`);

// ---------- licence exceptions ----------
const licenseExceptions = [];
for (const x of excRef.exceptions) for (const symbol of x.symbols) {
  const title = LICENSE_EXCEPTION_TITLES[symbol];
  if (!title) problems.push(`no title for licence exception ${symbol}`);
  licenseExceptions.push({ symbol, title: title ?? symbol, citation: `15 CFR ${x.sectionNumber}` });
}

// ---------- classification rules (src/engine/classify) ----------
const classification = {
  rules: CLASSIFICATION_RULES,
  chemicals: listedChemicals(cclRef.entries, problems),
  agents: listedAgents(cclRef.entries, problems),
  markers: ECCN_MARKERS,
  ear99Blockers: EAR99_BLOCKERS,
  mixtureWords: MIXTURE_WORDS,
};

if (problems.length) {
  console.error(`build-pack: ${problems.length} problem(s):\n  ` + problems.join('\n  '));
  if (!process.argv.includes('--allow-problems')) process.exit(1);
}

// ---------- divergences doc (snapshot vs pack, per listed ECCN and field) ----------
writeDivergencesDoc(resolve(root, 'docs/rules-divergences.md'), DIVERGENCES, new Map(refEntries.map((r) => [r.eccn, r])), new Map(ccl.map((e) => [e.eccn, e])));

// ---------- write ----------
const pack = {
  meta: {
    id: 'earmark-ear',
    version: '2026.07.23-1',
    effectiveDate: EFFECTIVE,
    sources: [
      { name: 'Commerce Country Chart', citation: '15 CFR Part 738, Supplement No. 1', asOf: chart.ecfrIssueDate },
      { name: 'Country Groups', citation: '15 CFR Part 740, Supplement No. 1', asOf: groupsRef.ecfrIssueDate },
      { name: 'License Exceptions', citation: '15 CFR Part 740', asOf: excRef.ecfrIssueDate },
      { name: 'Embargoes and other special controls', citation: '15 CFR Part 746', asOf: EFFECTIVE },
      { name: 'Commerce Control List', citation: '15 CFR Part 774, Supplement No. 1', asOf: cclRef.ecfrIssueDate },
    ],
  },
  destinations,
  ambiguousNames: AMBIGUOUS_NAMES,
  countryGroups,
  chartFootnotes: FOOTNOTES,
  ccl,
  embargoes: EMBARGOES,
  allDestinationsEntries: ALL_DESTINATIONS_ENTRIES,
  licenseExceptions,
  classification,
};
pack.meta.sha256 = createHash('sha256').update(canonicalJson(hashedPart(pack)), 'utf8').digest('hex');

mkdirSync(outDir, { recursive: true });
const parts = { meta: pack.meta, destinations, ambiguousNames: AMBIGUOUS_NAMES, countryGroups, chartFootnotes: FOOTNOTES, ccl, embargoes: EMBARGOES, allDestinationsEntries: ALL_DESTINATIONS_ENTRIES, licenseExceptions, classification };
let total = 0;
for (const [name, value] of Object.entries(parts)) {
  const text = name === 'ccl' ? '[\n' + value.map((e) => JSON.stringify(e)).join(',\n') + '\n]\n' : JSON.stringify(value, null, 1) + '\n';
  writeFileSync(resolve(outDir, `${name}.json`), text);
  total += Buffer.byteLength(text);
}
console.log(`build-pack: ${handTitles} hand-written titles; ${destinations.length} destinations, ${countryGroups.length} groups, ${ccl.length} ECCNs, ${classification.rules.length} classification rules, ${classification.chemicals.length} listed chemicals, ${classification.agents.length} agents, ${(total / 1024).toFixed(0)} KiB, sha256 ${pack.meta.sha256.slice(0, 12)}…`);
