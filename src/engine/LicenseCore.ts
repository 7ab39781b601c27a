import type { EccnSource, LicenseRequirement, Warning } from './Determination';

/**
 * Everything a determination owes to the ECCN and the destination alone. Catalogs repeat the same
 * pairs thousands of times, so the engine computes a core once per pair and completes it per row
 * with what is row-specific (value, end user, row number). Shared between rows: never mutated.
 */
export interface LicenseCore {
  readonly eccn: string | null;
  readonly eccnSource: EccnSource;
  readonly reasonsForControl: readonly string[];
  readonly destination: string | null;
  readonly licenseRequirement: LicenseRequirement;
  readonly licenseReasons: readonly string[];
  /** Candidate exceptions other than LVS. */
  readonly exceptions: readonly string[];
  /** LVS's limit when LVS is a candidate; settled against each row's value. */
  readonly lvsLimit: number | null;
  /** True when a chart requirement was found, so the Basis names the candidate exceptions. */
  readonly exceptionsApply: boolean;
  readonly warnings: readonly Warning[];
  readonly citations: readonly string[];
  readonly basis: readonly string[];
  /** `basis` joined, for rows that add nothing to it. */
  readonly basisText: string;
}
