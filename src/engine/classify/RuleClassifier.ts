import type { CatalogRow } from '../catalog/CatalogRow';
import type { Warning } from '../Determination';
import { parseEccn, paragraphWithin } from '../eccn/parseEccn';
import type { CclEntry, RulesPack } from '../pack/RulesPack';
import { warning } from '../warnings';
import type { ClassificationData, ListedChemical } from './ClassificationRules';
import { EccnMarkers } from './eccnMarkers';
import { compileRule, evaluateRule, evidenceOf, type CompiledRule } from './evaluateRule';
import { RowParameters } from './extractParameters';
import type { ItemClassifier, ItemIdentity } from './ItemIdentity';
import { KeywordIndex, type KeywordCandidate } from './KeywordIndex';
import { ListedSubstances, readCasNumbers } from './ListedSubstances';
import { normalizePhrase, PhraseMatcher, rowTextOf, type RowText } from './rowText';

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

/** A finding whose explanation is written on first read. */
function lazyFinding(eccn: string, outcome: 'propose' | 'review', priority: number, settled: boolean, citation: string, explain: () => string): Finding {
  let text: string | undefined;
  return {
    eccn, outcome, priority, settled, citation,
    get explanation() {
      return (text ??= explain());
    },
  };
}

/** Rule priorities for findings that do not come from a rule. */
const LISTED_SUBSTANCE_PRIORITY = 60;
const UNREADABLE_CAS_PRIORITY = 90;
const CHEMICAL_ON_NO_LIST_PRIORITY = 4;

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
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix: Array<{ prefix: string; padded: string; rules: number[] }> = [];
  /** Per rule, the row count at which it was last collected (avoids a Set per row). */
  private readonly seenAt: Int32Array;
  private stamp = 0;
  /** Any rule prefix at a word start: one test, and the slots are walked only when it finds one. */
  private anyPrefix: RegExp | null = null;
  private readonly substances: ListedSubstances;
  private readonly markers: EccnMarkers;
  private readonly keywords: KeywordIndex;
  private readonly blockers: PhraseMatcher;
  private readonly mixtureWords: PhraseMatcher;
  private readonly agentExclusions = new PhraseMatcher(['vaccine', 'vaccines', 'immunotoxin', 'immunotoxins', 'kit', 'kits', 'diagnostic', 'medical product', 'pharmaceutical', 'injection']);
  private readonly entries = new Map<string, CclEntry>();

  constructor(pack: RulesPack) {
    const data: ClassificationData = pack.classification ?? { rules: [], chemicals: [], agents: [], markers: [], ear99Blockers: [], mixtureWords: [] };
    for (const e of pack.ccl) this.entries.set(e.eccn, e);
    for (const rule of data.rules) this.indexRule(compileRule(rule));
    this.seenAt = new Int32Array(this.rules.length).fill(-1);
    if (this.byPrefix.length) this.anyPrefix = new RegExp(` (?:${this.byPrefix.map((s) => s.prefix).join('|')})`);
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
          basis: [...result.findings.map((f) => f.explanation), `Proposed by EARmark's rules: confirm against the full entry before relying on it.`],
          warnings: result.warnings,
          citations: [...new Set(result.findings.map((f) => f.citation))],
        };
      case 'review':
        return {
          eccn: null,
          source: 'none',
          basis: [`No ECCN proposed: ${result.candidates.map((c) => c.explanation).join(' ')}`],
          warnings: [
            ...result.warnings,
            warning('CLASSIFICATION_CANDIDATES', `Needs review; candidates: ${describeCandidates(result.candidates)}.`, '15 CFR 774 Supp. 1'),
          ],
          citations: [...new Set(result.candidates.map((c) => c.citation))],
        };
      case 'none': {
        const list = result.keywordCandidates.map((k) => `${k.eccn} (${k.title}: matched ${k.matched.map((m) => `'${m}'`).join(', ')})`);
        return {
          eccn: null,
          source: 'none',
          basis: [],
          warnings: [
            ...result.warnings,
            warning(
              'NO_RULE_MATCH',
              list.length
                ? `No classification rule matched; keyword candidates (similar words only, not a classification): ${list.join(', ')}.`
                : 'No classification rule matched and no CCL title shares its words: classify by hand (Part 774 Supp. 1; EAR99 only if no entry applies).',
              '15 CFR 774 Supp. 1',
            ),
          ],
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
    for (const compiled of this.candidateRules(text)) {
      const result = evaluateRule(compiled, text, params);
      if (result.status === 'false') continue;
      const rule = compiled.rule;
      const settled = result.status === 'true';
      // EAR99 is said only where established: a risk word anywhere in the row turns it into a candidate.
      const blocker = rule.eccn === 'EAR99' && rule.outcome === 'propose' ? this.blocker(text) : undefined;
      // The sentence is written only if the finding is shown (most rows show one or two).
      const because = () => evidenceOf(compiled, text, params).join(', ') || 'its words';
      if (blocker) {
        findings.push(lazyFinding('EAR99', 'review', rule.priority, settled, rule.citation, () =>
          `${rule.criteria}: matched ${because()}, but '${blocker}' in the row calls for review before EAR99.`));
        continue;
      }
      findings.push(lazyFinding(rule.eccn, rule.outcome, rule.priority, settled, rule.citation, () =>
        settled
          ? `${rule.criteria}: matched ${because()} → ${rule.eccn}${rule.outcome === 'review' ? ` is a candidate only${rule.note ? ` (${rule.note})` : ''}` : ''} (${rule.citation}).`
          : `${rule.criteria}: matched ${because()}, but ${result.missing.map(describeParameter).join(' and ')} not stated → ${rule.eccn} cannot be settled${rule.note ? ` (${rule.note})` : ''}.`));
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
    for (const { chemical, how } of chemicals) findings.push(this.chemicalFinding(chemical, how, text, params));
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
    for (const raw of new Set(compiled.phrases)) {
      const p = normalizePhrase(raw);
      // A phrase is indexed under its longest word ("for servers" under "servers"): rarer, so
      // fewer rules are tried per row. A prefix phrase ("aes*") is indexed as a prefix.
      const key = p.endsWith('*') ? p : p.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
      if (key.endsWith('*')) {
        const prefix = key.slice(0, -1);
        let slot = this.byPrefix.find((s) => s.prefix === prefix);
        if (!slot) this.byPrefix.push((slot = { prefix, padded: ` ${prefix}`, rules: [] }));
        if (!slot.rules.includes(n)) slot.rules.push(n);
      } else {
        let list = this.byWord.get(key);
        if (!list) this.byWord.set(key, (list = []));
        if (!list.includes(n)) list.push(n);
      }
    }
  }

  /** Rules whose words could hold for the row, each once, in pack order. */
  private candidateRules(text: RowText): CompiledRule[] {
    if (this.stamp > 1e9) { this.seenAt.fill(-1); this.stamp = 0; }
    const stamp = ++this.stamp;
    const seen = this.seenAt;
    const picked: number[] = [];
    for (const w of text.words) {
      const list = this.byWord.get(w);
      if (!list) continue;
      for (const n of list) if (seen[n] !== stamp) { seen[n] = stamp; picked.push(n); }
    }
    if (this.anyPrefix?.test(text.padded)) for (const slot of this.byPrefix) {
      if (!text.padded.includes(slot.padded)) continue;
      for (const n of slot.rules) if (seen[n] !== stamp) { seen[n] = stamp; picked.push(n); }
    }
    if (picked.length > 1) picked.sort((a, b) => a - b);
    return picked.map((n) => this.rules[n]);
  }
}

function decide(findings: Finding[], warnings: Warning[], keywordCandidates: () => KeywordCandidate[]): Classification {
  if (!findings.length) return { kind: 'none', keywordCandidates: keywordCandidates(), warnings };
  findings.sort((a, b) => b.priority - a.priority);
  const top = findings.filter((f) => f.priority === findings[0].priority);
  // An unsettled rule that would reach the same ECCN as a settled one adds no doubt.
  const settledEccns = new Set(top.filter((f) => f.settled && f.outcome === 'propose').map((f) => f.eccn));
  for (let i = top.length - 1; i >= 0; i--) if (!top[i].settled && top[i].outcome === 'propose' && settledEccns.has(top[i].eccn)) top.splice(i, 1);
  const eccns = new Set(top.map((f) => f.eccn));
  if (eccns.size === 1 && top.every((f) => f.settled && f.outcome === 'propose')) {
    return { kind: 'proposed', eccn: top[0].eccn, findings: top, warnings };
  }
  // Candidates: the deciding priority first, then lower ones, one per ECCN, at most three.
  const seen = new Set<string>();
  const candidates = findings.filter((f) => !seen.has(f.eccn) && seen.add(f.eccn)).slice(0, 3);
  return { kind: 'review', candidates, warnings };
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
  nijLevel: 'the NIJ protection level',
};

function describeParameter(name: string): string {
  return PARAMETER_WORDS[name] ?? name;
}
