import {
  OUTPUT_WIDTH,
  locateHeader,
  NoHeaderRowError,
  OUTPUT_HEADERS,
  outputCells,
  readCatalogRows,
  summarize,
  toSavedMapping,
  type CatalogField,
  type ColumnMapping,
  type Determination,
  type RunSummary,
  type ScreeningList,
} from '../../../engine';
import type { CatalogRow } from '../../../engine';
import type { CatalogRegion, EngineClient, Progress, ReviewBlockLocation, WorkbookPort } from '../../services/ports';
import { reapplyChoices } from '../mapping/mappingModel';
import { reviewRowOf, type ReviewRow } from '../review/reviewRow';
import { runAuditLines } from '../audit/auditLines';
import {
  newOverrides,
  previousOutputs,
  rerunChanges,
  reviewRunRows,
  withOverrides,
  type RerunChange,
} from './reviewBookkeeping';

/** Rows sent to the worker at a time: small enough that Cancel is felt at once, large enough to keep messages few. */
export const CHUNK_SIZE = 2000;

export type RunPhase = 'checking' | 'reading' | 'classifying' | 'writing';

export class UnsupportedHostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsupportedHostError';
  }
}

export interface RunEvents {
  phase(phase: RunPhase, progress?: Progress): void;
  /** The header was found: the mapping the run will use, shown for the user to adjust. */
  mapping(mapping: ColumnMapping, region: CatalogRegion): void;
}

export interface RunOptions {
  signal: AbortSignal;
  events: RunEvents;
  /** The user's column choices in this session (null = not mapped), and the header row they were made on. */
  choices?: ReadonlyMap<CatalogField, number | null>;
  choicesHeaders?: readonly string[] | null;
  chunkSize?: number;
  /** The name the user set in Settings, for the audit trail. */
  who?: string;
  /** The screening list the user loaded (null or absent: none; screening reported as not performed). */
  screeningList?: ScreeningList | null;
}

/** A row the user should look at (FLAGGED or NEEDS_REVIEW), in a form small enough to keep in state. */
export interface ReviewItem {
  row: number;
  partNumber: string | null;
  status: Exclude<Determination['status'], 'CLEAR'>;
  license: Determination['licenseRequirement'];
  destination: string | null;
}

/** Where the results went, for the summary ("columns H–O of Catalog"). */
export interface WrittenBlock {
  sheetName: string;
  /** 0-based sheet column of the catalog's first column. */
  dataColumn: number;
  /** 0-based sheet columns of the block's first and last column. */
  firstColumn: number;
  lastColumn: number;
  rows: number;
}

export type RunOutcome =
  | {
      kind: 'done';
      summary: RunSummary;
      written: WrittenBlock;
      mapping: ColumnMapping;
      review: ReviewItem[];
      /** Every classified row with its review cells, for the reviewer's pane. */
      rows: ReviewRow[];
      /** Where the review columns are. */
      reviewBlock: ReviewBlockLocation;
      /** Answers that differ from the previous run's (empty on a first run). */
      changes: RerunChange[];
      /** Reviewed rows this run marked "Changed since review". */
      changedSinceReview: number[];
      /** The catalog rows (with overrides), for the matrix. */
      catalogRows: CatalogRow[];
    }
  | { kind: 'cancelled'; during: RunPhase; rowsWritten: number };

/**
 * One "Classify sheet" run: host check → read → locate header → classify in chunks (worker) →
 * write the output block → summary. Throws UnsupportedHostError, NoHeaderRowError, or whatever
 * the workbook refuses with; returns `cancelled` when the signal fires.
 */
