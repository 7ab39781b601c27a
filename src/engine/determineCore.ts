import type { CatalogRow } from './catalog/CatalogRow';
import { DeterminationBuilder } from './DeterminationBuilder';
import { parseEccn } from './eccn/parseEccn';
import { candidateExceptions } from './license/licenseExceptions';
import { evaluateChart } from './license/evaluateChart';
import type { LicenseCore } from './LicenseCore';
import type { PackIndex } from './pack/PackIndex';
import type { CclEntry, Destination } from './pack/RulesPack';

type Item = { kind: 'ear99' } | { kind: 'entry'; entry: CclEntry; paragraph: string | null } | { kind: 'unknown' };
type Place = { dest: Destination; chartRow: Destination };

const NOT_A_CLEARANCE =
  'NLR here covers the CCL and Country Chart only: end-user, end-use and party checks (General Prohibitions 4–10, Part 744) still apply.';

/**
 * The part of a determination that follows from the ECCN and the destination alone, in the EAR's
 * order of review (Part 732): the item's classification, the destination, embargoes (Part 746),
 * the CCL × Country Chart (738.4) reason by reason, licence exceptions (Part 740), and only then
 * NLR. Parties, end uses and the shipment's value are added per row by `completeRow`.
 */
export function determineCore(row: Pick<CatalogRow, 'eccn' | 'destination'>, index: PackIndex): LicenseCore {
  const b = new DeterminationBuilder();
  const item = classify(row, index, b);
  const place = locate(row, index, b);
  if (!place) return b.finish();

  if (applyEmbargo(item, place, index, b)) return b.finish();
  if (item.kind === 'unknown') return b.finish();
  if (item.kind === 'ear99') {
    b.licenseRequirement = 'NLR';
    b.explain(`EAR99: subject to the EAR but on no CCL entry, so the Country Chart requires no licence for ${place.dest.name}. ${NOT_A_CLEARANCE}`);
    b.cite('15 CFR 734.3(c)');
    return b.finish();
  }
  applyChart(item.entry, item.paragraph, place, index, b);
  return b.finish();
}

function classify(row: Pick<CatalogRow, 'eccn'>, index: PackIndex, b: DeterminationBuilder): Item {
  if (!row.eccn) {
    b.warn('ECCN_MISSING', 'No ECCN given: the item must be classified before a licence requirement can be determined.', '15 CFR 732.3(b)');
    b.explain('No ECCN: classify the item first (Part 774 Supp. 1).');
    return { kind: 'unknown' };
  }
  const parsed = parseEccn(row.eccn);
  if (parsed.kind === 'invalid') {
    b.warn('INVALID_ECCN', `"${row.eccn}" is not an ECCN: ${parsed.reason}.`, '15 CFR 738.2(d)');
    b.explain(`"${row.eccn}" is not a valid ECCN or EAR99.`);
    return { kind: 'unknown' };
  }
  b.eccn = parsed.normalized;
  b.eccnSource = 'input';
  if (parsed.kind === 'ear99') return { kind: 'ear99' };
  const entry = index.entry(parsed.entry);
  if (!entry) {
    b.warn('UNKNOWN_ECCN', `${parsed.entry} is not an entry of the Commerce Control List as of ${index.pack.meta.effectiveDate}.`, '15 CFR 774 Supp. 1');
    b.explain(`${parsed.normalized}: no such CCL entry.`);
    return { kind: 'unknown' };
  }
  b.reasonsForControl = [...entry.reasons];
  b.cite(entry.citation);
  checkParagraph(entry, parsed.paragraph, b);
  if (entry.special?.some((s) => s === '600-series' || s === '9x515')) {
    b.warn('MILITARY_ITEM', `${entry.eccn} is a ${entry.special.includes('9x515') ? '9x515 spacecraft' : '600-series military'} item: licence exceptions are restricted (740.2(a)(12)) and military end-use rules apply (744.21).`, '15 CFR 740.2(a)(12); 744.21');
  }
  return { kind: 'entry', entry, paragraph: parsed.paragraph };
}

function checkParagraph(entry: CclEntry, paragraph: string | null, b: DeterminationBuilder): void {
  if (paragraph === null || !entry.paragraphs?.length) return;
  const known = entry.paragraphs.find((p) => p.id === paragraph);
  if (!known) {
    // A deeper paragraph of a known one ("b.4.b.1" under "b.4.b") may simply not be enumerated,
    // and a heading paragraph ("w") may be known only through its children ("w.1").
    const related = entry.paragraphs.some((p) => paragraph.startsWith(`${p.id}.`) || p.id.startsWith(`${paragraph}.`));
    if (!related) b.warn('UNKNOWN_PARAGRAPH', `${entry.eccn} has no paragraph .${paragraph} in the rules pack.`, entry.citation);
    return;
  }
  if (known.status) b.warn('RESERVED_PARAGRAPH', `${entry.eccn}.${paragraph} is ${known.status}.`, entry.citation);
}

