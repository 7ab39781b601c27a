/**
 * src/excel: the only code in EARmark that talks to office-js. The task pane reaches the
 * workbook through these functions (and nothing else).
 */
export { MIN_EXCEL_API, UNSUPPORTED_HOST_MESSAGE, checkHostSupport, type HostSupport } from './requirements';
export { readCatalogRegion, type SheetRead, type ReadOptions } from './readCatalogRegion';
export {
  writeOutputBlock,
  type OutputBlockRequest,
  type OutputRow,
  type WriteOptions,
  type WriteResult,
} from './writeOutputBlock';
export { WriteRefusedError, isWriteRefused, CatalogTooLargeError } from './WriteRefusedError';
export { runInExcel, runOptionsFor, DELAY_FOR_CELL_EDIT_API, MERGE_UNDO_GROUP_API, type RunIntent } from './runInExcel';
export { STATUS_STYLE, type StatusStyle } from './statusStyle';
export {
  SETTINGS_KEYS,
  saveMapping,
  loadMapping,
  saveRunMetadata,
  loadRunMetadata,
  type RunMetadata,
} from './workbookSettings';
export { selectRow } from './selectRow';
export * from './screeningDecisions';
export * from './reviewModel';
export { readReviewColumns, writeReviewColumns, writeReviewDecisions, type ReviewRunRow, type ReviewDecision } from './reviewColumns';
export { appendAuditLines, readAuditLines, AUDIT_SHEET, AUDIT_TABLE, AUDIT_HEADERS, type AuditLine } from './auditSheet';
export { writeMatrixSheet, MATRIX_STYLE, NOTES_API, type MatrixCell, type MatrixCode, type MatrixSheetRequest, type MatrixSheetResult } from './matrixSheet';
export { writeReportSheet, type ReportSection, type ReportSheetRequest } from './reportSheet';
export { markChangedCells, CHANGED_MARK } from './markChangedCells';
export {
  EXCEL_PAYLOAD_LIMIT_BYTES,
  EXCEL_MAX_CELLS_PER_READ,
  MAX_CATALOG_CELLS,
  MAX_CATALOG_COLUMNS,
  DEFAULT_BUDGET,
  type ChunkBudget,
} from './payloadLimits';
/** The same settings functions as a namespace (`excel.workbookSettings.loadMapping()`). */
export * as workbookSettings from './workbookSettings';
