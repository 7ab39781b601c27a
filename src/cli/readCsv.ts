import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { locateHeader } from '../engine';
import type { CsvCatalog } from './LoadedCatalog';
import { UserError } from './UserError';
import { readInputFile } from './readInputFile';

/**
 * Reads a CSV catalog: comma-separated (or semicolon / tab, see parseCsvSniffing), UTF-8 with or without BOM, CRLF or LF, ragged rows and
 * quotes inside unquoted fields allowed. Every field stays text ("007" stays "007").
 */
export async function readCsv(file: string): Promise<CsvCatalog> {
  const bytes = await readInputFile(file, (f) => readFile(f));
  return parseCsvSniffing(bytes, file);
}

/** Separators tried in turn: comma, then the semicolon of European Excel exports, then tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Parses with a comma; when that finds no header row but another separator does, that one wins
 * (and the output is written with it). A file with no header under any separator is returned
 * comma-parsed, so the caller reports the missing header.
 */
export function parseCsvSniffing(bytes: Buffer, file: string): CsvCatalog {
  let comma: CsvCatalog | null = null;
  let commaError: unknown = null;
  try {
    comma = parseCsv(bytes, file, ',');
    if (locateHeader(comma.grid)) return comma;
  } catch (err) {
    commaError = err;
  }
  for (const delimiter of CSV_DELIMITERS.slice(1)) {
    if (!bytes.includes(delimiter)) continue;
    try {
      const other = parseCsv(bytes, file, delimiter);
      if (locateHeader(other.grid)) return other;
    } catch {
      // Not this separator.
    }
  }
  if (comma) return comma;
  throw commaError;
}

/** The pure part of readCsv, on the file's bytes, with a known separator. */
export function parseCsv(bytes: Buffer, file: string, delimiter: CsvDelimiter = ','): CsvCatalog {
  let parsed: Array<{ record: string[]; info: { bytes: number } }>;
  try {
    parsed = parse(bytes, {
      bom: true,
      delimiter,
      info: true,
      relax_column_count: true,
      // Like Excel: a quote inside an unquoted field (=HYPERLINK("…")) is just a character.
      relax_quotes: true,
      skip_empty_lines: false,
    }) as unknown as Array<{ record: string[]; info: { bytes: number } }>;
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new UserError(`Cannot read ${file} as CSV: ${reason}`);
  }
  const records: string[][] = [];
  const rowNumbers: number[] = [];
  // A record's row is the line it starts on: 1 + the line breaks before its first byte.
  // (csv-parse's own info.lines is the record's last line, and miscounts CRLF inside quotes.)
  const lines = new LineCounter(bytes);
  let start = 0;
  for (const { record, info } of parsed) {
    records.push(record);
    rowNumbers.push(lines.lineAt(start));
    start = info.bytes;
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const firstBreak = bytes.indexOf(0x0a);
  const eol = firstBreak > 0 && bytes[firstBreak - 1] === 0x0d ? '\r\n' : '\n';
  return { format: 'csv', path: file, grid: records, records, rowNumbers, bom, eol, delimiter };
}

/** 1-based line number of a byte offset; offsets must be asked in increasing order. */
class LineCounter {
  private offset = 0;
  private line = 1;

  constructor(private readonly bytes: Buffer) {}

  lineAt(target: number): number {
    const b = this.bytes;
    for (; this.offset < target && this.offset < b.length; this.offset++) {
      const c = b[this.offset];
      // LF, CRLF (counted at its LF) and a lone CR each end a line.
      if (c === 0x0a || (c === 0x0d && b[this.offset + 1] !== 0x0a)) this.line++;
    }
    return this.line;
  }
}
