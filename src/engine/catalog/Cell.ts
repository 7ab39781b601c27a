/** A cell value as both Excel (values) and the file readers hand it over. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of cells, row-major. */
export type Grid = CellValue[][];

/** Text of a cell as a person would read it; blanks become "". */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  return String(value);
}

export function isBlankRow(row: readonly CellValue[]): boolean {
  return row.every((v) => cellText(v) === '');
}
