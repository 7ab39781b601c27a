import { parse } from 'csv-parse/sync';
import { locateHeader } from '../engine';
import type { CsvDialect } from './CatalogSource';

/** Separators tried in turn: comma, then the semicolon of European Excel exports, then tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** Records the header search looks at (locateHeader reads the first 30 rows), plus one. */
const SNIFF_RECORDS = 31;

/**
 * The dialect of a CSV file from its first bytes: BOM, line end, and the separator under which
 * a header row is found — comma first; another separator only when comma finds no header and
 * that one does. The head is all the header search ever sees, so this is the choice the whole
 * file would give. With no header under any separator: comma, and the caller reports it.
 */
export function sniffCsvDialect(head: Buffer): CsvDialect {
  const bom = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const firstBreak = head.indexOf(0x0a);
  const eol = firstBreak > 0 && head[firstBreak - 1] === 0x0d ? '\r\n' : '\n';
  const delimiter = CSV_DELIMITERS.find((d) => (d === ',' || head.includes(d)) && headerUnder(head, d)) ?? ',';
  return { bom, eol, delimiter };
}

function headerUnder(head: Buffer, delimiter: CsvDelimiter): boolean {
  try {
    const grid = parse(head, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      to: SNIFF_RECORDS,
    }) as string[][];
    return locateHeader(grid) !== null;
  } catch {
    // The head may end inside a quoted field; a file that is really malformed fails in the full read.
    return false;
  }
}

/** The head is enough once it holds SNIFF_RECORDS line ends and 64 KiB (or 16 MiB whatever it holds). */
export const HEAD_MIN_BYTES = 64 * 1024;
export const HEAD_MAX_BYTES = 16 * 1024 * 1024;
export const HEAD_LINE_BREAKS = SNIFF_RECORDS;
