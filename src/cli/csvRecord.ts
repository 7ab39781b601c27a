/**
 * One CSV record, quoted as csv-stringify quotes by default (and as Excel does): a field is quoted
 * when it holds the delimiter, a double quote, a carriage return or a line feed; quotes inside are
 * doubled. Written by hand because the CLI writes every field of every row of a catalog: the
 * library's per-field option handling cost more than reading the file (test/cli/csvRecord.test.ts
 * checks the bytes are the library's).
 */
export function csvRecord(fields: readonly string[], delimiter: string, eol: string): string {
  let line = '';
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i];
    if (i > 0) line += delimiter;
    line += needsQuotes(f, delimiter) ? `"${f.replace(/"/g, '""')}"` : f;
  }
  return line + eol;
}

function needsQuotes(field: string, delimiter: string): boolean {
  return field.includes(delimiter) || field.includes('"') || field.includes('\n') || field.includes('\r');
}
