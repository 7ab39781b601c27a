import { cellText, isBlankRow, type CellValue, type Grid } from './Cell';
import type { CatalogRow } from './CatalogRow';
import type { ColumnMapping } from './ColumnMapping';

export interface CatalogRows {
  rows: CatalogRow[];
  /** Blank rows below the header that were skipped. */
  skipped: number;
}

/**
 * Turns the data rows under the header into CatalogRows.
 * @param firstRowNumber the 1-based sheet row (or CSV line) of grid[0].
 */
export function readCatalogRows(grid: Grid, mapping: ColumnMapping, firstRowNumber = 1): CatalogRows {
  const rows: CatalogRow[] = [];
  let skipped = 0;
  for (let r = mapping.headerRow + 1; r < grid.length; r++) {
    const cells = (grid[r] ?? []).slice(0, mapping.headers.length);
    if (isBlankRow(cells)) {
      skipped++;
      continue;
    }
    rows.push(toCatalogRow(cells, mapping, firstRowNumber + r));
  }
  return { rows, skipped };
}

export function toCatalogRow(cells: readonly CellValue[], mapping: ColumnMapping, row: number): CatalogRow {
  const text = (col: number | undefined): string | null => {
    if (col === undefined) return null;
    const t = cellText(cells[col]);
    return t === '' ? null : t;
  };
  const raw = (col: number | undefined): CellValue => (col === undefined ? null : (cells[col] ?? null));
  const f = mapping.fields;
  const attributes: Record<string, string> = {};
  for (const col of mapping.attributeColumns) {
    const t = cellText(cells[col]);
    if (t !== '') attributes[mapping.headers[col]] = t;
  }
  return {
    row,
    partNumber: text(f.partNumber),
    description: text(f.description),
    eccn: text(f.eccn),
    destination: text(f.destination),
    endUser: text(f.endUser),
    consignee: text(f.consignee),
    endUse: text(f.endUse),
    value: raw(f.value),
    quantity: raw(f.quantity),
    casNumber: text(f.casNumber),
    attributes,
  };
}
