/** What the engine concludes for one row. Mirrors the CLI's --json contract. */

export type EccnSource = 'input' | 'rule' | 'override' | 'none';

export type LicenseRequirement = 'NLR' | 'LICENSE_REQUIRED' | 'PROHIBITED' | 'NOT_DETERMINED';

export type RowStatus = 'CLEAR' | 'FLAGGED' | 'NEEDS_REVIEW';

/** How much a warning weighs on the row's status. */
export type WarningSeverity = 'info' | 'review' | 'flag';

export interface Warning {
  /** Stable identifier, e.g. UNKNOWN_DESTINATION. */
  code: string;
  message: string;
  /** The regulation it rests on, e.g. "15 CFR 738.4(a)". */
  citation: string;
  severity: WarningSeverity;
}

export interface ScreeningHit {
  /** The listed name or alias that matched. */
  name: string;
  /** The source list's code: DPL, EL, UVL, MEU, SDN, DTC, … */
  list: string;
  score: number;
  /** The row's party that matched, and in which column (list screening only). */
  party?: string;
  role?: 'endUser' | 'consignee';
  /** The list entry: its id in the file, primary name, source list as published, and a fingerprint of its content. */
  entryId?: string;
  listedName?: string;
  source?: string;
  fingerprint?: string;
  federalRegisterNotice?: string | null;
  /** Entity List and MEU entries: the licence requirement and review policy as the list states them. */
  licenseRequirement?: string | null;
  licensePolicy?: string | null;
  /** The entry's address country is the row's destination (supporting evidence, already in the score). */
  countryMatch?: boolean;
}

export interface Determination {
  row: number;
  partNumber: string | null;
  eccn: string | null;
  eccnSource: EccnSource;
  reasonsForControl: string[];
  /** Normalized destination name, or null when none or not recognized. */
  destination: string | null;
  licenseRequirement: LicenseRequirement;
  /** Chart columns with an X (e.g. "NS1") and/or other grounds ("EMBARGO", "ENTITY_LIST"). */
  licenseReasons: string[];
  licenseExceptions: string[];
  warnings: Warning[];
  screening: ScreeningHit[];
  status: RowStatus;
  /** One human-readable paragraph: why this answer. */
  basis: string;
  /** The chain of citations behind the answer, in the order they were applied. */
  citations: string[];
}
