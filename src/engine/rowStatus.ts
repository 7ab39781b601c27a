import type { Determination, RowStatus } from './Determination';

/**
 * FLAGGED: a licence is required or the row is prohibited, or a warning flags it.
 * NEEDS_REVIEW: the rules could not settle the answer. CLEAR: neither — which is not a clearance.
 */
export function statusOf(d: Pick<Determination, 'licenseRequirement' | 'warnings' | 'eccn'>): RowStatus {
  if (d.licenseRequirement === 'LICENSE_REQUIRED' || d.licenseRequirement === 'PROHIBITED') return 'FLAGGED';
  if (d.warnings.some((w) => w.severity === 'flag')) return 'FLAGGED';
  if (d.licenseRequirement === 'NOT_DETERMINED' || d.eccn === null) return 'NEEDS_REVIEW';
  if (d.warnings.some((w) => w.severity === 'review')) return 'NEEDS_REVIEW';
  return 'CLEAR';
}
