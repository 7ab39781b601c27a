import { stat } from 'node:fs/promises';
import { columnLetter, NoHeaderRowError, type ColumnMapping, type Determination, type Engine, type PackMeta, type RunSummary } from '../engine';
import type { BlockLayout, CatalogSink } from './CatalogSink';
import type { CatalogSource } from './CatalogSource';
import { chooseXlsxMode, XLSX_STREAM_THRESHOLD_BYTES } from './chooseXlsxMode';
import { classifyRows } from './classifyRows';
import { openCsvSink, EXCEL_CSV_DIALECT } from './csvSink';
import { openCsvSource } from './csvSource';
import type { FileFormat } from './fileFormat';
import { readInputFile } from './readInputFile';
import { UserError } from './UserError';
import { openXlsxStreamSink } from './xlsxStreamSink';
import { openXlsxStreamSource } from './xlsxStreamSource';
import { openXlsxWorkbookSource, type XlsxWorkbookSource } from './xlsxWorkbookSource';
import { openXlsxWorkbookSink } from './writeXlsx';

export interface ClassifyOptions {
  input: string;
  inputFormat: FileFormat;
  /** Worksheet to read (.xlsx only); null → the first visible worksheet. */
  sheet: string | null;
  /** Where to write the classified catalog; null → write no file. */
  output: { path: string; format: FileFormat } | null;
  /** Keep every determination for the caller (--json); without it memory stays flat. */
  keepResults?: boolean;
  /** .xlsx inputs larger than this are streamed (values only); see chooseXlsxMode. */
  xlsxStreamThresholdBytes?: number;
}

export interface ClassifyOutcome {
  /** Every determination, when keepResults was asked for; else empty. */
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

/**
 * Read → find the header in the first rows → classify every non-blank row → write, all as one
 * stream of rows (classifyRows). CSV always streams; an .xlsx loads whole while small (so its
 * formatting survives) and streams when large (chooseXlsxMode). The engine is made only once the
 * header is found, so a user error costs no pack loading.
 */
export async function classifyFile(options: ClassifyOptions, makeEngine: () => Engine): Promise<ClassifyOutcome> {
  const notices: string[] = [];
  if (options.sheet !== null && options.inputFormat === 'csv') {
    notices.push(`--sheet "${options.sheet}" ignored: ${options.input} is a CSV file with a single table`);
  }
  const source = await openSource(options);
  let engine: Engine | null = null;
  const run = await classifyRows(source, {
    keepResults: options.keepResults ?? false,
    noHeader: () => {
      const where = source.sheetName === null ? options.input : `${options.input} (worksheet "${source.sheetName}")`;
      return new UserError(`${where}: ${new NoHeaderRowError().message}`);
    },
    makeEngine: () => (engine = makeEngine()),
    openSink: (layout) => openSink(source, layout, options),
  });
  if (!run.replacesExisting && run.overwrittenCells > 0) {
    notices.push(
      `${run.overwrittenCells} cell(s) right of the last headed column held values; EARmark's block (from column ${columnLetter(run.layout.column)}) replaced them in the output`,
    );
  }
  if (source.format === 'xlsx' && !('workbook' in source) && options.output?.format === 'xlsx') {
    notices.push(
      `${options.input} is over ${XLSX_STREAM_THRESHOLD_BYTES / 2 ** 20} MB, so it was streamed: the output keeps every value of worksheet "${source.sheetName}" but not its formatting or the other worksheets`,
    );
  }
  return {
    results: run.results ?? [],
    summary: run.summary,
    meta: (engine as Engine | null)!.meta,
    mapping: run.mapping,
    sheetName: source.sheetName,
    headerRowNumber: run.headerRowNumber,
    outputPath: options.output?.path ?? null,
    notices,
  };
}

async function openSource(options: ClassifyOptions): Promise<CatalogSource> {
  if (options.inputFormat === 'csv') return openCsvSource(options.input);
  const { size } = await readInputFile(options.input, (f) => stat(f));
  return chooseXlsxMode(size, options.xlsxStreamThresholdBytes) === 'stream'
    ? openXlsxStreamSource(options.input, options.sheet)
    : openXlsxWorkbookSource(options.input, options.sheet);
}

/** The writer for the output's format; a workbook loaded whole is written back into itself. */
async function openSink(source: CatalogSource, layout: BlockLayout, options: ClassifyOptions): Promise<CatalogSink | null> {
  const output = options.output;
  if (!output) return null;
  if (output.format === 'csv') return openCsvSink(output.path, layout, source.dialect ?? EXCEL_CSV_DIALECT);
  if ('workbook' in source) {
    const { workbook, worksheet } = source as XlsxWorkbookSource;
    return openXlsxWorkbookSink(workbook, worksheet, layout, output.path);
  }
  return openXlsxStreamSink(output.path, layout, source.sheetName);
}
