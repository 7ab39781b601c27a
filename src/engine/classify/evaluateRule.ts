import { PARAMETER_UNITS, type ClassificationRule, type ParameterCondition, type ParameterName } from './ClassificationRules';
import type { RowParameters } from './extractParameters';
import { PhraseMatcher, type RowText } from './rowText';

/**
 * Three-valued, because a catalog row often does not state a parameter: `true` (the CCL's
 * criteria are met), `false` (a criterion or an exclusion rules it out), `unknown` (the words fit
 * but a parameter the criteria need is not stated — the row must go to review, never be guessed).
 */
export type RuleStatus = 'true' | 'false' | 'unknown';

export interface RuleResult {
  status: RuleStatus;
  /** Parameters the rule needed and the row did not state. */
  missing: ParameterName[];
}

type Compiled = PhraseMatcher | ParameterCondition;

/** A rule with its word lists compiled once (PhraseMatcher) for evaluation over many rows. */
export interface CompiledRule {
  rule: ClassificationRule;
  all: Compiled[];
  any: Compiled[];
  none: Compiled[];
  /** Every phrase of `all` and `any`, for the classifier's word index. */
  phrases: string[];
  /** `any` holds only word conditions (decided without parameters). */
  anyWordsOnly: boolean;
}

export function compileRule(rule: ClassificationRule): CompiledRule {
  const compile = (conds: ClassificationRule['when']['all']): Compiled[] =>
    (conds ?? []).map((c) => (c.fact === 'text' ? new PhraseMatcher(c.value) : c));
  const phrases = [...(rule.when.all ?? []), ...(rule.when.any ?? [])].flatMap((c) => (c.fact === 'text' ? c.value : []));
  const any = compile(rule.when.any);
  return { rule, all: compile(rule.when.all), any, none: compile(rule.when.none), phrases, anyWordsOnly: any.length > 0 && any.every((x) => x instanceof PhraseMatcher) };
}

const FALSE: RuleResult = { status: 'false', missing: [] };
const TRUE: RuleResult = { status: 'true', missing: [] };

export function evaluateRule(c: CompiledRule, text: RowText, params: RowParameters): RuleResult {
  // Words first: they are cheap, and most rules fail on them.
  for (const x of c.all) if (x instanceof PhraseMatcher && !x.test(text)) return FALSE;
  for (const x of c.none) if (x instanceof PhraseMatcher && x.test(text)) return FALSE;
  const anyWordsOnly = c.anyWordsOnly;
  if (anyWordsOnly && !c.any.some((x) => (x as PhraseMatcher).test(text))) return FALSE;
  if (c.rule.requires) for (const name of c.rule.requires) if (!params.get(name)) return FALSE;

  let missing: ParameterName[] | null = null;
  for (const x of c.all) {
    if (x instanceof PhraseMatcher) continue;
    const v = compare(x, params);
    if (v === false) return FALSE;
    if (v === null) (missing ??= []).push(x.fact);
  }
  if (c.any.length && !anyWordsOnly) {
    let unknown = false;
    let holds = false;
    for (const x of c.any) {
      const v = x instanceof PhraseMatcher ? x.test(text) : compare(x, params);
      if (v === true) { holds = true; break; }
      if (v === null) { unknown = true; if (!(x instanceof PhraseMatcher)) (missing ??= []).push(x.fact); }
    }
    if (!holds && !unknown) return FALSE;
    if (holds && missing) missing = missing.filter((m) => c.all.some((x) => !(x instanceof PhraseMatcher) && x.fact === m));
  }
  // An exclusion excludes when the row shows it; one the row is silent on does not.
  for (const x of c.none) if (!(x instanceof PhraseMatcher) && compare(x, params) === true) return FALSE;
  return missing?.length ? { status: 'unknown', missing: [...new Set(missing)] } : TRUE;
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
export function evidenceOf(c: CompiledRule, text: RowText, params: RowParameters): string[] {
  const out: string[] = [];
  for (const x of [...c.all, ...c.any]) {
    if (x instanceof PhraseMatcher) {
      const hit = x.find(text);
      if (hit) out.push(`'${hit.replace(/\*$/, '')}'`);
      continue;
    }
    const got = params.get(x.fact);
    if (!got || !compare(x, params)) continue;
    const unit = PARAMETER_UNITS[x.fact];
    const shown = unitless(unit) ? `${x.fact} ${fmt(got.value)}` : `${fmt(got.value)} ${unit}`;
    const from = sameFigure(got.evidence, got.value) ? '' : ` (from "${got.evidence}")`;
    out.push(`${shown}${from} ${SYMBOL[x.operator]} ${fmt(x.value)}${unitless(unit) ? '' : ` ${unit}`}`);
  }
  return [...new Set(out)];
}

/** Figures shown by name ("TPP 15,832", "massMarket 1") rather than with a unit. */
const unitless = (unit: string) => unit.includes('=') || unit === 'TPP' || unit.startsWith('NIJ');
/** 15832 → "15,832"; 0.80000001 → "0.8" (toLocaleString is slow on hot paths). */
export function fmt(n: number): string {
  if (!Number.isInteger(n)) return Number(n.toPrecision(4)).toString();
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${s}` : s;
}
const sameFigure = (evidence: string, value: number) => evidence.replace(/,/g, '').includes(String(value));
