import type { CellValue } from '../engine';

/**
 * One row of a catalog as a reader hands it over, in file order. Readers yield rows in batches
 * (a parser's chunk, a few hundred rows), so a million-row file costs a few thousand awaits,
 * not a million.
 */
export interface SourceRow {
  /** What the engine and the header search see. */
  cells: CellValue[];
  /** 1-based sheet row (xlsx) or first line of the record (CSV): what --json reports. */
  rowNumber: number;
  /**
   * The cells as the file holds them (exceljs values: formulas, rich text, dates), for a writer
   * that copies them into an .xlsx unchanged. Absent for CSV, whose fields are `cells` themselves.
   */
  original?: readonly unknown[];
}

/** The CSV dialect a file was read in, reused when the output is CSV too. */
export interface CsvDialect {
  /** The input started with a UTF-8 byte-order mark (Excel writes one). */
  bom: boolean;
  eol: '\r\n' | '\n';
  delimiter: ',' | ';' | '\t';
}

/**
 * A catalog being read: its rows as an async sequence of batches, consumed once, front to back.
 * Nothing but the current batch need be in memory; an in-memory reader may hold more.
 */
export interface CatalogSource {
  format: 'csv' | 'xlsx';
  path: string;
  /** The worksheet read (.xlsx); null for CSV. */
  sheetName: string | null;
  /** Set for CSV input. */
  dialect: CsvDialect | null;
  batches: AsyncIterable<SourceRow[]>;
  /** Releases the file early when the run stops before the end (an error, no header row). */
  close(): Promise<void>;
}
