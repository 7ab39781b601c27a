/**
 * Takes the user to a row (from the review list): activates its sheet and selects the row's
 * cells from `column` over `columnCount` columns, so Excel scrolls it into view.
 */
import { runInExcel } from './runInExcel';

export async function selectRow(sheetName: string, row: number, column = 0, columnCount = 1): Promise<void> {
  await runInExcel({ writes: false }, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRangeByIndexes(row - 1, column, 1, Math.max(1, columnCount)).select();
    await context.sync();
  });
}
