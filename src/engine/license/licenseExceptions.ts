import type { PackIndex } from '../pack/PackIndex';
import type { CclEntry, Destination, LicenseExceptionRule } from '../pack/RulesPack';
import { reachOf } from './paragraphScope';

export interface ExceptionContext {
  entry: CclEntry;
  paragraph: string | null;
  dest: Destination;
  chartRow: Destination;
  /** Reasons for control whose requirement must be overcome (738.4: each separately). */
  reasons: ReadonlySet<string>;
  index: PackIndex;
}

export interface ExceptionCandidates {
  /** "GBS", "STA (may apply if …)"; LVS is settled against the row's value by `settleLvs`. */
  exceptions: string[];
  citations: string[];
  /** LVS's value limit in USD when the entry, destination and reasons allow LVS at all. */
  lvsLimit: number | null;
}

/**
 * Candidate Part 740 licence exceptions for a licence requirement found on the CCL × Country Chart.
 * Only candidates: where eligibility rests on facts the row does not hold, the text says "if …"
 * or "may apply if …", never that the exception applies.
 */
export function candidateExceptions(ctx: ExceptionContext): ExceptionCandidates {
  const out: ExceptionCandidates = { exceptions: [], citations: [], lvsLimit: null };
  if (restrictedBy7402(ctx, out)) return out;
  const codes = [ctx.dest.code, ctx.chartRow.code];
  const inGroup = (g: string) => codes.some((c) => ctx.index.inGroup(c, g));
  const rulesFor = (symbol: string) =>
    ctx.entry.exceptions.filter(
      (r) =>
        r.symbol === symbol &&
        r.available &&
        reachOf(r.appliesTo, ctx.paragraph) !== 'no' &&
        !(r.exceptReasons ?? []).some((reason) => ctx.reasons.has(reason)),
    );
  const add = (text: string, citation: string) => {
    out.exceptions.push(text);
    out.citations.push(citation);
  };
  const group = ctx.entry.eccn[1];

  // LVS (740.3): Country Group B, up to the entry's value limit for the paragraph.
  if (inGroup('B')) {
    out.lvsLimit = lowestLimit(rulesFor('LVS'));
    // GBS (740.4): Country Group B where the entry says GBS Yes.
    if (rulesFor('GBS').length) add('GBS', '15 CFR 740.4');
    // TSR (740.6): software and technology to Country Group B, with the consignee's written assurance.
    if ((group === 'D' || group === 'E') && rulesFor('TSR').length) {
      add('TSR (may apply if the consignee gives the written assurance of 740.6(a)(3))', '15 CFR 740.6');
    }
  }
  // STA (740.20): A:5 for most reasons; A:6 for national security only.
  if (rulesFor('STA').length || ctx.entry.exceptions.some((r) => r.symbol === 'STA' && r.available)) {
    if (inGroup('A:5') && onlyReasons(ctx.reasons, ['NS', 'CB', 'NP', 'RS', 'CC', 'SL'])) {
      add('STA (may apply if the consignee statement of 740.20(d)(2) is obtained)', '15 CFR 740.20(c)(1)');
    } else if (inGroup('A:6') && onlyReasons(ctx.reasons, ['NS'])) {
      add('STA (may apply if the consignee statement of 740.20(d)(2) is obtained)', '15 CFR 740.20(c)(2)');
    }
  }
  // APP (740.7): computers, where the entry lists it; eligibility turns on the APP and end user.
  if (rulesFor('APP').length && !inGroup('E:1') && !inGroup('E:2')) {
    add('APP (may apply if the computer\'s APP and the end user meet 740.7)', '15 CFR 740.7');
  }
  // ENC (740.17): encryption items; which paragraph depends on the item and the end user.
  if (rulesFor('ENC').length || /^5[ABDE]00[24]$/.test(ctx.entry.eccn)) {
    if (!inGroup('E:1') && !inGroup('E:2')) {
      add(
        'ENC (may apply: 740.17(b)(1) after self-classification, or (b)(2)/(b)(3) after a classification request; 740.17(a)(1) for listed private-sector end users)',
        '15 CFR 740.17',
      );
    }
  }
  for (const symbol of ['ACE', 'HBM', 'IEC', 'AIA', 'ACM', 'LPP']) {
    if (rulesFor(symbol).length) add(`${symbol} (may apply: see its conditions in Part 740)`, '15 CFR 740');
  }
  return out;
}

function lowestLimit(rules: readonly LicenseExceptionRule[]): number | null {
  const limits = rules.map((r) => r.valueLimitUsd).filter((v): v is number => typeof v === 'number' && v > 0);
  return limits.length ? Math.min(...limits) : null;
}

function onlyReasons(reasons: ReadonlySet<string>, allowed: readonly string[]): boolean {
  for (const r of reasons) if (!allowed.includes(r)) return false;
  return reasons.size > 0;
}

/** 740.2 restrictions that remove every exception for this row. True when one applies. */
function restrictedBy7402(ctx: ExceptionContext, out: ExceptionCandidates): boolean {
  const codes = [ctx.dest.code, ctx.chartRow.code];
  const inGroup = (g: string) => codes.some((c) => ctx.index.inGroup(c, g));
  const special = ctx.entry.special ?? [];
  if ((special.includes('600-series') || special.includes('9x515')) && (inGroup('D:5') || codes.includes('MO'))) {
    out.citations.push('15 CFR 740.2(a)(12): no licence exceptions for 600-series or 9x515 items to D:5 or Macau');
    return true;
  }
  if (ctx.reasons.has('MT')) {
    out.citations.push('15 CFR 740.2(a)(5): MT-controlled items are limited to the exceptions that section lists');
    return true;
  }
  return false;
}

/**
 * LVS against the shipment's net value (740.3(d)): listed when the value is within the limit,
 * listed with its limit when the row states no value, left out when the value exceeds it.
 */
export function settleLvs(
  lvsLimit: number | null,
  value: number | null,
): { exception: string | null; citation: string | null } {
  if (lvsLimit === null) return { exception: null, citation: null };
  if (value === null) return { exception: `LVS if value ≤ $${lvsLimit}`, citation: '15 CFR 740.3(a), (d)' };
  if (value <= lvsLimit) return { exception: 'LVS', citation: `15 CFR 740.3(d): value $${value} ≤ $${lvsLimit}` };
  return { exception: null, citation: `15 CFR 740.3(d): value $${value} exceeds the LVS limit of $${lvsLimit}` };
}
