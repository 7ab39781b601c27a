/**
 * Marks cells a re-run changed (ECCN, licence, warnings after a pack or list update) with a
 * blue fill, so a reviewer can find them by filtering on colour. The fill is EARmark's own
 * block's formatting; the next run repaints the block by status and the mark goes with it.
 */
import { runInExcel } from './runInExcel';

export const CHANGED_MARK = { fill: '#BDD7EE', font: '#1F3864' } as const;

/** `cells`: 1-based rows and 0-based columns. */
export async function markChangedCells(sheetName: string, cells: ReadonlyArray<{ row: number; column: number }>): Promise<void> {
  await runInExcel({ writes: true }, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const { row, column } of cells) {
      const range = sheet.getRangeByIndexes(row - 1, column, 1, 1);
      range.format.fill.color = CHANGED_MARK.fill;
      range.format.font.color = CHANGED_MARK.font;
    }
    await context.sync();
  });
}