function locate(row: Pick<CatalogRow, 'destination'>, index: PackIndex, b: DeterminationBuilder): Place | null {
  if (!row.destination) {
    b.warn('DESTINATION_MISSING', 'No destination: the licence requirement depends on where the item goes.', '15 CFR 738.4(a)');
    b.explain('No destination given, so no licence determination.');
    return null;
  }
  const match = index.destinations.resolve(row.destination);
  if (match.kind === 'unknown') {
    b.warn('UNKNOWN_DESTINATION', `"${row.destination}" is not a destination EARmark recognises.`, '15 CFR 738 Supp. 1');
    b.explain(`Destination "${row.destination}" not recognised.`);
    return null;
  }
  if (match.kind === 'ambiguous') {
    const names = match.candidates.map((c) => c.name).join(' or ');
    b.warn('AMBIGUOUS_DESTINATION', `"${row.destination}" could be ${names}: give the full name.`, '15 CFR 738 Supp. 1');
    b.explain(`Destination "${row.destination}" is ambiguous (${names}).`);
    return null;
  }
  const dest = match.destination;
  const chartRow = index.chartRowOf(dest);
  b.destination = dest.name;
  if (chartRow !== dest && dest.governedBy) {
    b.warn('GOVERNED_BY_OTHER_ROW', `${dest.name} is governed by the Country Chart row for ${chartRow.name}.`, dest.governedBy.citation);
    b.cite(dest.governedBy.citation);
  }
  return { dest, chartRow };
}

/** Part 746. True when the embargo settles the row. */
function applyEmbargo(item: Item, place: Place, index: PackIndex, b: DeterminationBuilder): boolean {
  const rules = [...index.embargoesFor(place.dest.code), ...(place.chartRow === place.dest ? [] : index.embargoesFor(place.chartRow.code))];
  let settled = false;
  for (const rule of rules) {
    const onCcl = item.kind === 'entry';
    const reaches = rule.scope === 'all-items' || onCcl || item.kind === 'unknown';
    if (reaches && (rule.scope === 'all-items' || onCcl)) {
      b.licenseRequirement = 'LICENSE_REQUIRED';
      b.addReason('EMBARGO');
      b.warn('EMBARGO', `${place.dest.name}: ${rule.summary}`, rule.citation);
      b.explain(`${place.dest.name} is under ${rule.citation}: ${rule.summary} Licence exceptions are limited to those that section allows.`);
      b.cite(rule.citation);
      settled = true;
    } else if (item.kind === 'ear99' && rule.scope === 'ccl-and-listed-ear99') {
      b.warn('EAR99_CHECK_HTS', `${place.dest.name}: ${rule.ear99}`, rule.citation);
      b.explain(`EAR99 to ${place.dest.name}: ${rule.ear99}`);
      b.cite(rule.citation);
      settled = true;
    } else if (item.kind === 'unknown' && rule.scope !== 'all-items') {
      b.explain(`${place.dest.name} is under ${rule.citation}: ${rule.summary}`);
      b.cite(rule.citation);
    }
  }
  return settled;
}

/** 738.4: each reason for control checked separately against the destination's chart row. */
function applyChart(
  entry: CclEntry,
  paragraph: string | null,
  place: Place,
  index: PackIndex,
  b: DeterminationBuilder,
): void {
  const eccn = paragraph ? `${entry.eccn}.${paragraph}` : entry.eccn;
  const result = evaluateChart(entry, paragraph, place.dest, place.chartRow, index);
  const reasons = new Set<string>();
  for (const g of result.required) {
    b.addReason(g.ground);
    b.cite(g.citation);
    reasons.add(g.reason);
  }
  for (const g of result.conditional) {
    // Most restrictive answer, and say what would settle it.
    b.addReason(g.ground);
    b.cite(g.citation);
    reasons.add(g.reason);
    if (g.why === 'paragraph') {
      b.warn('PARAGRAPH_NEEDED', `${g.ground} applies only to ${g.scope}: give the paragraph of ${entry.eccn} to settle it (reported as required).`, g.citation);
    } else {
      b.warn('CONDITION_NOT_CHECKED', `${g.ground} applies where: ${g.scope}. EARmark cannot check this from the row (reported as required).`, g.citation);
    }
  }
  for (const g of result.refer) {
    b.warn('SEE_OTHER_SECTION', `${entry.eccn} ${g.reason}: ${g.citation}`, g.citation);
    b.cite(g.citation);
  }
  for (const g of result.clear) b.cite(g.citation);

  const required = result.required.length + result.conditional.length > 0;
  if (required) {
    b.licenseRequirement = 'LICENSE_REQUIRED';
    const exceptions = result.noExceptions
      ? { exceptions: [], citations: ['15 CFR 738.3(a)(1): no licence exceptions'], lvsLimit: null }
      : candidateExceptions({ entry, paragraph, dest: place.dest, chartRow: place.chartRow, reasons, index });
    b.exceptions = exceptions.exceptions;
    b.lvsLimit = exceptions.lvsLimit;
    b.exceptionsApply = true;
    exceptions.citations.forEach((c) => b.cite(c));
    b.explain(
      `${eccn} to ${place.dest.name}: licence required for ${b.licenseReasons.join(', ')} (${[...result.required, ...result.conditional].map((g) => g.citation).join('; ')}).`,
    );
  } else if (result.refer.length) {
    b.explain(`${eccn} to ${place.dest.name}: no Country Chart X, but ${result.refer.map((g) => g.citation).join('; ')} must be checked.`);
  } else {
    b.licenseRequirement = 'NLR';
    const checked = result.clear.map((g) => g.ground).join(', ') || 'no reason reaches this item';
    b.explain(`${eccn} to ${place.dest.name}: no X in ${checked} (15 CFR 738.4(a)(2)). ${NOT_A_CLEARANCE}`);
  }
}
