import { stringify } from 'csv-stringify/sync';
import type { CellValue } from '../engine';
import type { LoadedCatalog } from './LoadedCatalog';
import type { OutputBlock } from './OutputBlock';
import { writeFileAtomically } from './writeFileAtomically';

/** Writes the catalog as CSV with EARmark's block in place; every input field is written back as it was read. */
export async function writeCsv(catalog: LoadedCatalog, block: OutputBlock, file: string): Promise<void> {
  await writeFileAtomically(file, toCsvText(catalog, block));
}

/** The pure part of writeCsv. */
export function toCsvText(catalog: LoadedCatalog, block: OutputBlock): string {
  const rows: string[][] =
    catalog.format === 'csv' ? catalog.records.map((r) => [...r]) : catalog.grid.map((r) => r.map(cellToCsvText));
  placeBlock(rows, block);
  const eol = catalog.format === 'csv' ? catalog.eol : '\r\n';
  // A UTF-8 BOM makes Excel read the file as UTF-8; keep it when the input had one, add it for xlsx → csv.
  const bom = catalog.format === 'csv' ? catalog.bom : true;
  const delimiter = catalog.format === 'csv' ? catalog.delimiter : ',';
  return stringify(rows, { record_delimiter: eol === '\r\n' ? 'windows' : 'unix', bom, delimiter });
}

function placeBlock(rows: string[][], block: OutputBlock): void {
  const width = block.headers.length;
  const put = (r: number, cells: readonly string[]): void => {
    while (rows.length <= r) rows.push([]);
    const row = rows[r];
    while (row.length < block.column) row.push('');
    for (let i = 0; i < width; i++) row[block.column + i] = cells[i] ?? '';
  };
  put(block.headerRow, block.headers);
  for (let r = block.headerRow + 1; r <= block.lastRow && r < rows.length; r++) {
    const out = block.rows.get(r);
    if (out) {
      put(r, out.cells);
      continue;
    }
    // No output for this row (blank): on a re-run, empty what the previous run left in the block.
    const row = rows[r];
    if (!block.replacesExisting) continue;
    if (row.length <= block.column) continue;
    if (row.length <= block.column + width) row.length = block.column;
    else for (let i = 0; i < width; i++) row[block.column + i] = '';
  }
}

/** A value read from a worksheet as CSV text (booleans the way Excel exports them). */
function cellToCsvText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
