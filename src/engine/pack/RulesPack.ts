/**
 * The shape of a rules pack as the engine consumes it. The engine never loads a pack itself:
 * `src/rules/` validates the bundled (or a user-supplied) pack against a schema that produces
 * exactly this type, and the task pane or CLI hands it to the engine.
 *
 * Every fact carries the 15 CFR citation it rests on, so an answer can always be traced.
 */
import type { ClassificationData } from '../classify/ClassificationRules';

/** A Commerce Country Chart column, written without the space ("NS1" for "NS 1"). */
export type ChartColumn =
  | 'CB1' | 'CB2' | 'CB3'
  | 'NP1' | 'NP2'
  | 'NS1' | 'NS2'
  | 'MT1'
  | 'RS1' | 'RS2'
  | 'FC1'
  | 'CC1' | 'CC2' | 'CC3'
  | 'AT1' | 'AT2';

export const CHART_COLUMNS: readonly ChartColumn[] = [
  'CB1', 'CB2', 'CB3', 'NP1', 'NP2', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'FC1', 'CC1', 'CC2', 'CC3', 'AT1', 'AT2',
];

export interface PackSource {
  /** What the source is, e.g. "Commerce Control List". */
  name: string;
  /** e.g. "15 CFR Part 774, Supplement No. 1". */
  citation: string;
  /** The issue of the regulation the facts were taken from (YYYY-MM-DD). */
  asOf: string;
}

export interface PackMeta {
  id: string;
  version: string;
  /** The date the pack's facts are effective (the eCFR issue date), YYYY-MM-DD. */
  effectiveDate: string;
  sources: PackSource[];
  /**
   * Hex sha256 of the pack's canonical JSON without this field (see src/rules/canonicalJson.ts).
   * The loader recomputes it and refuses a pack whose facts were changed after it was built.
   */
  sha256?: string;
}

/** One destination the Country Chart (or a rule elsewhere in the EAR) speaks of. */
export interface Destination {
  /** Stable key: ISO 3166-1 alpha-2 where one exists, otherwise an EARmark code (e.g. "XK" Kosovo, "UA-43" Crimea). */
  code: string;
  /** The name as the Country Chart spells it. */
  name: string;
  iso2?: string;
  iso3?: string;
  /** Other spellings and common names a catalog may use (matched case-, space- and punctuation-insensitively). */
  aliases: string[];
  /** Country Chart marks on this destination's own row. Empty for embargoed rows and for destinations without a row. */
  marks: ChartColumn[];
  /** Country Chart footnote numbers attached to the row. */
  footnotes: number[];
  /** When another row governs this destination (Hong Kong → China), that row's code and the citation that says so. */
  governedBy?: { code: string; citation: string };
  /** True for the rows that carry no marks but point to Part 746 / 742.19 (Cuba, Iran, North Korea, Syria). */
  embargoedRow?: boolean;
}

/** A name that matches more than one destination ("Congo", "Korea"): never guessed. */
export interface AmbiguousName {
  name: string;
  candidates: string[];
}

export interface CountryGroup {
  /** "A:1" … "E:2", or "B". */
  id: string;
  title: string;
  /** Destination codes. */
  members: string[];
  citation: string;
}

/** A Country Chart footnote, summarised in our own words, with any effect that can be computed. */
export interface ChartFootnote {
  n: number;
  summary: string;
  citation: string;
  /**
   * Optional computable effect: a licence requirement the grid itself does not show
   * (e.g. footnote 10: firearms to Australia and the United Kingdom).
   */
  effect?: {
    /** Entries or paragraphs ("0A501", "6A003.b.4.b") the footnote reaches. */
    eccns: string[];
    /** Paragraphs carved out of those entries ("0A501.y"). */
    exceptEccns?: string[];
    /** Entries the footnote reaches only under a stated condition (ECCN → the condition, our words). */
    conditions?: Record<string, string>;
    destinations: string[];
    reason: string;
    column?: ChartColumn;
  };
}

/** Which part of an entry a licence-requirement row or an exception covers. */
export type ParagraphScope =
  | { kind: 'entire' }
  | { kind: 'entireExcept'; paragraphs: string[] }
  | { kind: 'paragraphs'; paragraphs: string[] }
  /** A parameter or end-use condition that a paragraph number alone cannot decide. */
  | { kind: 'condition'; paragraphs?: string[]; condition: string };

