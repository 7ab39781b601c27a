import { paragraphWithin, parseEccn } from '../eccn/parseEccn';
import type { PackIndex } from '../pack/PackIndex';
import type { CclEntry, Destination } from '../pack/RulesPack';
import { destinationInScope } from './destinationScope';
import { describeScope, reachOf, type Reach } from './paragraphScope';

export interface Ground {
  /** "NS1", or the reason when no column is named. */
  ground: string;
  reason: string;
  citation: string;
}

export interface ConditionalGround extends Ground {
  /** 'paragraph': the ECCN is too coarse to tell; 'condition': a stated parameter or end use decides. */
  why: 'paragraph' | 'condition';
  scope: string;
}

/** CCL × Country Chart for one entry, paragraph and destination (15 CFR 738.4). */
export interface ChartEvaluation {
  required: Ground[];
  /** Rows that reach the destination but may or may not reach the item. */
  conditional: ConditionalGround[];
  /** Rows that send the reader to another provision the pack cannot decide. */
  refer: Ground[];
  /** Rows checked that did not require a licence (for the Basis). */
  clear: Ground[];
  /** 738.3(a)(1): a licence for every destination, with no exceptions where so noted. */
  noExceptions: boolean;
}

export function evaluateChart(
  entry: CclEntry,
  paragraph: string | null,
  dest: Destination,
  chartRow: Destination,
  index: PackIndex,
): ChartEvaluation {
  const result: ChartEvaluation = { required: [], conditional: [], refer: [], clear: [], noExceptions: false };
  const eccnText = paragraph ? `${entry.eccn}.${paragraph}` : entry.eccn;

  for (const row of entry.licenseRequirements) {
    const reach = reachOf(row.appliesTo, paragraph);
    if (reach === 'no') continue;
    const scope = destinationInScope(row.destinations, row.reason, dest, chartRow, index);
    const ground: Ground = { ground: scope.ground, reason: row.reason, citation: scope.citation };
    if (scope.inScope === 'refer') {
      result.refer.push(ground);
    } else if (!scope.inScope) {
      result.clear.push(ground);
    } else if (reach === 'yes') {
      result.required.push(ground);
    } else {
      result.conditional.push({
        ...ground,
        why: row.appliesTo.kind === 'condition' ? 'condition' : 'paragraph',
        scope: describeScope(row.appliesTo, entry.eccn),
      });
    }
  }

  for (const a of index.allDestinationsFor(entry.eccn)) {
    const reach: Reach = a.paragraphs?.length ? reachOf({ kind: 'paragraphs', paragraphs: a.paragraphs }, paragraph) : 'yes';
    if (reach === 'no') continue;
    const ground: Ground = { ground: 'WORLDWIDE', reason: 'WORLDWIDE', citation: a.citation };
    if (reach === 'yes') {
      result.required.push(ground);
      result.noExceptions ||= a.noLicenseExceptions;
    } else {
      result.conditional.push({ ...ground, why: 'paragraph', scope: (a.paragraphs ?? []).join(', ') });
    }
  }

  evaluateFootnotes(entry.eccn, paragraph, eccnText, dest, chartRow, index, result);
  return result;
}

/** Footnotes that add a requirement the grid does not show (e.g. footnote 10, firearms to AU and UK). */
function evaluateFootnotes(
  eccn: string,
  paragraph: string | null,
  eccnText: string,
  dest: Destination,
  chartRow: Destination,
  index: PackIndex,
  result: ChartEvaluation,
): void {
  const numbers = new Set([...chartRow.footnotes, ...dest.footnotes]);
  for (const n of numbers) {
    const effect = index.footnote(n)?.effect;
    if (!effect) continue;
    if (!effect.destinations.includes(dest.code) && !effect.destinations.includes(chartRow.code)) continue;
    const reach = footnoteReach(effect.eccns, effect.exceptEccns ?? [], eccn, paragraph);
    if (reach === 'no') continue;
    const condition = effect.conditions?.[eccn];
    const ground: Ground = {
      ground: effect.column ?? effect.reason,
      reason: effect.reason,
      citation: `15 CFR 738 Supp. 1, footnote ${n}: ${eccnText} to ${dest.name}`,
    };
    if (condition) result.conditional.push({ ...ground, why: 'condition', scope: `${eccn} ${condition}` });
    else if (reach === 'yes') result.required.push(ground);
    else result.conditional.push({ ...ground, why: 'paragraph', scope: effect.eccns.filter((e) => e.startsWith(eccn)).join(', ') });
  }
}

function footnoteReach(eccns: readonly string[], except: readonly string[], eccn: string, paragraph: string | null): Reach {
  let reach: Reach = 'no';
  for (const text of eccns) {
    const parsed = parseEccn(text);
    if (parsed.kind !== 'eccn' || parsed.entry !== eccn) continue;
    const r = parsed.paragraph === null ? 'yes' : reachOf({ kind: 'paragraphs', paragraphs: [parsed.paragraph] }, paragraph);
    if (r === 'yes') reach = 'yes';
    else if (r === 'depends' && reach === 'no') reach = 'depends';
  }
  if (reach === 'no') return 'no';
  for (const text of except) {
    const parsed = parseEccn(text);
    if (parsed.kind !== 'eccn' || parsed.entry !== eccn || parsed.paragraph === null) continue;
    if (paragraph !== null && paragraphWithin(paragraph, parsed.paragraph)) return 'no';
    if (paragraph === null && reach === 'yes') reach = 'depends';
  }
  return reach;
}
