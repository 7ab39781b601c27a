import type { CellValue } from './Cell';

/** One non-blank product row, as the engine sees it. */
export interface CatalogRow {
  /** 1-based row number in the sheet (for CSV: the 1-based record line, header and title lines counted). */
  row: number;
  partNumber: string | null;
  description: string | null;
  /** The ECCN the analyst entered, as written. */
  eccn: string | null;
  destination: string | null;
  endUser: string | null;
  /** The party receiving the goods when a column names one apart from the end user (screened too). Optional: older callers build rows without it. */
  consignee?: string | null;
  endUse: string | null;
  /** The raw value cell; the engine parses it (numbers stored as text, "$1,200.50"). */
  value: CellValue;
  quantity: CellValue;
  casNumber: string | null;
  /** A reviewer's ECCN from the sheet's Override ECCN column: determined against instead of any classifier's. */
  overrideEccn?: string | null;
  /** Technical attribute columns that are not one of the named fields: header → text. */
  attributes: Record<string, string>;
}
