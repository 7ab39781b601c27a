import type { Determination, LicenseRequirement, RowStatus } from '../Determination';

/** What the pane and the CLI report after a run. */
export interface RunSummary {
  rowsRead: number;
  rowsSkipped: number;
  byStatus: Record<RowStatus, number>;
  byLicense: Record<LicenseRequirement, number>;
  /** Rows with an end user that were not screened (no list loaded). */
  screeningNotPerformed: number;
  rulesVersion: string;
  effectiveDate: string;
}

export function summarize(
  results: readonly Determination[],
  rowsSkipped: number,
  pack: { version: string; effectiveDate: string },
): RunSummary {
  const byStatus: Record<RowStatus, number> = { CLEAR: 0, FLAGGED: 0, NEEDS_REVIEW: 0 };
  const byLicense: Record<LicenseRequirement, number> = { NLR: 0, LICENSE_REQUIRED: 0, PROHIBITED: 0, NOT_DETERMINED: 0 };
  let screeningNotPerformed = 0;
  for (const d of results) {
    byStatus[d.status]++;
    byLicense[d.licenseRequirement]++;
    if (d.warnings.some((w) => w.code === 'SCREENING_NOT_PERFORMED')) screeningNotPerformed++;
  }
  return {
    rowsRead: results.length,
    rowsSkipped,
    byStatus,
    byLicense,
    screeningNotPerformed,
    rulesVersion: pack.version,
    effectiveDate: pack.effectiveDate,
  };
}
