import type { Workbook, Worksheet } from 'exceljs';
import type { Grid } from '../engine';

/**
 * A catalog file read into memory: the grid the engine sees plus whatever a writer needs to
 * give the input back unchanged. Readers produce it, writers consume it; a streaming reader /
 * writer pair (for very large files) can replace both without touching classifyFile.
 */
export type LoadedCatalog = XlsxCatalog | CsvCatalog;

interface CatalogBase {
  /** The file it was read from. */
  path: string;
  /** Cell values, row-major; grid[i] is the i-th sheet row / CSV record. */
  grid: Grid;
  /** The 1-based sheet row (xlsx) or first line of the record (CSV) of grid[i]. */
  rowNumbers: number[];
}

export interface XlsxCatalog extends CatalogBase {
  format: 'xlsx';
  workbook: Workbook;
  worksheet: Worksheet;
}

export interface CsvCatalog extends CatalogBase {
  format: 'csv';
  /** The records exactly as parsed (every field text), for writing them back unchanged. */
  records: string[][];
  /** The input started with a UTF-8 byte-order mark (Excel writes one; it is written back). */
  bom: boolean;
  /** The input's line ending, reused for the output. */
  eol: '\r\n' | '\n';
  /** The input's field separator, reused for the output. */
  delimiter: ',' | ';' | '\t';
}
