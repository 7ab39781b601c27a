import type { CatalogRow } from '../catalog/CatalogRow';
import type { Warning } from '../Determination';
import { parseEccn, paragraphWithin } from '../eccn/parseEccn';
import type { CclEntry, RulesPack } from '../pack/RulesPack';
import { warning } from '../warnings';
import type { ClassificationData, ListedChemical } from './ClassificationRules';
import { EccnMarkers } from './eccnMarkers';
import { compileRule, evaluateRule, evidenceOf, type CompiledRule, type RuleResult } from './evaluateRule';
import { RowParameters } from './extractParameters';
import type { ItemClassifier, ItemIdentity } from './ItemIdentity';
import { KeywordIndex, type KeywordCandidate } from './KeywordIndex';
import { ListedSubstances, readCasNumbers } from './ListedSubstances';
import { normalizePhrase, phraseKey, PhraseMatcher, rowTextOf, vocabulary, type RowText } from './rowText';

/** One reason the rules see for an ECCN: a rule that held or could not be settled, or a listed substance. */
export interface Finding {
  eccn: string;
  outcome: 'propose' | 'review';
  priority: number;
  /** False when a parameter the criteria need was not stated. */
  settled: boolean;
  /** One sentence: what matched and why it leads to `eccn` (or what is missing). */
  explanation: string;
  citation: string;
}

export type Classification =
  | { kind: 'proposed'; eccn: string; findings: Finding[]; warnings: Warning[] }
  | { kind: 'review'; candidates: Finding[]; warnings: Warning[] }
  | { kind: 'none'; keywordCandidates: KeywordCandidate[]; warnings: Warning[] };

/**
 * A rule's finding, its explanation written on first read (most rows show one or two findings).
 * `blocker`: a risk word that turns an EAR99 proposal into a review candidate. A class rather than
 * an object literal with a getter: V8 builds those through a slow runtime path on every row.
 */
class RuleFinding implements Finding {
  readonly eccn: string;
  readonly outcome: 'propose' | 'review';
  readonly priority: number;
  readonly settled: boolean;
  readonly citation: string;
  private written: string | undefined;

  constructor(
    private readonly compiled: CompiledRule,
    private readonly result: RuleResult,
    private readonly text: RowText,
    private readonly params: RowParameters,
    private readonly blocker: string | undefined,
  ) {
    const rule = compiled.rule;
    this.eccn = blocker ? 'EAR99' : rule.eccn;
    this.outcome = blocker ? 'review' : rule.outcome;
    this.priority = rule.priority;
    this.settled = result.status === 'true';
    this.citation = rule.citation;
  }

  get explanation(): string {
    return (this.written ??= explainRule(this.compiled, this.result, this.text, this.params, this.blocker));
  }

  /** The Finding as plain data (explanation included), for JSON and logs. */
  toJSON(): Finding {
    return { eccn: this.eccn, outcome: this.outcome, priority: this.priority, settled: this.settled, explanation: this.explanation, citation: this.citation };
  }
}

function explainRule(compiled: CompiledRule, result: RuleResult, text: RowText, params: RowParameters, blocker: string | undefined): string {
  const rule = compiled.rule;
  const because = evidenceOf(compiled, text, params).join(', ') || 'its words';
  if (blocker) return `${rule.criteria}: matched ${because}, but '${blocker}' in the row calls for review before EAR99.`;
  return result.status === 'true'
    ? `${rule.criteria}: matched ${because} → ${rule.eccn}${rule.outcome === 'review' ? ` is a candidate only${rule.note ? ` (${rule.note})` : ''}` : ''} (${rule.citation}).`
    : `${rule.criteria}: matched ${because}, but ${result.missing.map(describeParameter).join(' and ')} not stated → ${rule.eccn} cannot be settled${rule.note ? ` (${rule.note})` : ''}.`;
}

/** The distinct citations of some findings, in order. */
function citationsOf(findings: readonly Finding[]): string[] {
  const out: string[] = [];
  for (const f of findings) if (!out.includes(f.citation)) out.push(f.citation);
  return out;
}

/** Rule priorities for findings that do not come from a rule. */
const LISTED_SUBSTANCE_PRIORITY = 60;
const UNREADABLE_CAS_PRIORITY = 90;
const CHEMICAL_ON_NO_LIST_PRIORITY = 4;
const CONSUMER_GOODS_CITATION = '15 CFR 774 Supp. 1, ECCN 1C350 License Requirements Note 2.b; ECCN 1C395 Note 2; ECCN 1C995 Note 3';

