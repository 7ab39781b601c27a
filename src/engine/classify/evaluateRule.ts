import { PARAMETER_UNITS, type ClassificationRule, type ParameterCondition, type RuleCondition } from './ClassificationRules';
import type { RowParameters } from './extractParameters';
import { hasPhrase } from './rowText';

/**
 * Three-valued, because a catalog row often does not state a parameter: `true` (the CCL's
 * criteria are met), `false` (a criterion or an exclusion rules it out), `unknown` (the words fit
 * but a parameter the criteria need is not stated — the row must go to review, never be guessed).
 */
export type RuleStatus = 'true' | 'false' | 'unknown';

export interface RuleResult {
  status: RuleStatus;
  /** Parameters the rule needed and the row did not state. */
  missing: string[];
}

const FALSE: RuleResult = { status: 'false', missing: [] };

export function evaluateRule(rule: ClassificationRule, padded: string, params: RowParameters): RuleResult {
  const { all, any, none } = rule.when;
  const missing: string[] = [];
  // Words first: they are cheap, and most rules fail on them.
  if (all) for (const c of all) if (c.fact === 'text' && !textHolds(c.value, padded)) return FALSE;
  if (any && any.every((c) => c.fact === 'text') && !any.some((c) => c.fact === 'text' && textHolds(c.value, padded))) return FALSE;
  if (none) for (const c of none) if (c.fact === 'text' && textHolds(c.value, padded)) return FALSE;
  if (rule.requires) for (const name of rule.requires) if (!params.get(name)) return FALSE;

  if (all) {
    for (const c of all) {
      if (c.fact === 'text') continue;
      const v = compare(c, params);
      if (v === false) return FALSE;
      if (v === null) missing.push(c.fact);
    }
  }
  if (any && !any.every((c) => c.fact === 'text')) {
    let unknown = false;
    let holds = false;
    for (const c of any) {
      const v = c.fact === 'text' ? textHolds(c.value, padded) : compare(c, params);
      if (v === true) { holds = true; break; }
      if (v === null) { unknown = true; if (c.fact !== 'text') missing.push(c.fact); }
    }
    if (!holds && !unknown) return FALSE;
  }
  // An exclusion excludes when the row shows it; one the row is silent on does not.
  if (none) for (const c of none) if (c.fact !== 'text' && compare(c, params) === true) return FALSE;
  return missing.length ? { status: 'unknown', missing: [...new Set(missing)] } : { status: 'true', missing };
}

function textHolds(phrases: readonly string[], padded: string): boolean {
  for (const p of phrases) if (hasPhrase(padded, p)) return true;
  return false;
}

/** true / false, or null when the parameter is not stated. */
function compare(c: ParameterCondition, params: RowParameters): boolean | null {
  const got = params.get(c.fact);
  if (!got) return null;
  const v = got.value;
  switch (c.operator) {
    case 'gt': return v > c.value;
    case 'gte': return v >= c.value;
    case 'lt': return v < c.value;
    case 'lte': return v <= c.value;
    case 'eq': return v === c.value;
  }
}

const SYMBOL = { gt: '>', gte: '≥', lt: '<', lte: '≤', eq: '=' } as const;

/** The words and figures that made a rule hold, for the Basis: "'thermal', 30 Hz > 9 Hz". */
export function evidenceOf(rule: ClassificationRule, padded: string, params: RowParameters): string[] {
  const out: string[] = [];
  const conds: RuleCondition[] = [...(rule.when.all ?? []), ...(rule.when.any ?? [])];
  for (const c of conds) {
    if (c.fact === 'text') {
      const hit = c.value.find((p) => hasPhrase(padded, p));
      if (hit) out.push(`'${hit.replace(/\*$/, '')}'`);
      continue;
    }
    const got = params.get(c.fact);
    if (!got) continue;
    const unit = PARAMETER_UNITS[c.fact];
    const holds = compare(c, params);
    if (!holds) continue;
    const shown = unitless(unit) ? `${c.fact} ${fmt(got.value)}` : `${fmt(got.value)} ${unit}`;
    const from = sameFigure(got.evidence, got.value) ? '' : ` (from "${got.evidence}")`;
    out.push(`${shown}${from} ${SYMBOL[c.operator]} ${fmt(c.value)}${unitless(unit) ? '' : ` ${unit}`}`);
  }
  return [...new Set(out)];
}

/** Figures shown by name ("TPP 15,832", "massMarket 1") rather than with a unit. */
const unitless = (unit: string) => unit.includes('=') || unit === 'TPP' || unit.startsWith('NIJ');
const fmt = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : Number(n.toPrecision(4)).toString());
const sameFigure = (evidence: string, value: number) => evidence.replace(/,/g, '').includes(String(value));
