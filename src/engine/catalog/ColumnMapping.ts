import type { CatalogField } from './CatalogField';

/** Where the catalog's fields are: found from the header row, changeable by the user, saved in the workbook. */
export interface ColumnMapping {
  /** 0-based index of the header row within the grid that was read. */
  headerRow: number;
  /** 0-based column index of each mapped field. */
  fields: Partial<Record<CatalogField, number>>;
  /** 0-based columns of technical attribute columns (every other named column left of EARmark's block). */
  attributeColumns: number[];
  /** Header text of every column up to the data's right edge (EARmark's block excluded), by index. */
  headers: string[];
  /** 0-based column where EARmark's output block starts (existing block, or directly right of the data). */
  outputColumn: number;
}

/** A mapping as saved in a workbook: by header text, so it survives inserted or moved columns. */
export interface SavedMapping {
  fields: Partial<Record<CatalogField, string>>;
}
