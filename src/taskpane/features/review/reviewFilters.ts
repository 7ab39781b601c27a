import type { ReviewRow } from './reviewRow';

export const REVIEW_FILTERS = [
  { id: 'flagged', label: 'Flagged', test: (r: ReviewRow) => r.status === 'FLAGGED' },
  { id: 'license', label: 'Licence required', test: (r: ReviewRow) => r.license === 'LICENSE_REQUIRED' },
  { id: 'prohibited', label: 'Prohibited', test: (r: ReviewRow) => r.license === 'PROHIBITED' },
  { id: 'needsReview', label: 'Needs review', test: (r: ReviewRow) => r.status === 'NEEDS_REVIEW' },
  { id: 'changed', label: 'Changed since review', test: (r: ReviewRow) => r.reviewStatus === 'Changed since review' },
  { id: 'unreviewed', label: 'Unreviewed', test: (r: ReviewRow) => r.reviewStatus === '' || r.reviewStatus === 'Pending' },
] as const;

export type ReviewFilterId = (typeof REVIEW_FILTERS)[number]['id'];

/** Rows matching every chosen filter (none chosen: every row). */
export function applyFilters(rows: readonly ReviewRow[], chosen: ReadonlySet<ReviewFilterId>): ReviewRow[] {
  const tests = REVIEW_FILTERS.filter((f) => chosen.has(f.id)).map((f) => f.test);
  return rows.filter((r) => tests.every((t) => t(r)));
}

/** Counts for the charts. */
export function countBy<K extends string>(rows: readonly ReviewRow[], key: (r: ReviewRow) => K): Array<{ key: K; count: number }> {
  const m = new Map<K, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
  return [...m].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}
