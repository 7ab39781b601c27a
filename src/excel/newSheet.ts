/**
 * A new sheet for something EARmark produces (a matrix, a report): never an existing sheet, so
 * nothing a person made is overwritten. "EARmark Matrix", then "EARmark Matrix 2", … (Excel
 * compares sheet names case-insensitively and allows 31 characters).
 */
export async function addUniqueSheet(context: Excel.RequestContext, baseName: string): Promise<Excel.Worksheet> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const base = baseName.slice(0, 28);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  const sheet = context.workbook.worksheets.add(name);
  sheet.load('name');
  return sheet;
}
