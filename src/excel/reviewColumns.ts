/**
 * EARmark's review columns (Review Status with a dropdown, Reviewer, Review Note, Reviewed On,
 * Override ECCN, Override Note, and a hidden Fingerprint) right of the output block. A run
 * creates them once and then only: fills "Pending" into empty status cells, rewrites its own
 * hidden fingerprints, and marks a reviewed row "Changed since review". What a person typed —
 * reviewer, note, date, override, a decision — is never overwritten by a run.
 */
import { cellText, normalizeHeader } from '../engine';
import { cellAddress } from './a1';
import { contiguousRuns } from './contiguousRuns';
import { readRowsInChunks } from './readRowsInChunks';
import {
  CHANGED_STYLE,
  REVIEW_COLUMN,
  REVIEW_HEADERS,
  REVIEW_STATUSES,
  type ReviewBlockLocation,
  type ReviewCells,
} from './reviewModel';
import { WriteRefusedError } from './WriteRefusedError';
import { runInExcel } from './runInExcel';

const WIDTH = REVIEW_HEADERS.length;
/** Rows per request when writing fingerprints: ~30 bytes each, far under the request limit. */
const ROWS_PER_WRITE = 5000;

type HeaderState = 'ours' | 'empty' | 'foreign';

function headerState(cells: unknown[]): HeaderState {
  const texts = cells.map((v) => cellText(v as string | number | boolean | null));
  if (texts.every((t, i) => normalizeHeader(t) === normalizeHeader(REVIEW_HEADERS[i]))) return 'ours';
  if (texts.every((t) => t === '')) return 'empty';
  return 'foreign';
}

async function loadHeader(context: Excel.RequestContext, sheet: Excel.Worksheet, loc: ReviewBlockLocation): Promise<HeaderState> {
  const header = sheet.getRangeByIndexes(loc.headerRow - 1, loc.column, 1, WIDTH);
  header.load('values');
  await context.sync();
  return headerState(header.values[0] as unknown[]);
}

/**
 * The review cells of rows `firstRow`..`lastRow` (1-based), or null when the sheet has no review
 * columns yet. Values are read as text.
 */
export async function readReviewColumns(
  loc: ReviewBlockLocation,
  firstRow: number,
  lastRow: number,
): Promise<Map<number, ReviewCells> | null> {
  return runInExcel({ writes: false }, async (context) => {
    const sheet = context.workbook.worksheets.getItem(loc.sheetName);
    if ((await loadHeader(context, sheet, loc)) !== 'ours') return null;
    const out = new Map<number, ReviewCells>();
    if (lastRow < firstRow) return out;
    await readRowsInChunks(
      context,
      sheet,
      { rowIndex: firstRow - 1, columnIndex: loc.column, rowCount: lastRow - firstRow + 1, columnCount: WIDTH },
      (values, offset) => {
        values.forEach((line, r) => {
          const t = (c: number) => cellText(line[c] as string | number | boolean | null);
          out.set(firstRow + offset + r, {
            row: firstRow + offset + r,
            status: t(REVIEW_COLUMN.status),
            reviewer: t(REVIEW_COLUMN.reviewer),
            note: t(REVIEW_COLUMN.note),
            reviewedOn: t(REVIEW_COLUMN.reviewedOn),
            overrideEccn: t(REVIEW_COLUMN.overrideEccn),
            overrideNote: t(REVIEW_COLUMN.overrideNote),
            fingerprint: t(REVIEW_COLUMN.fingerprint),
          });
        });
      },
    );
    return out;
  });
}

export interface ReviewRunRow {
  /** 1-based sheet row. */
  row: number;
  fingerprint: string;
  /** The status cell is empty: write "Pending". */
  pending: boolean;
  /** A reviewed row whose inputs or results changed: write "Changed since review" and highlight. */
  changed: boolean;
}

async function assertPlaceFree(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  loc: ReviewBlockLocation,
  rows: readonly ReviewRunRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const first = rows[0].row;
  const last = rows[rows.length - 1].row;
  const taken: string[] = [];
  await readRowsInChunks(
    context,
    sheet,
    { rowIndex: first - 1, columnIndex: loc.column, rowCount: last - first + 1, columnCount: WIDTH },
    (values, offset) =>
      values.forEach((line, r) =>
        line.forEach((v, c) => {
          if (taken.length < 5 && cellText(v as string | number | boolean | null) !== '') taken.push(cellAddress(loc.sheetName, first + offset + r, loc.column + c));
        }),
      ),
  );
  if (taken.length) {
    throw new WriteRefusedError(
      'userData',
      `EARmark did not add its review columns: they would overwrite data it did not put there — ${taken.join(', ')}. Move or clear those cells and run again.`,
      taken,
    );
  }
}

/**
 * After a run: creates the review columns if missing (refusing rather than overwrite anything),
 * keeps the Review Status dropdown on every classified row, and writes what a run may write.
 * `rows` sorted by row. Returns whether the columns were created now.
 */
