import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { parse, type Options, type Parser } from 'csv-parse';
import type { CatalogSource, SourceRow } from './CatalogSource';
import { readBatches } from './readBatches';
import { readInputFile } from './readInputFile';
import { HEAD_LINE_BREAKS, HEAD_MAX_BYTES, HEAD_MIN_BYTES, sniffCsvDialect } from './sniffCsvDialect';
import { StreamLineCounter } from './StreamLineCounter';
import { UserError } from './UserError';

/**
 * Streams a CSV catalog: comma-separated (or semicolon / tab, see sniffCsvDialect), UTF-8 with
 * or without BOM, CRLF or LF, ragged rows and quotes inside unquoted fields allowed. Every field
 * stays text ("007" stays "007"). Only the parser's read-ahead is in memory at any time.
 */
export async function openCsvSource(file: string): Promise<CatalogSource> {
  const { handle, head } = await readInputFile(file, readHead);
  const dialect = sniffCsvDialect(head);
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
        info: true,
        relax_column_count: true,
        // Like Excel: a quote inside an unquoted field (=HYPERLINK("…")) is just a character.
        relax_quotes: true,
        skip_empty_lines: false,
        // csv-parse builds (and, relaxed, ignores) an Error for every record whose length differs
        // from the *first* record's — with a title line above the header, that is every record,
        // and it tripled the parse time. Comparing with the previous record instead keeps it rare.
        // (With `info`, on_record sees { record, info }.)
        on_record: ((item: { record: string[] }) => {
          (parser as unknown as { state: { expectedRecordLength: number } }).state.expectedRecordLength = item.record.length;
          return item;
        }) as unknown as (record: string[]) => string[],
        // Records buffered ahead of the engine: enough that the file is read in large gulps.
        highWaterMark: 4096,
      } as Options);
      const lines = new StreamLineCounter();
      // Registered before the pipe, so the counter holds every chunk before the parser sees it.
      input.on('data', (chunk) => lines.push(chunk as Buffer));
      input.on('error', (err) => parser?.destroy(err));
      input.pipe(parser);
      let start = 0;
      try {
        for await (const batch of readBatches<{ record: string[]; info: { bytes: number } }>(parser)) {
          const rows: SourceRow[] = new Array(batch.length);
          for (let i = 0; i < batch.length; i++) {
            const { record, info } = batch[i];
            rows[i] = { cells: record, rowNumber: lines.lineAt(start) };
            start = info.bytes;
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
