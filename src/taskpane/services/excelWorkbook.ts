/**
 * The pane's WorkbookPort, implemented by src/excel — the only place that speaks office-js.
 * This file adapts names and shapes; it holds no Excel logic of its own.
 */
import * as excel from '../../excel';
import type { WorkbookPort } from './ports';

export function createExcelWorkbook(): WorkbookPort {
  return {
    checkHostSupport: () => excel.checkHostSupport(),
    loadScreeningDecisions: () => excel.loadScreeningDecisions(),
    recordFalsePositive: async (hit, reason, decidedBy) => {
      await excel.recordScreeningDecision(excel.falsePositiveDecision(hit, reason, decidedBy));
    },
    readCatalogRegion: ({ onProgress }) =>
      excel.readCatalogRegion({ onProgress: onProgress && ((done, total) => onProgress({ done, total })) }),
    writeOutputBlock: (block, { onProgress, signal }) =>
      excel.writeOutputBlock(block, { signal, onProgress: onProgress && ((done, total) => onProgress({ done, total })) }),
    loadSavedMapping: () => excel.loadMapping(),
    saveSavedMapping: (mapping) => excel.saveMapping(mapping),
    saveRunMetadata: (meta) => excel.saveRunMetadata(meta),
    selectRow: (sheetName, row, column, columnCount) => excel.selectRow(sheetName, row, column, columnCount),
    isWriteRefused: (error) => excel.isWriteRefused(error),
    loadRunMetadata: () => excel.loadRunMetadata(),
    readReviewColumns: (loc, firstRow, lastRow) => excel.readReviewColumns(loc, firstRow, lastRow),
    writeReviewColumns: (loc, rows) => excel.writeReviewColumns(loc, rows),
    writeReviewDecisions: (loc, decisions) => excel.writeReviewDecisions(loc, decisions),
    appendAuditLines: (lines) => excel.appendAuditLines(lines),
    readAuditLines: () => excel.readAuditLines(),
    writeMatrixSheet: (request) => excel.writeMatrixSheet(request),
    writeReportSheet: (request) => excel.writeReportSheet(request),
    markChangedCells: (sheetName, cells) => excel.markChangedCells(sheetName, cells),
  };
}
