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
  /** The word conditions of `all` and `none`, and the parameter conditions of `all` and `none`, apart. */
  allWords: PhraseMatcher[];
  allParams: ParameterCondition[];
  noneWords: PhraseMatcher[];
  noneParams: ParameterCondition[];
  /**
   * The phrases of one condition every holding rule must meet (its `all` word condition with the
   * fewest phrases, else all phrases of `any`): the classifier's word index needs no more.
   */
  phrases: string[];
  /** `any` holds only word conditions (decided without parameters). */
  anyWordsOnly: boolean;
}

export function compileRule(rule: ClassificationRule): CompiledRule {
  const compile = (conds: ClassificationRule['when']['all']): Compiled[] =>
    (conds ?? []).map((c) => (c.fact === 'text' ? new PhraseMatcher(c.value) : c));
  const all = compile(rule.when.all);
  const any = compile(rule.when.any);
  const none = compile(rule.when.none);
  const words = (list: Compiled[]) => list.filter((x): x is PhraseMatcher => x instanceof PhraseMatcher);
  const params = (list: Compiled[]) => list.filter((x): x is ParameterCondition => !(x instanceof PhraseMatcher));
  // A rule can hold only when one phrase of each `all` word condition occurs; without one, the
  // rule has always needed a phrase of `all` or `any` to be tried at all.
  let phrases: string[] = [];
  for (const c of rule.when.all ?? []) if (c.fact === 'text' && (!phrases.length || c.value.length < phrases.length)) phrases = c.value;
  if (!phrases.length) phrases = (rule.when.any ?? []).flatMap((c) => (c.fact === 'text' ? c.value : []));
  return {
    rule, all, any, none,
    allWords: words(all), allParams: params(all), noneWords: words(none), noneParams: params(none),
    phrases, anyWordsOnly: any.length > 0 && any.every((x) => x instanceof PhraseMatcher),
  };
}

const FALSE: RuleResult = { status: 'false', missing: [] };
const TRUE: RuleResult = { status: 'true', missing: [] };

export function evaluateRule(c: CompiledRule, text: RowText, params: RowParameters): RuleResult {
  // Words first: they are cheap, and most rules fail on them.
  const allWords = c.allWords;
  for (let i = 0; i < allWords.length; i++) if (!allWords[i].test(text)) return FALSE;
  const noneWords = c.noneWords;
  for (let i = 0; i < noneWords.length; i++) if (noneWords[i].test(text)) return FALSE;
  const anyWordsOnly = c.anyWordsOnly;
  if (anyWordsOnly) {
    let holds = false;
    for (let i = 0; i < c.any.length && !holds; i++) holds = (c.any[i] as PhraseMatcher).test(text);
    if (!holds) return FALSE;
  }
  const requires = c.rule.requires;
  if (requires) for (let i = 0; i < requires.length; i++) if (!params.get(requires[i])) return FALSE;

  let missing: ParameterName[] | null = null;
  const allParams = c.allParams;
  for (let i = 0; i < allParams.length; i++) {
    const v = compare(allParams[i], params);
    if (v === false) return FALSE;
    if (v === null) (missing ??= []).push(allParams[i].fact);
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
    if (holds && missing) missing = missing.filter((m) => allParams.some((x) => x.fact === m));
  }
  // An exclusion excludes when the row shows it; one the row is silent on does not.
  const noneParams = c.noneParams;
  for (let i = 0; i < noneParams.length; i++) if (compare(noneParams[i], params) === true) return FALSE;
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
  const add = (s: string) => { if (!out.includes(s)) out.push(s); };
  for (let i = 0; i < c.all.length + c.any.length; i++) {
    const x = i < c.all.length ? c.all[i] : c.any[i - c.all.length];
    if (x instanceof PhraseMatcher) {
      const hit = x.find(text);
      if (hit) add(`'${hit.replace(/\*$/, '')}'`);
      continue;
    }
    const got = params.get(x.fact);
    if (!got || !compare(x, params)) continue;
    const unit = PARAMETER_UNITS[x.fact];
    const shown = unitless(unit) ? `${x.fact} ${fmt(got.value)}` : `${fmt(got.value)} ${unit}`;
    const from = sameFigure(got.evidence, got.value) ? '' : ` (from "${got.evidence}")`;
    add(`${shown}${from} ${SYMBOL[x.operator]} ${fmt(x.value)}${unitless(unit) ? '' : ` ${unit}`}`);
  }
  return out;
}

/** Figures shown by name ("TPP 15,832", "massMarket 1") rather than with a unit. */
const unitless = (unit: string) => unit.includes('=') || unit === 'TPP' || unit.startsWith('NIJ');
/** 15832 → "15,832"; 0.80000001 → "0.8" (toLocaleString is slow on hot paths). */
export function fmt(n: number): string {
  if (!Number.isInteger(n)) return Number(n.toPrecision(4)).toString();
  const digits = String(Math.abs(n));
  if (digits.length <= 3 || digits.includes('e')) return n < 0 ? `-${digits}` : digits;
  let s = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = s.length; i < digits.length; i += 3) s += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${s}` : s;
}
const sameFigure = (evidence: string, value: number) => evidence.replace(/,/g, '').includes(String(value));
