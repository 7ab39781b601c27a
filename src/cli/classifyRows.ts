import {
  cellText,
  findOutputBlock,
  isBlankRow,
  locateHeader,
  outputCells,
  toCatalogRow,
  OUTPUT_HEADERS,
  type ColumnMapping,
  type Determination,
  type Engine,
  type RunSummary,
} from '../engine';
import type { BlockCells, BlockLayout, CatalogSink } from './CatalogSink';
import type { CatalogSource, SourceRow } from './CatalogSource';
import { SummaryTally } from './SummaryTally';

/** locateHeader looks at this many rows; they are all that is held before rows start to flow. */
const HEADER_SEARCH_ROWS = 30;

export interface RowsRun {
  /** Every determination in row order, when asked for (--json); null otherwise. */
  results: Determination[] | null;
  summary: RunSummary;
  mapping: ColumnMapping;
  headerRowNumber: number;
  layout: BlockLayout;
  replacesExisting: boolean;
  /** Non-blank input cells the block replaced (on a first run only; a re-run replaces its own block). */
  overwrittenCells: number;
}

export interface RowsOptions {
  /** Keep every determination (memory grows with rows); only --json needs them. */
  keepResults: boolean;
  /** Called when the first rows hold no header: the error to throw. */
  noHeader(): Error;
  /** Made once the header is found, so a user error costs no pack loading. */
  makeEngine(): Engine;
  /** Opens the output once the block's place is known; null writes nothing. */
  openSink(layout: BlockLayout): Promise<CatalogSink | null>;
}

/**
 * The run over a catalog's rows: hold the first rows until the header is found, then let every
 * row flow source → engine → sink a batch at a time, so memory stays flat however long the file.
 * Rows above the header pass through; the header row gets the block's headers; each non-blank
 * row below it gets its determination; blank rows are skipped (and, on a re-run, their stale
 * block cells emptied).
 */
export async function classifyRows(source: CatalogSource, options: RowsOptions): Promise<RowsRun> {
  const batches = source.batches[Symbol.asyncIterator]();
  let sink: CatalogSink | null = null;
  try {
    const head: SourceRow[] = [];
    let ended = false;
    while (head.length < HEADER_SEARCH_ROWS) {
      const next = await batches.next();
      if (next.done) {
        ended = true;
        break;
      }
      for (const row of next.value) head.push(row);
    }
    const mapping = locateHeader(head.slice(0, HEADER_SEARCH_ROWS).map((r) => r.cells));
    if (!mapping) throw options.noHeader();

    const engine = options.makeEngine();
    const layout: BlockLayout = { column: mapping.outputColumn, headers: OUTPUT_HEADERS };
    const headerCells = head[mapping.headerRow].cells.map((c) => cellText(c));
    const replacesExisting = findOutputBlock(headerCells) >= 0;
    sink = await options.openSink(layout);

    const tally = new SummaryTally(engine.meta);
    const results: Determination[] | null = options.keepResults ? [] : null;
    let skipped = 0;
    let overwrittenCells = 0;
    let gridIndex = 0;
    const width = mapping.headers.length;
    const countOverwritten = (cells: SourceRow['cells']): void => {
      if (replacesExisting) return;
      for (let c = layout.column; c < layout.column + layout.headers.length && c < cells.length; c++) {
        if (cellText(cells[c]) !== '') overwrittenCells++;
      }
    };

    const process = async (rows: readonly SourceRow[]): Promise<void> => {
      const out: Array<{ row: SourceRow; block: BlockCells }> = new Array(rows.length);
      const determined: Determination[] = [];
      for (let i = 0; i < rows.length; i++, gridIndex++) {
        const row = rows[i];
        let block: BlockCells;
        if (gridIndex < mapping.headerRow) block = { kind: 'none' };
        else if (gridIndex === mapping.headerRow) {
          block = { kind: 'header' };
          countOverwritten(row.cells);
        } else {
          const cells = row.cells.length > width ? row.cells.slice(0, width) : row.cells;
          if (isBlankRow(cells)) {
            skipped++;
            block = replacesExisting ? { kind: 'clear' } : { kind: 'none' };
          } else {
            const d = engine.determine(toCatalogRow(cells, mapping, row.rowNumber));
            determined.push(d);
            block = { kind: 'output', cells: outputCells(d), status: d.status };
            countOverwritten(row.cells);
          }
        }
        out[i] = { row, block };
      }
      tally.add(determined, engine.meta);
      if (results) for (const d of determined) results.push(d);
      if (sink) await sink.writeBatch(out);
    };

    await process(head);
    if (!ended) {
      for (let next = await batches.next(); !next.done; next = await batches.next()) await process(next.value);
    }
    if (sink) await sink.finish();
    return {
      results,
      summary: tally.result(skipped),
      mapping,
      headerRowNumber: head[mapping.headerRow].rowNumber,
      layout,
      replacesExisting,
      overwrittenCells,
    };
  } catch (err) {
    await sink?.abort();
    throw err;
  } finally {
    await batches.return?.(undefined);
    await source.close();
  }
}