/**
 * Proposes an ECCN from a row's words and parameters using the pack's classification rules, and
 * checks an analyst's ECCN against them. Built once per pack. Rules are indexed by their words,
 * so a row is evaluated only against rules whose words it contains.
 *
 * Decision: the findings of the highest priority decide. They must all hold, agree on one ECCN
 * and all be `propose` rules; anything else (a missing parameter, two ECCNs, a review rule) sends
 * the row to review with the candidates named. Keyword similarity alone never sets an ECCN.
 */
export class RuleClassifier implements ItemClassifier {
  private readonly rules: CompiledRule[] = [];
  /** Per vocabulary number (a word, a prefix): the rules a row holding it may meet. */
  private readonly byWord = new Map<number, number[]>();
  /** Rule lists by vocabulary number, as an array for the per-row walk (holes where no rule). */
  private byId: Array<Int32Array | undefined> = [];
  /** The prefixes rules are indexed under, walked only when the row holds some prefix. */
  private readonly byPrefix: Array<{ id: number; padded: string; rules: Int32Array }> = [];
  /** Per rule, the row count at which it was last collected (avoids a Set per row). */
  private readonly seenAt: Int32Array;
  private stamp = 0;
  /** The rules collected for the current row (reused: no array per row). */
  private readonly picked: Int32Array;
  private readonly substances: ListedSubstances;
  private readonly markers: EccnMarkers;
  private readonly keywords: KeywordIndex;
  private readonly blockers: PhraseMatcher;
  private readonly mixtureWords: PhraseMatcher;
  private readonly agentExclusions = new PhraseMatcher(['vaccine', 'vaccines', 'immunotoxin', 'immunotoxins', 'kit', 'kits', 'diagnostic', 'medical product', 'pharmaceutical', 'injection']);
  private readonly entries = new Map<string, CclEntry>();
  /** Words that say a mixture is sold as consumer goods at retail (1C350 License Requirements Note 2.b). */
  private readonly consumerWords = new PhraseMatcher(['retail', 'consumer', 'personal use', 'toothpaste', 'mouthwash', 'shampoo', 'cosmetic', 'cosmetics', 'household']);

  constructor(pack: RulesPack) {
    const data: ClassificationData = pack.classification ?? { rules: [], chemicals: [], agents: [], markers: [], ear99Blockers: [], mixtureWords: [] };
    for (const e of pack.ccl) this.entries.set(e.eccn, e);
    for (const rule of data.rules) this.indexRule(compileRule(rule));
    this.seenAt = new Int32Array(this.rules.length).fill(-1);
    this.picked = new Int32Array(this.rules.length);
    for (const [id, list] of this.byWord) this.byId[id] = Int32Array.from(list);
    this.substances = new ListedSubstances(data.chemicals, data.agents);
    this.markers = new EccnMarkers(data.markers);
    this.keywords = new KeywordIndex(pack.ccl);
    this.blockers = new PhraseMatcher(data.ear99Blockers);
    this.mixtureWords = new PhraseMatcher(data.mixtureWords);
  }

  identify(row: CatalogRow): ItemIdentity {
    const marker = this.markers.find(row.eccn);
    if (marker) {
      return {
        eccn: row.eccn,
        source: 'input',
        basis: [`The ECCN cell says "${row.eccn}": ${marker.meaning}`],
        warnings: [warning('NOT_SUBJECT_TO_EAR_MARKER', `"${row.eccn}" is not an ECCN: ${marker.meaning}`, marker.citation)],
        citations: [marker.citation],
      };
    }
    const result = this.classify(row);
    if (row.eccn) return this.checkAnalyst(row.eccn, result);
    switch (result.kind) {
      case 'proposed':
        return {
          eccn: result.eccn,
          source: 'rule',
          basis: basisOf(result.findings),
          warnings: result.warnings,
          citations: citationsOf(result.findings),
        };
      case 'review':
        return {
          eccn: null,
          source: 'none',
          basis: [`No ECCN proposed: ${result.candidates.map((c) => c.explanation).join(' ')}`],
          warnings: withWarning(result.warnings, warning('CLASSIFICATION_CANDIDATES', `Needs review; candidates: ${describeCandidates(result.candidates)}.`, '15 CFR 774 Supp. 1')),
          citations: citationsOf(result.candidates),
        };
      case 'none': {
        const list = result.keywordCandidates.map((k) => `${k.eccn} (${k.title}: matched ${k.matched.map((m) => `'${m}'`).join(', ')})`);
        return {
          eccn: null,
          source: 'none',
          basis: [],
          warnings: withWarning(
            result.warnings,
            warning(
              'NO_RULE_MATCH',
              list.length
                ? `No classification rule matched; keyword candidates (similar words only, not a classification): ${list.join(', ')}.`
                : 'No classification rule matched and no CCL title shares its words: classify by hand (Part 774 Supp. 1; EAR99 only if no entry applies).',
              '15 CFR 774 Supp. 1',
            ),
          ),
          citations: [],
        };
      }
    }
  }

