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
  name: string;
  list: string;
  score: number;
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
