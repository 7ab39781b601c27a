/**
 * exceljs, loaded on first use: it takes about half a second to load, which `--help`,
 * `--version`, user errors and CSV-only runs should not pay.
 */
export type ExcelJsModule = typeof import('exceljs');

let loaded: Promise<ExcelJsModule> | undefined;

export function loadExcelJs(): Promise<ExcelJsModule> {
  loaded ??= import('exceljs').then((mod) => (mod as unknown as { default?: ExcelJsModule }).default ?? mod);
  return loaded;
}