  /** What the rules conclude for the row on its own words and parameters (the analyst's ECCN aside). */
  classify(row: CatalogRow): Classification {
    const text = rowTextOf(row);
    const params = new RowParameters(text.raw);
    const findings: Finding[] = [];
    const warnings: Warning[] = [];
    this.substanceFindings(row, text, params, findings, warnings);
    const picked = this.picked;
    const count = this.candidateRules(text);
    for (let i = 0; i < count; i++) {
      const compiled = this.rules[picked[i]];
      const result = evaluateRule(compiled, text, params);
      if (result.status === 'false') continue;
      const rule = compiled.rule;
      // EAR99 is said only where established: a risk word anywhere in the row turns it into a candidate.
      const blocker = rule.eccn === 'EAR99' && rule.outcome === 'propose' ? this.blocker(text) : undefined;
      findings.push(new RuleFinding(compiled, result, text, params, blocker));
    }
    return decide(findings, warnings, () => this.keywords.candidates(text.words));
  }

  private substanceFindings(row: CatalogRow, text: RowText, params: RowParameters, findings: Finding[], warnings: Warning[]): void {
    const cas = readCasNumbers(row);
    for (const bad of cas.invalid) {
      warnings.push(warning('INVALID_CAS', `CAS number "${bad.text}" is not valid: ${bad.reason}. It was not looked up.`, '15 CFR 774 Supp. 1, ECCN 1C350 (CAS numbers)'));
      findings.push({
        eccn: '1C350', outcome: 'review', priority: UNREADABLE_CAS_PRIORITY, settled: false, citation: '15 CFR 774 Supp. 1, ECCN 1C350',
        explanation: `The CAS number "${bad.text}" fails its check digit, so whether the chemical is listed cannot be checked.`,
      });
    }
    const agent = this.substances.agentByName(text);
    if (agent) {
      const excluded = this.agentExclusions.find(text);
      const settled = !agent.agent.qualified && !excluded;
      findings.push({
        eccn: agent.agent.eccn, outcome: settled ? 'propose' : 'review', priority: LISTED_SUBSTANCE_PRIORITY, settled, citation: agent.agent.citation,
        explanation: settled
          ? `'${agent.phrase}' is listed by name in ${agent.agent.eccn} (pathogens and toxins) → ${agent.agent.eccn} (${agent.agent.citation}).`
          : `'${agent.phrase}' is named in ${agent.agent.eccn}, but ${excluded ? `'${excluded}': vaccines, immunotoxins and certain test kits are excluded (1C351 Note 1)` : 'the paragraph covers only certain strains or types'} — review.`,
      });
    }
    const chemicals: Array<{ chemical: ListedChemical; how: string }> = [];
    for (const c of cas.valid) {
      const listed = this.substances.chemicalByCas(c);
      if (listed) chemicals.push({ chemical: listed, how: `CAS ${c}` });
      else if (!agent) {
        findings.push({
          eccn: 'EAR99', outcome: this.blocker(text) ? 'review' : 'propose', priority: CHEMICAL_ON_NO_LIST_PRIORITY, settled: true,
          citation: '15 CFR 734.3(c); 15 CFR 774 Supp. 1, ECCNs 1C350, 1C355',
          explanation: `CAS ${c} is on none of the CCL chemical lists EARmark holds (1C350 precursors, 1C355 CWC schedules) → EAR99 (15 CFR 734.3(c)).`,
        });
      }
    }
    if (!cas.valid.length && !cas.invalid.length) {
      const byName = this.substances.chemicalByName(text);
      if (byName) chemicals.push({ chemical: byName, how: `'${byName.name}'` });
    }
    for (const { chemical, how } of chemicals) {
      const finding = this.chemicalFinding(chemical, how, text, params);
      findings.push(finding);
      // 1C350 License Requirements Note 2.b (1C395 Note 2, 1C995 Note 3): a listed chemical that is a
      // normal ingredient of consumer goods packaged for retail sale for personal use leaves them EAR99.
      // Whether it is a "normal ingredient" is not in the row, so EAR99 is only named beside the entry.
      const consumer = finding.outcome === 'review' ? this.consumerWords.find(text) : undefined;
      if (consumer) {
        findings.push({
          eccn: 'EAR99', outcome: 'review', priority: LISTED_SUBSTANCE_PRIORITY, settled: false, citation: CONSUMER_GOODS_CITATION,
          explanation: `'${consumer}' suggests consumer goods: if ${chemical.name} is a normal ingredient of goods packaged for retail sale for personal use, they are EAR99 (${CONSUMER_GOODS_CITATION}) — confirm.`,
        });
      }
    }
  }

