/**
 * The classification part of a rules pack: plain data the RuleClassifier evaluates. Shaped like
 * json-rules-engine rules (facts, operators, values under all/any/none) so a compliance analyst can
 * read and review them without reading code. Every rule names the ECCN paragraph it concludes and
 * the CCL criteria it checks, with the citation those criteria come from.
 */

/** Technical parameters the extractor reads from a row, each in one canonical unit. */
export const PARAMETER_UNITS = {
  frameRateHz: 'Hz',
  arrayElements: 'elements',
  wavelengthMinUm: 'µm',
  wavelengthMaxUm: 'µm',
  powerW: 'W',
  keyLengthBits: 'bits',
  massMarket: 'yes=1/no=0',
  enduranceMin: 'minutes',
  gustKmh: 'km/h',
  tpp: 'TPP',
  performanceDensity: 'TPP/mm²',
  totalDoseGySi: 'Gy(Si)',
  repeatabilityUm: 'µm',
  contouringAxes: 'axes',
  travelMm: 'mm',
  concentrationPct: '%',
  calibreMm: 'mm',
  magazineRounds: 'rounds',
  barrelLengthIn: 'in',
  nijLevel: 'NIJ level (IIA=1, II=2, IIIA=3, III=4, IV=5)',
  mcpPitchUm: 'µm',
} as const;

export type ParameterName = keyof typeof PARAMETER_UNITS;

/** A word or phrase test over the row's text (description and attribute columns, lower-cased). */
export interface TextCondition {
  fact: 'text';
  /** `hasAny`: one of the phrases occurs as whole words; a phrase ending in "*" matches a word prefix. */
  operator: 'hasAny';
  value: string[];
}

/** A threshold test on an extracted parameter. Unknown (not stated) is neither true nor false. */
export interface ParameterCondition {
  fact: ParameterName;
  operator: 'gt' | 'gte' | 'lt' | 'lte' | 'eq';
  value: number;
}

export type RuleCondition = TextCondition | ParameterCondition;

export interface ClassificationRule {
  /** Stable id, "family.what" (e.g. "sensors.thermal-camera-fast"). */
  id: string;
  family: string;
  /**
   * The ECCN paragraph concluded ("6A003.b.4.b") or "EAR99"; "USML" for review rules that say the
   * item may be a defense article subject to the ITAR rather than the EAR.
   */
  eccn: string;
  /**
   * `propose`: when the conditions hold, the row gets this ECCN (source "rule").
   * `review`: the words place the item near this ECCN, but the CCL's criteria cannot be settled
   * from a catalog row (or the item may be subject to the ITAR); the row goes to review with it
   * as a candidate.
   */
  outcome: 'propose' | 'review';
  /** When several rules hold, the highest priority decides; equal priorities must agree. */
  priority: number;
  /** What the rule checks, in EARmark's words; quoted in the Basis. */
  criteria: string;
  citation: string;
  when: {
    all?: RuleCondition[];
    any?: RuleCondition[];
    /** Exclusions and notes of the entry: any that holds stops the rule. */
    none?: RuleCondition[];
  };
  /**
   * Parameters without which the rule does not speak at all (rather than asking for them): a chip
   * rule that compares TPP says nothing about a microcontroller whose row gives no TPP.
   */
  requires?: ParameterName[];
  /** What the analyst should check or state when the rule cannot decide (missing parameter, review outcome). */
  note?: string;
}

/** A chemical the CCL lists by CAS number, with the paragraph and the mixture threshold. */
export interface ListedChemical {
  cas: string;
  name: string;
  /** Paragraph concluded, e.g. "1C350.b.13". */
  eccn: string;
  /** Mixtures are covered at or above (or above, when `exclusive`) this share by weight. */
  mixtureThresholdPct: number;
  exclusive?: boolean;
  citation: string;
}

/** A pathogen or toxin listed by name (1C351). */
export interface ListedAgent {
  names: string[];
  eccn: string;
  /** The paragraph carries a qualifier (strain, subtype, toxin-producing…) a name match cannot settle. */
  qualified?: boolean;
  citation: string;
}

/** Text in an ECCN cell that is not an ECCN but says something about jurisdiction. */
export interface EccnMarker {
  id: string;
  /** Phrases matched as whole words in the lower-cased cell. */
  phrases: string[];
  meaning: string;
  citation: string;
}

export interface ClassificationData {
  rules: ClassificationRule[];
  chemicals: ListedChemical[];
  agents: ListedAgent[];
  markers: EccnMarker[];
  /**
   * Words that make an EAR99 conclusion unsafe (military, weapon, nuclear, …): when one occurs,
   * no EAR99 rule, and no "CAS on no list" conclusion, may set the ECCN.
   */
  ear99Blockers: string[];
  /** Words that suggest a chemical is in a mixture or consumer product (1C350 Notes 2 and 4). */
  mixtureWords: string[];
}
