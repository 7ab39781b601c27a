/**
 * The Excel API level EARmark needs, and the check the task pane runs before anything else.
 *
 * MIN_EXCEL_API is 1.9 because of the newest calls src/excel makes:
 * - Range.getTables() + TableScopedCollection.getFirstOrNullObject() (1.9): find the table that
 *   holds the selection;
 * - Application.suspendScreenUpdatingUntilNextSync() (1.9): no repaint per written range;
 * - Worksheet.getRangeByIndexes() (1.7): chunked reads and writes by row/column index;
 * - Application.suspendApiCalculationUntilNextSync() (1.6);
 * - Worksheet.getUsedRangeOrNullObject(valuesOnly), workbook.settings (1.4).
 * 1.9 is in Microsoft 365 (Windows, Mac, web) and Excel 2021+; perpetual Excel 2016/2019 stop
 * short of it, and the pane says so instead of failing half-way through a run.
 * The manifest declares the same value (import this constant; do not retype it).
 */
export const MIN_EXCEL_API = '1.9';

export interface HostSupport {
  supported: boolean;
  /** Why not, in words for the user. */
  message?: string;
}

export const UNSUPPORTED_HOST_MESSAGE =
  `EARmark needs a newer version of Excel (Excel JavaScript API ${MIN_EXCEL_API} or later). ` +
  'Use Excel for Microsoft 365 (Windows or Mac), Excel 2021 or later, or Excel on the web.';

/** Call after `Office.onReady()` has resolved: before that, Office.context is not there yet. */
export function checkHostSupport(): HostSupport {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (!requirements) {
    return { supported: false, message: 'EARmark runs inside Excel: open it from the Home tab of an Excel workbook.' };
  }
  if (!requirements.isSetSupported('ExcelApi', MIN_EXCEL_API)) {
    return { supported: false, message: UNSUPPORTED_HOST_MESSAGE };
  }
  return { supported: true };
}
