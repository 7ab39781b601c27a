import {
  cellText,
  findOutputBlock,
  locateHeader,
  OUTPUT_HEADERS,
  OUTPUT_WIDTH,
  readCatalogRows,
  type LicenseRequirement,
  type RowStatus,
} from '../../../engine';
import type { ReviewBlockLocation, WorkbookPort } from '../../services/ports';
import type { ReviewRow } from './reviewRow';

export interface SheetReview {
  rows: ReviewRow[];
  reviewBlock: ReviewBlockLocation;
  /** Where the sheet's rows are, for selecting a row from the list. */
  written: { sheetName: string; dataColumn: number; firstColumn: number; lastColumn: number; rows: number };
}

const LICENSE_BY_LABEL: ReadonlyArray<[string, LicenseRequirement]> = [
  ['NLR', 'NLR'],
  ['LICENSE REQUIRED', 'LICENSE_REQUIRED'],
  ['PROHIBITED', 'PROHIBITED'],
  ['NOT DETERMINED', 'NOT_DETERMINED'],
];
const STATUSES: readonly RowStatus[] = ['CLEAR', 'FLAGGED', 'NEEDS_REVIEW'];

/**
 * The review as the workbook holds it, without running anything: a colleague (or an auditor)
 * opening an annotated workbook sees the rows, their answers and the review decisions that are
 * on the sheet. Answers are read from EARmark's own block as written; nothing is recomputed, so
 * what is shown is exactly what the sheet says. Null when the sheet holds no EARmark block.
 */
export async function reviewFromSheet(workbook: WorkbookPort): Promise<SheetReview | null> {
  const region = await workbook.readCatalogRegion({});
  const mapping = locateHeader(region.grid, await workbook.loadSavedMapping());
  if (!mapping) return null;
  const start = findOutputBlock((region.grid[mapping.headerRow] ?? []).map((c) => cellText(c)));
  if (start < 0) return null;
  const { rows } = readCatalogRows(region.grid, mapping, region.firstRow);
  const answered = rows.filter((r) => cellText(region.grid[r.row - region.firstRow]?.[start + OUTPUT_HEADERS.indexOf('EARmark Status')]) !== '');
  const headerRow = region.firstRow + mapping.headerRow;
  const reviewBlock: ReviewBlockLocation = { sheetName: region.sheetName, headerRow, column: region.firstColumn + start + OUTPUT_WIDTH };
  const reviewCells = answered.length
    ? await workbook.readReviewColumns(reviewBlock, answered[0].row, answered[answered.length - 1].row)
    : null;

  const at = (line: readonly unknown[], header: (typeof OUTPUT_HEADERS)[number]) =>
    cellText(line[start + OUTPUT_HEADERS.indexOf(header)] as string | number | boolean | null);
  const reviewRows = answered.map((r): ReviewRow => {
    const line = region.grid[r.row - region.firstRow] ?? [];
    const licenseText = at(line, 'EARmark License');
    const status = at(line, 'EARmark Status') as RowStatus;
    const cells = reviewCells?.get(r.row);
    return {
      row: r.row,
      partNumber: r.partNumber,
      destination: r.destination,
      eccn: at(line, 'EARmark ECCN') || null,
      eccnSource: 'sheet',
      license: LICENSE_BY_LABEL.find(([label]) => licenseText.startsWith(label))?.[1] ?? 'NOT_DETERMINED',
      licenseText,
      status: STATUSES.includes(status) ? status : 'NEEDS_REVIEW',
      basis: at(line, 'EARmark Basis'),
      // The sheet keeps citations inside the Basis and Warnings text; they are shown from there.
      citations: [],
      warnings: at(line, 'EARmark Warnings').split('\n').filter((w) => w.trim() !== ''),
      screening: [],
      reviewStatus: cells?.status || 'Pending',
      reviewer: cells?.reviewer ?? '',
      reviewNote: cells?.note ?? '',
      reviewedOn: cells?.reviewedOn ?? '',
      overrideEccn: cells?.overrideEccn ?? '',
    };
  });
  return {
    rows: reviewRows,
    reviewBlock,
    written: {
      sheetName: region.sheetName,
      dataColumn: region.firstColumn,
      firstColumn: region.firstColumn + start,
      lastColumn: region.firstColumn + start + OUTPUT_WIDTH - 1,
      rows: reviewRows.length,
    },
  };
}
