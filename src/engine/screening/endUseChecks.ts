import type { Warning } from '../Determination';
import { warning, type WarningCode } from '../warnings';

/**
 * End uses of Part 744 and red flags of Supp. No. 3 to Part 732, read from the row's end-use and
 * description text. Words only: a hit means "a person must look", never a settled licence
 * requirement, since the prohibitions turn on knowledge of the actual end use.
 */
interface EndUseRule {
  code: WarningCode;
  pattern: RegExp;
  /** ISO-2 codes the rule reaches; absent: every destination. */
  destinations?: ReadonlySet<string>;
  citation: string;
  what: string;
}

/** 744.21(a): Belarus, Burma, Cambodia, China, Nicaragua, Russia, Venezuela (Nicaragua since 89 FR 18780, 2024). */
export const MILITARY_END_USE_COUNTRIES: ReadonlySet<string> = new Set(['BY', 'MM', 'KH', 'CN', 'NI', 'RU', 'VE']);
/** 744.22(a): the 744.21 countries and Country Groups E:1 and E:2 (Cuba, Iran, North Korea, Syria). */
export const MILITARY_INTELLIGENCE_COUNTRIES: ReadonlySet<string> = new Set([...MILITARY_END_USE_COUNTRIES, 'CU', 'IR', 'KP', 'SY']);

const RULES: readonly EndUseRule[] = [
  {
    code: 'END_USE_NUCLEAR',
    // Nuclear magnetic resonance and nuclear medicine are not nuclear activities.
    pattern: /\bnuclear\b(?!\s+(magnetic|medicine|imaging))|\b(uranium|plutonium|enrichment|heavy water|fissile|reprocessing plant|centrifuge cascades?)\b/i,
    citation: '15 CFR 744.2',
    what: 'a nuclear end use (nuclear explosive activities, unsafeguarded nuclear activities, or safeguarded fuel-cycle activities)',
  },
  {
    code: 'END_USE_MISSILE',
    pattern: /\b(missiles?|ballistic|rocket(s|ry)?|space launch|launch vehicles?|UAVs?|unmanned aerial|unmanned aircraft|drones?)\b/i,
    citation: '15 CFR 744.3',
    what: 'a rocket system or unmanned aerial vehicle end use',
  },
  {
    code: 'END_USE_CHEM_BIO',
    pattern: /\b(chemical weapons?|biological weapons?|bio-?weapons?|nerve agents?|toxin weapons?|weaponi[sz](ed|ation))\b/i,
    citation: '15 CFR 744.4',
    what: 'a chemical or biological weapons end use',
  },
  {
    code: 'END_USE_MILITARY',
    pattern: /\b(military|armed forces|army|navy|naval|air force|ministry of defen[cs]e|defen[cs]e (ministry|forces|industry|contractor)|people'?s liberation army|warships?|fighter (jets?|aircraft)|munitions?|weapons? systems?)\b/i,
    destinations: MILITARY_END_USE_COUNTRIES,
    citation: '15 CFR 744.21',
    what: "a 'military end use' or 'military end user' in a destination 744.21 names",
  },
  {
    code: 'END_USE_MILITARY_INTELLIGENCE',
    pattern: /\b(military[- ]intelligence|intelligence (service|agency|directorate|bureau)|SIGINT|signals intelligence|GRU)\b/i,
    destinations: MILITARY_INTELLIGENCE_COUNTRIES,
    citation: '15 CFR 744.22',
    what: "a 'military-intelligence end use' or end user in a destination 744.22 names",
  },
  {
    code: 'END_USE_ADVANCED_COMPUTING',
    pattern: /\b(supercomputers?|supercomputing|advanced[- ]computing|AI (model )?training|semiconductor (manufacturing|fabrication|fab)|wafer fab(rication)?|chip fab(rication)?|(advanced|leading)[- ]edge (nodes?|ICs?|logic)|integrated circuits? (production|fabrication|development))\b/i,
    citation: '15 CFR 744.23',
    what: 'a supercomputer, advanced-node integrated circuit or semiconductor manufacturing end use',
  },
  {
    code: 'RED_FLAG',
    pattern: /\b(re-?export(ing)?|trans-?ship(ment|ping)?|freight forward(er|ing)?|paid in cash|cash payment|(end use|application) (unknown|not (disclosed|stated|known|provided))|unknown end use|declined? to (state|disclose|say)|refused to (state|disclose)|declines? (installation|training))\b/i,
    citation: '15 CFR Part 732, Supp. No. 3',
    what: 'a red flag of the "Know Your Customer" guidance (diversion, an unexplained end use, an unusual route or payment)',
  },
];

/**
 * The end-use warnings a row's text raises.
 * @param destinationCode the row's destination as an ISO-2 code, when known.
 */
export function endUseWarnings(texts: ReadonlyArray<string | null>, destinationCode: string | null): Warning[] {
  const text = texts.filter((t): t is string => !!t).join(' \u2022 ');
  if (!text) return [];
  const found: Warning[] = [];
  for (const rule of RULES) {
    if (rule.destinations && (!destinationCode || !rule.destinations.has(destinationCode))) continue;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    found.push(warning(rule.code, `The row's text ("${m[0]}") suggests ${rule.what}: find out the actual end use before shipping.`, rule.citation));
  }
  return found;
}
