import type { DestinationScope, LicenseExceptionRule, LicenseRequirementRow, RulesPack } from '../engine/pack/RulesPack';
import { checkCas } from '../engine/classify/casNumber';
import { normalizeName } from './normalizeName';

/** The Country Groups of Supp. No. 1 to Part 740 a complete pack must define. */
export const REQUIRED_GROUPS = ['A:1', 'A:2', 'A:3', 'A:4', 'A:5', 'A:6', 'B', 'D:1', 'D:2', 'D:3', 'D:4', 'D:5', 'E:1', 'E:2'];

/**
 * Cross-reference checks the schema cannot express. Returns every problem found (empty when
 * the pack is consistent); the loader refuses the pack if there is any.
 */
export function checkIntegrity(pack: RulesPack): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const d of pack.destinations) {
    if (codes.has(d.code)) problems.push(`duplicate destination code ${d.code}`);
    codes.add(d.code);
  }
  const known = (code: string, where: string) => {
    if (!codes.has(code)) problems.push(`${where} names unknown destination code "${code}"`);
  };

  // Names and aliases must resolve to exactly one destination, or matching would guess.
  const nameOwner = new Map<string, string>();
  for (const d of pack.destinations) {
    for (const n of [d.name, ...d.aliases]) {
      const key = normalizeName(n);
      if (!key) { problems.push(`destination ${d.code} has an empty name or alias`); continue; }
      const owner = nameOwner.get(key);
      if (owner && owner !== d.code) problems.push(`name "${n}" belongs to both ${owner} and ${d.code} (list it in ambiguousNames instead)`);
      nameOwner.set(key, d.code);
    }
    if (d.governedBy) known(d.governedBy.code, `destination ${d.code} governedBy`);
    if (d.embargoedRow && d.marks.length) problems.push(`embargoed row ${d.code} carries marks`);
  }
  for (const a of pack.ambiguousNames) {
    a.candidates.forEach((c) => known(c, `ambiguous name "${a.name}"`));
    const owner = nameOwner.get(normalizeName(a.name));
    if (owner) problems.push(`ambiguous name "${a.name}" is also a name of ${owner}`);
  }

  const groupIds = new Set<string>();
  for (const g of pack.countryGroups) {
    if (groupIds.has(g.id)) problems.push(`duplicate Country Group ${g.id}`);
    groupIds.add(g.id);
    const seen = new Set<string>();
    for (const m of g.members) {
      known(m, `Country Group ${g.id}`);
      if (seen.has(m)) problems.push(`Country Group ${g.id} lists ${m} twice`);
      seen.add(m);
    }
  }
  for (const id of REQUIRED_GROUPS) if (!groupIds.has(id)) problems.push(`Country Group ${id} is missing`);
  const knownGroup = (id: string, where: string) => {
    if (!groupIds.has(id)) problems.push(`${where} names unknown Country Group "${id}"`);
  };

  const eccns = new Set<string>();
  for (const e of pack.ccl) {
    if (eccns.has(e.eccn)) problems.push(`duplicate ECCN ${e.eccn}`);
    eccns.add(e.eccn);
  }
  const knownEccn = (ref: string, where: string) => {
    const base = ref.slice(0, 5);
    if (!eccns.has(base)) problems.push(`${where} names ECCN ${ref}, which is not in the CCL`);
  };

  const footnoteNumbers = new Set<number>();
  for (const f of pack.chartFootnotes) {
    if (footnoteNumbers.has(f.n)) problems.push(`duplicate Country Chart footnote ${f.n}`);
    footnoteNumbers.add(f.n);
    if (f.effect) {
      f.effect.destinations.forEach((c) => known(c, `footnote ${f.n}`));
      f.effect.eccns.forEach((x) => knownEccn(x, `footnote ${f.n}`));
    }
  }
  for (const d of pack.destinations) {
    for (const n of d.footnotes) if (!footnoteNumbers.has(n)) problems.push(`destination ${d.code} cites missing footnote ${n}`);
  }

  const symbols = new Set(pack.licenseExceptions.map((x) => x.symbol));
  if (symbols.size !== pack.licenseExceptions.length) problems.push('duplicate licence exception symbol');

  const checkScope = (s: DestinationScope, where: string) => {
    if (s.kind === 'countries') s.countries.forEach((c) => known(c, where));
    if (s.kind === 'worldwide') (s.exceptCountries ?? []).forEach((c) => known(c, where));
    if (s.kind === 'groups') {
      s.groups.forEach((g) => knownGroup(g, where));
      (s.exceptGroups ?? []).forEach((g) => knownGroup(g, where));
      (s.plusCountries ?? []).forEach((c) => known(c, where));
      (s.exceptCountries ?? []).forEach((c) => known(c, where));
    }
    if (s.kind === 'section' && s.onlyFor) {
      (s.onlyFor.countries ?? []).forEach((c) => known(c, where));
      (s.onlyFor.groups ?? []).forEach((g) => knownGroup(g, where));
      (s.onlyFor.footnotes ?? []).forEach((n) => {
        if (!footnoteNumbers.has(n)) problems.push(`${where} names missing footnote ${n}`);
      });
    }
  };
  for (const e of pack.ccl) {
    e.licenseRequirements.forEach((r: LicenseRequirementRow, i) => {
      const where = `${e.eccn} licence row ${i + 1} (${r.reason})`;
      checkScope(r.destinations, where);
      if (!e.reasons.includes(r.reason)) problems.push(`${where} uses a reason the entry does not list`);
    });
    e.exceptions.forEach((x: LicenseExceptionRule) => {
      if (!symbols.has(x.symbol)) problems.push(`${e.eccn} names licence exception ${x.symbol}, which the pack does not define`);
      if (x.valueLimitUsd !== undefined && x.symbol !== 'LVS') problems.push(`${e.eccn} gives a value limit to ${x.symbol}`);
    });
  }

  const embargoIds = new Set<string>();
  for (const m of pack.embargoes) {
    if (embargoIds.has(m.id)) problems.push(`duplicate embargo ${m.id}`);
    embargoIds.add(m.id);
    m.destinations.forEach((c) => known(c, `embargo ${m.id}`));
  }
  for (const a of pack.allDestinationsEntries) knownEccn(a.eccn, '738.3(a)(1) list');

  if (pack.classification) problems.push(...checkClassification(pack));
  return problems;
}