  private chemicalFinding(c: ListedChemical, how: string, text: RowText, params: RowParameters): Finding {
    const base = { eccn: c.eccn, priority: LISTED_SUBSTANCE_PRIORITY, citation: c.citation };
    const threshold = `${c.exclusive ? 'more than' : 'at least'} ${c.mixtureThresholdPct}% by weight`;
    const pct = params.get('concentrationPct');
    if (pct) {
      const meets = c.exclusive ? pct.value > c.mixtureThresholdPct : pct.value >= c.mixtureThresholdPct;
      return meets
        ? { ...base, outcome: 'propose', settled: true, explanation: `${how} (${c.name}) is listed in ${c.eccn}; ${pct.value}% meets the mixture threshold of ${threshold} → ${c.eccn} (${c.citation}).` }
        : { ...base, eccn: '1C995', outcome: 'review', settled: true, explanation: `${how} (${c.name}) is listed in ${c.eccn}, but ${pct.value}% is below ${threshold}: such mixtures fall under 1C395 or 1C995 — review.` };
    }
    const mixture = this.mixtureWords.find(text);
    if (mixture) {
      return { ...base, outcome: 'review', settled: false, explanation: `${how} (${c.name}) is listed in ${c.eccn}, and '${mixture.replace(/\*$/, '')}' suggests a mixture or consumer product: state its concentration (threshold ${threshold}) — review.` };
    }
    return { ...base, outcome: 'propose', settled: true, explanation: `${how} (${c.name}) is listed in ${c.eccn} (no mixture stated, so the chemical itself) → ${c.eccn} (${c.citation}).` };
  }

  private blocker(text: RowText): string | undefined {
    return this.blockers.find(text);
  }

  private checkAnalyst(entered: string, result: Classification): ItemIdentity {
    const identity: ItemIdentity = { eccn: entered, source: 'input', basis: [], warnings: [...result.warnings], citations: [] };
    if (result.kind !== 'proposed') return identity;
    const parsed = parseEccn(entered);
    const analyst = parsed.kind === 'invalid' ? null : parsed.normalized;
    if (analyst && compatible(analyst, result.eccn)) {
      identity.basis.push(`EARmark's rules agree: ${result.findings[0].explanation}`);
      return identity;
    }
    identity.warnings.push(
      warning(
        'ECCN_DISAGREES_WITH_RULES',
        `The entered ECCN ${analyst ?? `"${entered}"`} is kept, but EARmark's rules suggest ${result.eccn}: ${result.findings.map((f) => f.explanation).join(' ')}`,
        result.findings[0].citation,
      ),
    );
    return identity;
  }

  private indexRule(compiled: CompiledRule): void {
    const n = this.rules.push(compiled) - 1;
    for (const raw of compiled.phrases) {
      const p = normalizePhrase(raw);
      if (!p) continue;
      // A phrase is indexed under its longest word ("for servers" under "servers"): rarer, so
      // fewer rules are tried per row. A prefix phrase ("aes*") is indexed as a prefix.
      const id = phraseKey(p);
      let list = this.byWord.get(id);
      if (!list) {
        this.byWord.set(id, (list = []));
        if (p.endsWith('*')) this.byPrefix.push({ id, padded: ` ${p.slice(0, -1)}`, rules: new Int32Array(0) });
      }
      if (!list.includes(n)) list.push(n);
    }
    for (const slot of this.byPrefix) slot.rules = Int32Array.from(this.byWord.get(slot.id)!);
  }

