import type ExcelJS from 'exceljs';
import type { CatalogSource, SourceRow } from './CatalogSource';
import { readXlsx } from './readXlsx';

/** Rows per batch handed out of the loaded grid. */
const BATCH = 1000;

/** An .xlsx read whole into memory, with the workbook kept so the output can keep its styles. */
export interface XlsxWorkbookSource extends CatalogSource {
  format: 'xlsx';
  workbook: ExcelJS.Workbook;
  worksheet: ExcelJS.Worksheet;
}

/**
 * The in-memory .xlsx reader behind the streaming interface: exceljs loads the whole workbook
 * (about 1 KB of memory per cell), which is what lets the writer give back every style, formula,
 * other sheet and column width. Chosen for workbooks small enough for that (see chooseXlsxMode).
 */
export async function openXlsxWorkbookSource(file: string, sheet: string | null): Promise<XlsxWorkbookSource> {
  const catalog = await readXlsx(file, sheet);
  const { grid } = catalog;
  return {
    format: 'xlsx',
    path: file,
    sheetName: catalog.worksheet.name,
    dialect: null,
    workbook: catalog.workbook,
    worksheet: catalog.worksheet,
    batches: (async function* (): AsyncGenerator<SourceRow[]> {
      for (let start = 0; start < grid.length; start += BATCH) {
        const rows: SourceRow[] = [];
        for (let i = start; i < Math.min(grid.length, start + BATCH); i++) rows.push({ cells: grid[i] ?? [], rowNumber: i + 1 });
        yield rows;
      }
    })(),
    close: async () => undefined,
  };
}
