import { licenseCellText, type Determination, type EccnSource, type LicenseRequirement, type RowStatus, type ScreeningHit } from '../../../engine';
import type { ReviewCells } from '../../../excel/reviewModel';

/** One classified row as the reviewer's pane shows it: the answer, its reasons, and the review cells. */
export interface ReviewRow {
  row: number;
  partNumber: string | null;
  destination: string | null;
  eccn: string | null;
  eccnSource: EccnSource | 'sheet';
  license: LicenseRequirement;
  licenseText: string;
  status: RowStatus;
  basis: string;
  citations: string[];
  warnings: string[];
  /** List-screening hits of the run (empty when read back from the sheet). */
  screening: ScreeningHit[];
  reviewStatus: string;
  reviewer: string;
  reviewNote: string;
  reviewedOn: string;
  overrideEccn: string;
}

export function reviewRowOf(d: Determination, cells: ReviewCells | undefined, reviewStatus?: string): ReviewRow {
  return {
    row: d.row,
    partNumber: d.partNumber,
    destination: d.destination,
    eccn: d.eccn,
    eccnSource: d.eccnSource,
    license: d.licenseRequirement,
    licenseText: licenseCellText(d),
    status: d.status,
    basis: d.basis,
    citations: d.citations,
    warnings: d.warnings.map((w) => `${w.code}: ${w.message} (${w.citation})`),
    screening: d.screening,
    reviewStatus: reviewStatus ?? cells?.status ?? 'Pending',
    reviewer: cells?.reviewer ?? '',
    reviewNote: cells?.note ?? '',
    reviewedOn: cells?.reviewedOn ?? '',
    overrideEccn: cells?.overrideEccn ?? '',
  };
}

/** The CCL category an ECCN is in (its first digit), for the summary chart. */
export const CCL_CATEGORIES: Readonly<Record<string, string>> = {
  '0': '0 Nuclear & misc.',
  '1': '1 Materials & chemicals',
  '2': '2 Materials processing',
  '3': '3 Electronics',
  '4': '4 Computers',
  '5': '5 Telecom & security',
  '6': '6 Sensors & lasers',
  '7': '7 Navigation & avionics',
  '8': '8 Marine',
  '9': '9 Aerospace & propulsion',
};

export function cclCategoryOf(eccn: string | null): string {
  if (!eccn) return 'No ECCN';
  if (/^EAR99$/i.test(eccn.trim())) return 'EAR99';
  return CCL_CATEGORIES[eccn.trim()[0]] ?? 'Other';
}
