import type { PackMeta } from '../../../engine';
import type { ReportSheetRequest } from '../../../excel/reportSheet';
import { isReviewed } from '../../../excel/reviewModel';
import type { RunMetadata } from '../../services/ports';
import { screeningListText } from '../audit/auditLines';
import { countBy } from './reviewFilters';
import { cclCategoryOf, type ReviewRow } from './reviewRow';

/** What "Export review report" prints: provenance, counts, the rows to look at, and the decisions. */
export function reviewReport(input: {
  rows: readonly ReviewRow[];
  lastRun: RunMetadata | null;
  meta: PackMeta | null;
  who: string;
  now: string;
  audit: string[][];
}): ReportSheetRequest {
  const { rows, lastRun, meta } = input;
  const counts = (title: string, key: (r: ReviewRow) => string) => ({
    heading: title,
    header: ['', 'Rows'],
    rows: countBy(rows, key).map((c) => [c.key, String(c.count)]),
  });
  const flagged = rows.filter((r) => r.status !== 'CLEAR' || r.reviewStatus === 'Changed since review');
  // Decisions are what a person set; "Changed since review" is EARmark's flag, listed with the flagged rows.
  const decided = rows.filter((r) => isReviewed(r.reviewStatus) || r.overrideEccn !== '');
  return {
    title: 'EARmark review report',
    sections: [
      {
        heading: 'Provenance',
        rows: [
          ['Report made', input.now, 'by', input.who || '(name not set)'],
          ['Results from run', lastRun?.ranAt ?? '(unknown)', 'by', lastRun?.ranBy || '(not recorded)'],
          ['Rules pack', lastRun?.rulesVersion ?? meta?.version ?? '', 'effective', lastRun?.effectiveDate ?? meta?.effectiveDate ?? ''],
          ['Screening list', screeningListText(lastRun?.screeningListDate)],
          ['Rows', String(rows.length)],
        ],
      },
      counts('Rows by status', (r) => r.status),
      counts('Rows by licence outcome', (r) => r.license),
      counts('Rows by review status', (r) => r.reviewStatus || 'Pending'),
      counts('Rows by CCL category', (r) => cclCategoryOf(r.eccn)),
      {
        heading: `Flagged and needs-review rows (${flagged.length})`,
        header: ['Row', 'Part', 'ECCN', 'Destination', 'Licence', 'Status', 'Review status', 'Reviewer', 'Note'],
        rows: flagged.map((r) => [String(r.row), r.partNumber ?? '', r.eccn ?? '', r.destination ?? '', r.license, r.status, r.reviewStatus, r.reviewer, r.reviewNote]),
      },
      {
        heading: `Decisions (${decided.length})`,
        header: ['Row', 'Part', 'Decision', 'Reviewer', 'On', 'Note', 'Override ECCN'],
        rows: decided.map((r) => [String(r.row), r.partNumber ?? '', r.reviewStatus, r.reviewer, r.reviewedOn, r.reviewNote, r.overrideEccn]),
      },
      {
        heading: `Audit trail (${input.audit.length} lines)`,
        header: ['When', 'Who', 'Event', 'Rows', 'Rules pack', 'Effective', 'Screening list', 'Rows read', 'Counts', 'Rows changed', 'Note'],
        rows: input.audit,
      },
    ],
  };
}