/**
 * The classification rules may only conclude what the CCL holds: every rule, chemical and agent
 * names an existing entry and, where the pack enumerates the entry's paragraphs, an existing,
 * live paragraph (or a deeper one under it). CAS numbers must pass their check digit.
 */
function checkClassification(pack: RulesPack): string[] {
  const problems: string[] = [];
  const entries = new Map(pack.ccl.map((e) => [e.eccn, e]));
  const checkEccn = (ref: string, where: string) => {
    if (ref === 'EAR99') return;
    const entry = entries.get(ref.slice(0, 5));
    if (!entry) { problems.push(`${where} concludes ${ref}, which is not in the CCL`); return; }
    const paragraph = ref.slice(6);
    if (!paragraph || !entry.paragraphs?.length) return;
    const known = entry.paragraphs.find((p) => p.id === paragraph);
    if (known?.status) problems.push(`${where} concludes ${ref}, which is ${known.status}`);
    else if (!known && !entry.paragraphs.some((p) => paragraph.startsWith(`${p.id}.`))) problems.push(`${where} concludes ${ref}: no such paragraph in the pack`);
  };
  const data = pack.classification!;
  const ids = new Set<string>();
  for (const r of data.rules) {
    if (ids.has(r.id)) problems.push(`duplicate classification rule ${r.id}`);
    ids.add(r.id);
    if (r.eccn === 'USML') {
      if (r.outcome !== 'review') problems.push(`classification rule ${r.id} points to the USML but would set it as an ECCN`);
    } else checkEccn(r.eccn, `classification rule ${r.id}`);
  }
  const cas = new Set<string>();
  for (const c of data.chemicals) {
    if (cas.has(c.cas)) problems.push(`CAS ${c.cas} is listed twice`);
    cas.add(c.cas);
    if (checkCas(c.cas).kind !== 'valid') problems.push(`CAS ${c.cas} (${c.name}) fails its check digit`);
    checkEccn(c.eccn, `chemical ${c.cas}`);
  }
  for (const a of data.agents) checkEccn(a.eccn, `agent ${a.names[0]}`);
  return problems;
}