export async function writeReviewColumns(loc: ReviewBlockLocation, rows: readonly ReviewRunRow[]): Promise<{ created: boolean }> {
  const sorted = [...rows].sort((a, b) => a.row - b.row);
  return runInExcel({ writes: true }, async (context) => {
    const sheet = context.workbook.worksheets.getItem(loc.sheetName);
    sheet.protection.load('protected');
    const state = await loadHeader(context, sheet, loc);
    if (sheet.protection.protected) {
      throw new WriteRefusedError('protected', `The sheet "${loc.sheetName}" is protected, so EARmark cannot keep its review columns. Unprotect it and run again.`);
    }
    if (state === 'foreign') {
      const at = cellAddress(loc.sheetName, loc.headerRow, loc.column);
      throw new WriteRefusedError(
        'userData',
        `EARmark did not add its review columns: the header cells from ${at} on hold other text. Move those columns, or insert ${WIDTH} empty columns there, and run again.`,
        [at],
      );
    }
    const created = state === 'empty';
    if (created) {
      await assertPlaceFree(context, sheet, loc, sorted);
      const header = sheet.getRangeByIndexes(loc.headerRow - 1, loc.column, 1, WIDTH);
      header.numberFormat = [REVIEW_HEADERS.map(() => '@')];
      header.values = [[...REVIEW_HEADERS]];
      header.format.font.bold = true;
      // The fingerprint is EARmark's bookkeeping, not something a reviewer reads.
      sheet.getRangeByIndexes(loc.headerRow - 1, loc.column + REVIEW_COLUMN.fingerprint, 1, 1).columnHidden = true;
    }
    if (sorted.length === 0) {
      await context.sync();
      return { created };
    }
    // Text format on every run (new rows appear between runs), so "3A001" typed as an override stays text.
    const first = sorted[0].row;
    const span = sorted[sorted.length - 1].row - first + 1;
    const body = sheet.getRangeByIndexes(first - 1, loc.column, span, WIDTH);
    body.numberFormat = Array.from({ length: span }, () => REVIEW_HEADERS.map(() => '@'));
    const status = sheet.getRangeByIndexes(first - 1, loc.column + REVIEW_COLUMN.status, span, 1);
    status.dataValidation.clear();
    status.dataValidation.rule = { list: { inCellDropDown: true, source: REVIEW_STATUSES.join(',') } };
    await context.sync();

    for (let i = 0; i < sorted.length; i += ROWS_PER_WRITE) {
      const chunk = sorted.slice(i, i + ROWS_PER_WRITE);
      context.application.suspendScreenUpdatingUntilNextSync();
      for (const run of contiguousRuns(chunk)) {
        const range = sheet.getRangeByIndexes(run.startRow - 1, loc.column + REVIEW_COLUMN.fingerprint, run.items.length, 1);
        range.values = run.items.map((r) => [r.fingerprint]);
      }
      for (const run of contiguousRuns(chunk.filter((r) => r.pending && !r.changed))) {
        sheet.getRangeByIndexes(run.startRow - 1, loc.column + REVIEW_COLUMN.status, run.items.length, 1).values = run.items.map(() => ['Pending']);
      }
      for (const run of contiguousRuns(chunk.filter((r) => r.changed))) {
        const range = sheet.getRangeByIndexes(run.startRow - 1, loc.column + REVIEW_COLUMN.status, run.items.length, 1);
        range.values = run.items.map(() => ['Changed since review']);
        range.format.fill.color = CHANGED_STYLE.fill;
        range.format.font.color = CHANGED_STYLE.font;
      }
      await context.sync();
    }
    return { created };
  });
}

/** A reviewer's decision on one row, from the pane. Fields left undefined are not written. */
export interface ReviewDecision {
  row: number;
  status: string;
  reviewer: string;
  note: string;
  /** YYYY-MM-DD. */
  reviewedOn: string;
  overrideEccn?: string;
  overrideNote?: string;
}

/**
 * Writes decisions into the review columns (a person's action in the pane, so these cells are
 * theirs to change) and clears the "changed" highlight on the decided rows.
 */
export async function writeReviewDecisions(loc: ReviewBlockLocation, decisions: readonly ReviewDecision[]): Promise<void> {
  await runInExcel({ writes: true }, async (context) => {
    const sheet = context.workbook.worksheets.getItem(loc.sheetName);
    if ((await loadHeader(context, sheet, loc)) !== 'ours') {
      throw new WriteRefusedError('userData', 'EARmark\'s review columns are not where the last run left them: classify the sheet again, then review.');
    }
    for (const d of decisions) {
      const r = d.row - 1;
      // No formula guard needed: every run formats the review columns as text ("@"), so "=…" stays text.
      const text = (s: string) => s;
      sheet.getRangeByIndexes(r, loc.column, 1, 4).values = [[d.status, text(d.reviewer), text(d.note), d.reviewedOn]];
      if (d.overrideEccn !== undefined) {
        sheet.getRangeByIndexes(r, loc.column + REVIEW_COLUMN.overrideEccn, 1, 2).values = [[text(d.overrideEccn), text(d.overrideNote ?? '')]];
      }
      const status = sheet.getRangeByIndexes(r, loc.column + REVIEW_COLUMN.status, 1, 1);
      status.format.fill.clear();
      status.format.font.color = '#000000';
    }
    await context.sync();
  });
}
