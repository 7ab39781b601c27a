/**
 * How an .xlsx input is read. exceljs's in-memory workbook keeps everything (styles, formulas,
 * other sheets, column widths) and gives it back, but costs about 1 KB of memory per cell and
 * several seconds per 100,000 rows; its streaming reader holds one row at a time but yields
 * values only. So: in memory while the file is small enough that this costs little (a catalog of
 * some tens of thousands of rows), streamed above that — values copied, formatting not.
 */
export type XlsxMode = 'workbook' | 'stream';

/** Files up to this size load whole: about 50,000 rows of a typical 10-column catalog. */
export const XLSX_STREAM_THRESHOLD_BYTES = 4 * 1024 * 1024;

export function chooseXlsxMode(fileBytes: number, threshold = XLSX_STREAM_THRESHOLD_BYTES): XlsxMode {
  return fileBytes > threshold ? 'stream' : 'workbook';
}