/** Where a licence-requirement row applies. */
export type DestinationScope =
  | { kind: 'column'; column: ChartColumn }
  /** Every destination; `exceptCountries` for rows such as "all destinations except Canada". */
  | { kind: 'worldwide'; exceptCountries?: string[] }
  | { kind: 'countries'; countries: string[] }
  | {
      kind: 'groups';
      groups: string[];
      /** Named destinations added to the groups (e.g. "Macau or D:5"). */
      plusCountries?: string[];
      exceptGroups?: string[];
      exceptCountries?: string[];
    }
  /**
   * The entry sends the reader to another provision (e.g. 746.1(b), 742.6(a)(11)); the engine
   * cannot decide alone. `onlyFor` names the destinations that provision can reach (UN rows: the
   * destinations the Country Chart marks with footnote 1, and D:5); elsewhere the row does not apply.
   */
  | { kind: 'section'; citation: string; summary: string; onlyFor?: DestinationSelector };

/** A set of destinations, by Country Chart footnote, Country Group or code. */
export interface DestinationSelector {
  footnotes?: number[];
  groups?: string[];
  countries?: string[];
}

export interface LicenseRequirementRow {
  /** Reason for control: NS, RS, MT, NP, CB, CW, AT, CC, FC, UN, SL, EI, SI, … */
  reason: string;
  appliesTo: ParagraphScope;
  destinations: DestinationScope;
  /** Our own words, when the row needs explaining. */
  note?: string;
  citation?: string;
}

export interface LicenseExceptionRule {
  /** LVS, GBS, APP, ENC, TSR, STA, CIV, ACE, HBM, IEC, AIA, ACM, LPP, … */
  symbol: string;
  available: boolean;
  /** LVS: the value limit in U.S. dollars. */
  valueLimitUsd?: number;
  appliesTo: ParagraphScope;
  /** Not available where a licence is required for these reasons (e.g. LVS "N/A for MT"). */
  exceptReasons?: string[];
  /** Facts the row would have to hold for the exception to apply, in our own words. */
  condition?: string;
}

export interface CclParagraph {
  /** "b.4.b" (no leading ECCN). */
  id: string;
  status?: 'reserved' | 'removed';
}

export interface CclEntry {
  /** "3A001", "0A501", "9A610". */
  eccn: string;
  /** A short title in EARmark's own words. */
  title: string;
  /** Reasons for control as the entry lists them. */
  reasons: string[];
  licenseRequirements: LicenseRequirementRow[];
  exceptions: LicenseExceptionRule[];
  /** Known paragraphs, for existence checks; absent when the pack does not enumerate them. */
  paragraphs?: CclParagraph[];
  /** Military items with their own rules (600 series, 9x515) or entries that point to the ITAR. */
  special?: Array<'600-series' | '9x515' | 'itar-reference' | 'removed' | 'reserved'>;
  /** Search words for the keyword index (our own). */
  keywords?: string[];
  citation: string;
}

/** Part 746 embargoes and comprehensive sanctions. */
export interface EmbargoRule {
  id: string;
  /** Destination codes (countries or regions). */
  destinations: string[];
  /** What it covers: every item subject to the EAR, only CCL items, or CCL items plus listed EAR99 items. */
  scope: 'all-items' | 'ccl-items' | 'ccl-and-listed-ear99';
  /** What an EAR99 item faces under this rule, in our own words. */
  ear99: string;
  summary: string;
  citation: string;
}

/** 738.3(a)(1): entries whose licence requirement covers every destination. */
export interface AllDestinationsEntry {
  eccn: string;
  paragraphs?: string[];
  noLicenseExceptions: boolean;
  note: string;
  citation: string;
}

export interface LicenseExceptionDefinition {
  symbol: string;
  title: string;
  citation: string;
}

export interface RulesPack {
  meta: PackMeta;
  destinations: Destination[];
  ambiguousNames: AmbiguousName[];
  countryGroups: CountryGroup[];
  chartFootnotes: ChartFootnote[];
  ccl: CclEntry[];
  embargoes: EmbargoRule[];
  allDestinationsEntries: AllDestinationsEntry[];
  licenseExceptions: LicenseExceptionDefinition[];
  /** Rules that propose an ECCN from a row's description and parameters (optional: without them, only the analyst's ECCN is used). */
  classification?: ClassificationData;
}
