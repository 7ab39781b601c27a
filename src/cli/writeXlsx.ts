import type ExcelJS from 'exceljs';
import type { RowStatus } from '../engine';
import type { BlockCells, BlockLayout, CatalogSink } from './CatalogSink';
import { writeFileAtomically } from './writeFileAtomically';

/**
 * Status colours, the same as the add-in's (src/excel/statusStyle.ts; a test keeps the two equal):
 * Excel's Good / Bad / Neutral cell styles — light fill, dark text of the same hue.
 */
export const STATUS_STYLE_ARGB: Readonly<Record<RowStatus, { fill: string; font: string }>> = {
  CLEAR: { fill: 'FFC6EFCE', font: 'FF006100' },
  FLAGGED: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  NEEDS_REVIEW: { fill: 'FFFFEB9C', font: 'FF9C5700' },
};

/** Text number format, as the add-in sets it: an ECCN like "1E001" must never be read as a number. */
export const TEXT_FORMAT = '@';

/** Widths for the block's columns, used only where the column has no width yet. */
export const BLOCK_WIDTHS = [14, 60, 22, 44, 22, 28, 60, 15];

/**
 * Writes the block into a workbook loaded whole (xlsxWorkbookSource) and saves it: only the
 * block's cells are touched, so values, formulas, styles, other sheets and column widths stay
 * as exceljs read them. Rows arrive in sheet order from row 1, so the n-th row is sheet row n.
 */
export function openXlsxWorkbookSink(
  workbook: ExcelJS.Workbook,
  worksheet: ExcelJS.Worksheet,
  layout: BlockLayout,
  file: string,
): CatalogSink {
  let rowNumber = 0;
  return {
    async writeBatch(rows) {
      for (const { block } of rows) placeBlock(worksheet, ++rowNumber, block, layout);
    },
    async finish() {
      layout.headers.forEach((_, i) => {
        const column = worksheet.getColumn(layout.column + 1 + i);
        if (column.width === undefined) column.width = BLOCK_WIDTHS[i] ?? 20;
      });
      await writeFileAtomically(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    },
    abort: async () => undefined,
  };
}

function placeBlock(worksheet: ExcelJS.Worksheet, rowNumber: number, block: BlockCells, layout: BlockLayout): void {
  const col = (i: number): number => layout.column + 1 + i;
  switch (block.kind) {
    case 'header':
      layout.headers.forEach((header, i) => {
        const cell = worksheet.getCell(rowNumber, col(i));
        cell.value = header;
        // Always a new style object: exceljs may share one style object among every cell with the
        // same style id, so mutating it (cell.font = …) could restyle input cells too.
        cell.style = { ...cell.style, numFmt: TEXT_FORMAT, font: { ...cell.style.font, bold: true } };
      });
      break;
    case 'output': {
      const colours = STATUS_STYLE_ARGB[block.status];
      const fill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colours.fill } };
      block.cells.forEach((text, i) => {
        const cell = worksheet.getCell(rowNumber, col(i));
        cell.value = text;
        cell.style = { ...cell.style, numFmt: TEXT_FORMAT, fill, font: { ...cell.style.font, color: { argb: colours.font } } };
      });
      break;
    }
    case 'clear': {
      // Empties the block cells (value and status fill) that a previous run wrote.
      const row = worksheet.getRow(rowNumber);
      for (let i = 0; i < layout.headers.length; i++) {
        const cell = row.getCell(col(i));
        if (cell.value === null && cell.fill === undefined) continue;
        cell.value = null;
        cell.style = {};
      }
      break;
    }
    case 'none':
      break;
  }
}
