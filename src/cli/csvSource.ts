import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { parse, type Options, type Parser } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import type { CatalogSource, SourceRow } from './CatalogSource';
import { readBatches } from './readBatches';
import { readInputFile } from './readInputFile';
import { HEAD_LINE_BREAKS, HEAD_MAX_BYTES, HEAD_MIN_BYTES, sniffCsvDialect } from './sniffCsvDialect';
import { UserError } from './UserError';

/**
 * Streams a CSV catalog: comma-separated (or semicolon / tab, see sniffCsvDialect), UTF-8 with
 * or without BOM, CRLF or LF, ragged rows and quotes inside unquoted fields allowed. Every field
 * stays text ("007" stays "007"). Only the parser's read-ahead is in memory at any time.
 */
export async function openCsvSource(file: string): Promise<CatalogSource> {
  const { handle, head } = await readInputFile(file, readHead);
  const dialect = sniffCsvDialect(head);
  const ragged = raggedHead(head, dialect.delimiter);
  let parser: Parser | null = null;
  return {
    format: 'csv',
    path: file,
    sheetName: null,
    dialect,
    batches: (async function* (): AsyncGenerator<SourceRow[]> {
      const input = handle.createReadStream({ start: 0, highWaterMark: 1 << 20 });
      parser = parse({
        bom: true,
        delimiter: dialect.delimiter,
        relax_column_count: true,
        // Like Excel: a quote inside an unquoted field (=HYPERLINK("…")) is just a character.
        relax_quotes: true,
        skip_empty_lines: false,
        // csv-parse builds (and, relaxed, ignores) an Error for every record whose length differs
        // from the *first* record's — with a title line above the header, that is every record,
        // and it tripled the parse time. Comparing with the previous record instead keeps it rare.
        // Only where the head is ragged: an on_record hook costs csv-parse an info object per record.
        on_record: ragged
          ? (record: string[]) => {
              (parser as unknown as { state: { expectedRecordLength: number } }).state.expectedRecordLength = record.length;
              return record;
            }
          : undefined,
        // Records buffered ahead of the engine: enough that the file is read in large gulps.
        highWaterMark: 4096,
      } as Options);
      input.on('error', (err) => parser?.destroy(err));
      input.pipe(parser);
      // Records follow each other line after line; a record spans one line plus the line breaks
      // inside its quoted fields (a CRLF there is one break). Counting them is far cheaper than
      // asking csv-parse for per-record `info`, which built two objects for every record.
      let line = 1;
      try {
        for await (const batch of readBatches<string[]>(parser)) {
          const rows: SourceRow[] = new Array(batch.length);
          for (let i = 0; i < batch.length; i++) {
            const record = batch[i];
            rows[i] = { cells: record, rowNumber: line };
            line += 1 + breaksIn(record);
          }
          yield rows;
        }
      } catch (err) {
        // csv-parse's errors carry CSV_… codes; anything else (the disk) is not the file's fault.
        if ((err as NodeJS.ErrnoException).code?.startsWith('CSV_')) {
          const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
          throw new UserError(`Cannot read ${file} as CSV: ${reason}`);
        }
        throw err;
      } finally {
        input.destroy();
      }
    })(),
    async close() {
      parser?.destroy();
      await handle.close().catch(() => undefined);
    },
  };
}

/** Opens the file and reads enough of its start to sniff the dialect (the file stays open). */
async function readHead(file: string): Promise<{ handle: FileHandle; head: Buffer }> {
  const handle = await open(file, 'r');
  try {
    const parts: Buffer[] = [];
    let length = 0;
    let breaks = 0;
    while (length < HEAD_MAX_BYTES && (length < HEAD_MIN_BYTES || breaks < HEAD_LINE_BREAKS)) {
      const buffer = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, length);
      if (bytesRead === 0) break;
      const part = buffer.subarray(0, bytesRead);
      parts.push(part);
      length += bytesRead;
      for (let i = part.indexOf(0x0a); i >= 0; i = part.indexOf(0x0a, i + 1)) breaks++;
    }
    return { handle, head: Buffer.concat(parts) };
  } catch (err) {
    await handle.close().catch(() => undefined);
    throw err;
  }
}

/** Line breaks inside a record's fields: LF, CRLF (once) and a lone CR each end a line. */
function breaksIn(record: readonly string[]): number {
  let n = 0;
  for (const field of record) {
    if (field.indexOf('\n') < 0 && field.indexOf('\r') < 0) continue;
    for (let i = 0; i < field.length; i++) {
      const c = field.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13 && field.charCodeAt(i + 1) !== 10) n++;
    }
  }
  return n;
}

/** True when the first records differ in length (title lines above the header, ragged exports). */
function raggedHead(head: Buffer, delimiter: string): boolean {
  try {
    const records = parseSync(head, { bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, to: 31 }) as string[][];
    return records.some((r) => r.length !== records[0].length);
  } catch {
    return true; // the head ends inside a quoted field: assume the worst, the hook is only slower
  }
}
