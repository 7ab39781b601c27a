/**
 * A1-notation helpers for the fake. Kept separate from src/excel on purpose: the fake must not
 * share code with the production layer it is meant to check.
 */

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

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Sheet names that are not plain identifiers are quoted in addresses, as Excel does. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export interface Area {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export function formatAddress(sheetName: string, a: Area): string {
  const tl = `${columnLetters(a.columnIndex)}${a.rowIndex + 1}`;
  if (a.rowCount === 1 && a.columnCount === 1) return `${quoteSheetName(sheetName)}!${tl}`;
  const br = `${columnLetters(a.columnIndex + a.columnCount - 1)}${a.rowIndex + a.rowCount}`;
  return `${quoteSheetName(sheetName)}!${tl}:${br}`;
}

/** Parses "B2", "B2:D9", "Sheet1!B2:D9" or "'My sheet'!B2". Returns the sheet part if any. */
export function parseAddress(address: string): { sheetName?: string; area: Area } {
  let sheetName: string | undefined;
  let rest = address.trim();
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    if (sheetName.startsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(rest);
  if (!m) throw new Error(`fake: unsupported address "${address}"`);
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return {
    sheetName,
    area: {
      rowIndex: Math.min(r1, r2),
      columnIndex: Math.min(c1, c2),
      rowCount: Math.abs(r2 - r1) + 1,
      columnCount: Math.abs(c2 - c1) + 1,
    },
  };
}

export function intersects(a: Area, b: Area): boolean {
  return (
    a.rowIndex < b.rowIndex + b.rowCount &&
    b.rowIndex < a.rowIndex + a.rowCount &&
    a.columnIndex < b.columnIndex + b.columnCount &&
    b.columnIndex < a.columnIndex + a.columnCount
  );
}

export function contains(outer: Area, inner: Area): boolean {
  return (
    inner.rowIndex >= outer.rowIndex &&
    inner.columnIndex >= outer.columnIndex &&
    inner.rowIndex + inner.rowCount <= outer.rowIndex + outer.rowCount &&
    inner.columnIndex + inner.columnCount <= outer.columnIndex + outer.columnCount
  );
}