export async function runClassification(
  workbook: WorkbookPort,
  engine: EngineClient,
  { signal, events, choices, choicesHeaders = null, chunkSize = CHUNK_SIZE, who = '', screeningList = null }: RunOptions,
): Promise<RunOutcome> {
  events.phase('checking');
  const support = workbook.checkHostSupport();
  if (!support.supported) {
    throw new UnsupportedHostError(support.message ?? 'This version of Excel does not support EARmark.');
  }

  events.phase('reading');
  const [region, saved, meta] = await Promise.all([
    workbook.readCatalogRegion({ onProgress: (p) => events.phase('reading', p) }),
    workbook.loadSavedMapping(),
    engine.meta(),
  ]);
  if (signal.aborted) return { kind: 'cancelled', during: 'reading', rowsWritten: 0 };

  const located = locateHeader(region.grid, saved);
  if (!located) throw new NoHeaderRowError();
  const mapping = choices ? reapplyChoices(located, choices, choicesHeaders) : located;
  events.mapping(mapping, region);

  const { rows: catalogRows, skipped } = readCatalogRows(region.grid, mapping, region.firstRow);
  const headerRow = region.firstRow + mapping.headerRow;
  const column = region.firstColumn + mapping.outputColumn;
  const reviewBlock: ReviewBlockLocation = { sheetName: region.sheetName, headerRow, column: column + OUTPUT_WIDTH };
  // Overrides and earlier decisions are read before classifying: an override changes the answer.
  const reviewCells = catalogRows.length
    ? await workbook.readReviewColumns(reviewBlock, catalogRows[0].row, catalogRows[catalogRows.length - 1].row)
    : null;
  const rows = withOverrides(catalogRows, reviewCells);
  const previous = previousOutputs(region, mapping);
  // The list and the workbook's false-positive decisions go to the engine before any row does.
  await engine.setScreening(screeningList, screeningList ? await workbook.loadScreeningDecisions() : []);
  const results: Determination[] = [];
  events.phase('classifying', { done: 0, total: rows.length });
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = await engine.determine(rows.slice(i, i + chunkSize));
    if (signal.aborted) return { kind: 'cancelled', during: 'classifying', rowsWritten: 0 };
    results.push(...chunk);
    events.phase('classifying', { done: results.length, total: rows.length });
  }

  events.phase('writing', { done: 0, total: results.length });
  const written = await workbook.writeOutputBlock(
    {
      sheetName: region.sheetName,
      headerRow,
      column,
      headers: [...OUTPUT_HEADERS],
      // Determination.row is already the sheet row: readCatalogRows was given region.firstRow.
      rows: results.map((d) => ({ row: d.row, cells: outputCells(d), status: d.status })),
    },
    { signal, onProgress: (p) => events.phase('writing', p) },
  );
  if (written.cancelled) return { kind: 'cancelled', during: 'writing', rowsWritten: written.rowsWritten };

  const runRows = reviewRunRows(rows, results, reviewCells);
  await workbook.writeReviewColumns(reviewBlock, runRows);
  const changedSinceReview = runRows.filter((r) => r.changed).map((r) => r.row);
  const changes = rerunChanges(results, previous, column);

  const summary = summarize(results, skipped, meta);
  const ranAt = new Date().toISOString();
  // Recorded as the list's own date; null (shown as "none loaded") when no list was used.
  const screeningListDate = screeningList ? (screeningList.fileDate ?? 'undated') : null;
  await workbook.saveSavedMapping(toSavedMapping(mapping));
  await workbook.saveRunMetadata({
    rulesVersion: meta.version,
    effectiveDate: meta.effectiveDate,
    ranAt,
    rowsRead: summary.rowsRead,
    screeningListDate,
    ranBy: who,
    block: { sheetName: region.sheetName, headerRow, outputColumn: column },
  });
  await workbook.appendAuditLines(
    runAuditLines({ ranAt, who, summary, screeningListDate, changedRows: new Set(changes.map((c) => c.row)).size, overrides: newOverrides(results, previous), reviewCells }),
  );
  const changedSet = new Set(changedSinceReview);
  return {
    kind: 'done',
    summary,
    mapping,
    rows: results.map((d) => reviewRowOf(d, reviewCells?.get(d.row), changedSet.has(d.row) ? 'Changed since review' : reviewCells?.get(d.row)?.status || 'Pending')),
    reviewBlock,
    changes,
    changedSinceReview,
    catalogRows: rows,
    review: results.flatMap((d) =>
      d.status === 'CLEAR'
        ? []
        : [{ row: d.row, partNumber: d.partNumber, status: d.status, license: d.licenseRequirement, destination: d.destination }],
    ),
    written: { sheetName: region.sheetName, dataColumn: region.firstColumn, firstColumn: column, lastColumn: column + OUTPUT_HEADERS.length - 1, rows: written.rowsWritten },
  };
}
