/**
 * The one place src/excel calls `Excel.run`, so that every batch gets the same run options,
 * feature-detected once here:
 *
 * - `delayForCellEdit` (ExcelApi 1.11): when the user is typing in a cell as a request arrives,
 *   Excel holds the request until they press Enter or Esc, instead of failing it with
 *   InvalidOperationInCellEditMode. A compliance analyst who edits a cell while a run goes on
 *   gets a run that waits, not one that stops half-way.
 * - `mergeUndoGroup` (ExcelApi 1.20), for batches that write: every `context.sync()` of one
 *   `Excel.run` becomes one entry on Excel's undo stack, so one Ctrl+Z takes back one write
 *   (the whole output block, not its last chunk). A "Classify sheet" run writes in a few batches
 *   (output block, review columns, audit sheet), so it is a few undo entries, each whole.
 *   Reads pass no undo option: they add nothing to undo.
 *
 * On a host without a requirement set, its option is left out (Excel behaves as before: a
 * request during cell edit fails, each sync is its own undo entry). ExcelApi 1.9 (MIN_EXCEL_API)
 * is all EARmark needs; these only make it kinder where they exist.
 */

export const DELAY_FOR_CELL_EDIT_API = '1.11';
export const MERGE_UNDO_GROUP_API = '1.20';

export interface RunIntent {
  /** The batch writes to the workbook: ask for one undo group where the host has it. */
  writes: boolean;
}

function supports(version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

/** The run options this host supports for a batch of this kind (exported for tests). */
export function runOptionsFor(intent: RunIntent): Excel.RunOptions {
  const options: Excel.RunOptions = {};
  if (supports(DELAY_FOR_CELL_EDIT_API)) options.delayForCellEdit = true;
  if (intent.writes && supports(MERGE_UNDO_GROUP_API)) options.mergeUndoGroup = true;
  return options;
}

/** `Excel.run` with the options the host supports; use it instead of a bare `Excel.run`. */
export function runInExcel<T>(intent: RunIntent, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  const options = runOptionsFor(intent);
  return Object.keys(options).length ? Excel.run(options, batch) : Excel.run(batch);
}
