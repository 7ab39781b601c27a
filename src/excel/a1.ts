import { columnLetter } from '../engine';

/** An A1 address for messages the user reads ("Sheet1!J5"); `row` 1-based, `column` 0-based, as in the rest of src/excel. */
export function cellAddress(sheetName: string, row: number, column: number): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${columnLetter(column)}${row}`;
}
