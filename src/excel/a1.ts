/** A1 addresses for messages the user reads ("Sheet1!J5"). */

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** `row` 1-based, `column` 0-based, as in the rest of src/excel. */
export function cellAddress(sheetName: string, row: number, column: number): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${columnLetters(column)}${row}`;
}
