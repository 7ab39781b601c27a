/**
 * The review columns' vocabulary, shared by the excel layer (which writes it) and the pane
 * (which filters by it). Plain data, no office-js: importing it never touches Excel.
 */

/** Beside EARmark's output block, in this order. The headers are prefixed like the output block's, so a re-run finds them. */
export const REVIEW_HEADERS = [
  'EARmark Review Status',
  'EARmark Reviewer',
  'EARmark Review Note',
  'EARmark Reviewed On',
  'EARmark Override ECCN',
  'EARmark Override Note',
  'EARmark Fingerprint',
] as const;

export const REVIEW_COLUMN = {
  status: 0,
  reviewer: 1,
  note: 2,
  reviewedOn: 3,
  overrideEccn: 4,
  overrideNote: 5,
  fingerprint: 6,
} as const;

/**
 * The Review Status dropdown. "Changed since review" is EARmark's own (a re-run sets it); it is
 * in the list so that Excel does not mark the cell as invalid.
 */
export const REVIEW_STATUSES = ['Pending', 'Approved', 'Overridden', 'Escalated', 'Changed since review'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A status a person set (as opposed to blank or Pending): a later change to the row must be pointed out. */
export function isReviewed(status: string): boolean {
  return status === 'Approved' || status === 'Overridden' || status === 'Escalated';
}

/** What the review columns of one row hold. */
export interface ReviewCells {
  row: number;
  status: string;
  reviewer: string;
  note: string;
  reviewedOn: string;
  overrideEccn: string;
  overrideNote: string;
  fingerprint: string;
}

/** Where the review columns are: right of the output block, on its header row. */
export interface ReviewBlockLocation {
  sheetName: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column of the first review column. */
  column: number;
}

/** Excel's "Bad"-like orange: a row a reviewer approved whose answer has since changed. */
export const CHANGED_STYLE = { fill: '#F8CBAD', font: '#833C0B' } as const;