  /**
   * Collects into `picked` the rules whose words could hold for the row, each once, in pack
   * order; returns how many.
   */
  private candidateRules(text: RowText): number {
    if (this.stamp > 1e9) { this.seenAt.fill(-1); this.stamp = 0; }
    const stamp = ++this.stamp;
    const seen = this.seenAt;
    const picked = this.picked;
    const byId = this.byId;
    let count = 0;
    const ids = text.ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (id < 0) continue;
      const list = byId[id];
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const n = list[j];
        if (seen[n] !== stamp) { seen[n] = stamp; picked[count++] = n; }
      }
    }
    if (text.hasPrefix) {
      const current = vocabulary.current(text);
      for (const slot of this.byPrefix) {
        if (current ? !vocabulary.has(slot.id) : !text.padded.includes(slot.padded)) continue;
        for (let j = 0; j < slot.rules.length; j++) {
          const n = slot.rules[j];
          if (seen[n] !== stamp) { seen[n] = stamp; picked[count++] = n; }
        }
      }
    }
    // Pack order (insertion sort: a row meets a handful of rules).
    for (let i = 1; i < count; i++) {
      const v = picked[i];
      let j = i - 1;
      while (j >= 0 && picked[j] > v) { picked[j + 1] = picked[j]; j--; }
      picked[j + 1] = v;
    }
    return count;
  }
}

function decide(findings: Finding[], warnings: Warning[], keywordCandidates: () => KeywordCandidate[]): Classification {
  if (!findings.length) return { kind: 'none', keywordCandidates: keywordCandidates(), warnings };
  if (findings.length > 1) findings.sort((a, b) => b.priority - a.priority);
  const best = findings[0].priority;
  let end = 1;
  while (end < findings.length && findings[end].priority === best) end++;
  // An unsettled rule that would reach the same ECCN as a settled one adds no doubt.
  const top: Finding[] = [];
  for (let i = 0; i < end; i++) {
    const f = findings[i];
    if (!f.settled && f.outcome === 'propose' && settledProposal(findings, end, f.eccn)) continue;
    top.push(f);
  }
  let agreed = true;
  for (const f of top) if (!f.settled || f.outcome !== 'propose' || f.eccn !== top[0].eccn) { agreed = false; break; }
  if (agreed) return { kind: 'proposed', eccn: top[0].eccn, findings: top, warnings };
  // Candidates: the deciding priority first, then lower ones, one per ECCN, at most three.
  const candidates: Finding[] = [];
  for (const f of findings) {
    if (candidates.length === 3) break;
    if (!candidates.some((c) => c.eccn === f.eccn)) candidates.push(f);
  }
  return { kind: 'review', candidates, warnings };
}

/** Some settled `propose` finding among the first `end` reaches `eccn`. */
function settledProposal(findings: readonly Finding[], end: number, eccn: string): boolean {
  for (let i = 0; i < end; i++) {
    const f = findings[i];
    if (f.settled && f.outcome === 'propose' && f.eccn === eccn) return true;
  }
  return false;
}

function basisOf(findings: readonly Finding[]): string[] {
  const basis: string[] = [];
  for (const f of findings) basis.push(f.explanation);
  basis.push(`Proposed by EARmark's rules: confirm against the full entry before relying on it.`);
  return basis;
}

function withWarning(warnings: readonly Warning[], extra: Warning): Warning[] {
  const out = warnings.slice();
  out.push(extra);
  return out;
}

/** "6A003.b.4.b" fits an analyst's "6A003" or "6A003.b.4"; "5A992.c" fits "5A992". */
function compatible(analyst: string, proposed: string): boolean {
  if (analyst === proposed) return true;
  if (analyst === 'EAR99' || proposed === 'EAR99') return false;
  if (analyst.slice(0, 5) !== proposed.slice(0, 5)) return false;
  const a = analyst.slice(6);
  const p = proposed.slice(6);
  return !a || !p || paragraphWithin(p, a) || paragraphWithin(a, p);
}

function describeCandidates(candidates: readonly Finding[]): string {
  return candidates.map((c) => `${c.eccn} (${c.settled ? '' : 'unsettled: '}${c.explanation.replace(/\.$/, '')})`).join('; ');
}

const PARAMETER_WORDS: Record<string, string> = {
  frameRateHz: 'the frame rate', arrayElements: 'the array size', wavelengthMinUm: 'the wavelength', wavelengthMaxUm: 'the wavelength',
  powerW: 'the output power', keyLengthBits: 'the key length', massMarket: 'mass-market status', enduranceMin: 'the endurance',
  gustKmh: 'the gust tolerance', tpp: 'the TPP', performanceDensity: 'the performance density', totalDoseGySi: 'the total-dose rating',
  repeatabilityUm: 'the positioning repeatability', contouringAxes: 'the number of contouring axes', travelMm: 'the axis travel',
  concentrationPct: 'the concentration', calibreMm: 'the calibre', magazineRounds: 'the magazine capacity', barrelLengthIn: 'the barrel length',
  nijLevel: 'the NIJ protection level', mcpPitchUm: 'the microchannel-plate hole pitch',
};

function describeParameter(name: string): string {
  return PARAMETER_WORDS[name] ?? name;
}
