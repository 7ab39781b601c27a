import {
  cellText,
  findOutputBlock,
  locateHeader,
  readCatalogRows,
  summarize,
  NoHeaderRowError,
  type ColumnMapping,
  type Determination,
  type Engine,
  type PackMeta,
  type RunSummary,
} from '../engine';
import type { FileFormat } from './fileFormat';
import type { LoadedCatalog } from './LoadedCatalog';
import { buildOutputBlock, type OutputBlock } from './OutputBlock';
import { UserError } from './UserError';
import { readCsv } from './readCsv';
import { readXlsx } from './readXlsx';
import { writeCsv } from './writeCsv';
import { writeXlsx } from './writeXlsx';

export interface ClassifyOptions {
  input: string;
  inputFormat: FileFormat;
  /** Worksheet to read (.xlsx only); null → the first visible worksheet. */
  sheet: string | null;
  /** Where to write the classified catalog; null → write no file. */
  output: { path: string; format: FileFormat } | null;
}

export interface ClassifyOutcome {
  results: Determination[];
  summary: RunSummary;
  /** The rules pack's metadata (version, effective date). */
  meta: PackMeta;
  mapping: ColumnMapping;
  /** The worksheet read (.xlsx), for the summary. */
  sheetName: string | null;
  /** 1-based row (or CSV line) of the header row. */
  headerRowNumber: number;
  outputPath: string | null;
  /** Things the user should know that are not errors, one line each. */
  notices: string[];
}

export type CatalogReader = (file: string, sheet: string | null) => Promise<LoadedCatalog>;
export type CatalogWriter = (catalog: LoadedCatalog, block: OutputBlock, file: string) => Promise<void>;

/** Readers and writers by format: the streaming versions (a later issue) replace these entries. */
export const READERS: Readonly<Record<FileFormat, CatalogReader>> = {
  xlsx: readXlsx,
  csv: (file) => readCsv(file),
};
export const WRITERS: Readonly<Record<FileFormat, CatalogWriter>> = { xlsx: writeXlsx, csv: writeCsv };

/**
 * Read → find the header → classify every non-blank row → write the block. The engine is made
 * only once the catalog is read and its header found, so a user error costs no pack loading.
 */
export async function classifyFile(options: ClassifyOptions, makeEngine: () => Engine): Promise<ClassifyOutcome> {
  const notices: string[] = [];
  if (options.sheet !== null && options.inputFormat === 'csv') {
    notices.push(`--sheet "${options.sheet}" ignored: ${options.input} is a CSV file with a single table`);
  }
  const catalog = await READERS[options.inputFormat](options.input, options.sheet);
  const sheetName = catalog.format === 'xlsx' ? catalog.worksheet.name : null;

  const mapping = locateHeader(catalog.grid);
  if (!mapping) {
    const where = sheetName === null ? options.input : `${options.input} (worksheet "${sheetName}")`;
    throw new UserError(`${where}: ${new NoHeaderRowError().message}`);
  }

  // Rows come back numbered by grid index; renumber them to sheet rows / CSV lines.
  const engine = makeEngine();
  const { rows, skipped } = readCatalogRows(catalog.grid, mapping, 0);
  const gridIndexes = rows.map((r) => r.row);
  for (const r of rows) r.row = catalog.rowNumbers[r.row];
  const results = engine.determineAll(rows);
  const summary = summarize(results, skipped, engine.meta);

  const headerCells = (catalog.grid[mapping.headerRow] ?? []).map((c) => cellText(c));
  const replacesExisting = findOutputBlock(headerCells) >= 0;
  const block = buildOutputBlock(
    mapping.headerRow,
    mapping.outputColumn,
    results.map((determination, i) => ({ gridIndex: gridIndexes[i], determination })),
    catalog.grid.length,
    replacesExisting,
  );
  if (!replacesExisting) {
    const overwritten = countOverwrittenCells(catalog, block);
    if (overwritten > 0) {
      notices.push(
        `${overwritten} cell(s) right of the last headed column held values; EARmark's block (from column ${columnLetter(block.column)}) replaced them in the output`,
      );
    }
  }

  if (options.output) await WRITERS[options.output.format](catalog, block, options.output.path);

  return {
    results,
    summary,
    meta: engine.meta,
    mapping,
    sheetName,
    headerRowNumber: catalog.rowNumbers[mapping.headerRow],
    outputPath: options.output?.path ?? null,
    notices,
  };
}

/** Non-blank input cells inside the block's columns on the rows the block writes. */
function countOverwrittenCells(catalog: LoadedCatalog, block: OutputBlock): number {
  let count = 0;
  const check = (r: number): void => {
    const cells = catalog.grid[r] ?? [];
    for (let c = block.column; c < block.column + block.headers.length; c++) if (cellText(cells[c]) !== '') count++;
  };
  check(block.headerRow);
  for (const r of block.rows.keys()) check(r);
  return count;
}

/** 0-based column index → "A", "B", …, "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
