/**
 * What the pane needs from the outside world, as interfaces: the workbook (implemented by
 * src/excel, the only office-js code) and the engine (implemented by a Web Worker). Tests hand
 * the pane fakes of both.
 */
import type {
  CatalogRow,
  Determination,
  Grid,
  PackMeta,
  RulesPack,
  SavedMapping,
  ScreeningDecision,
  ScreeningHit,
  ScreeningList,
} from '../../engine';
import type {
  AuditLine,
  MatrixCell,
  MatrixSheetRequest,
  MatrixSheetResult,
  ReportSheetRequest,
  ReviewBlockLocation,
  ReviewCells,
  ReviewDecision,
  ReviewRunRow,
  RunMetadata,
} from '../../excel';

export type { AuditLine, MatrixCell, ReviewBlockLocation, ReviewCells, ReviewDecision, ReviewRunRow };

export interface HostSupport {
  supported: boolean;
  /** Why not, in words for the user. */
  message?: string;
}

export interface CatalogRegion {
  sheetName: string;
  /** 1-based sheet row of grid[0]. */
  firstRow: number;
  /** 0-based sheet column of grid[r][0]. */
  firstColumn: number;
  grid: Grid;
}

export interface OutputBlock {
  sheetName: string;
  /** 1-based sheet row of the header. */
  headerRow: number;
  /** 0-based sheet column where the block starts. */
  column: number;
  headers: string[];
  rows: Array<{ row: number; cells: string[]; status: Determination['status'] }>;
}

export interface Progress {
  done: number;
  total: number;
}

/** What a run records in the workbook (src/excel defines and stores it). */
export type { RunMetadata };

export interface WorkbookPort {
  checkHostSupport(): HostSupport;
  /** Reviewers' false-positive decisions on screening hits, kept in the workbook. */
  loadScreeningDecisions(): Promise<ScreeningDecision[]>;
  /** Records that a list hit is not the row's party (kept in the workbook; later runs suppress it while the entry is unchanged). */
  recordFalsePositive(hit: ScreeningHit, reason: string, decidedBy: string): Promise<void>;
  readCatalogRegion(options: { onProgress?: (p: Progress) => void }): Promise<CatalogRegion>;
  writeOutputBlock(
    block: OutputBlock,
    options: { onProgress?: (p: Progress) => void; signal?: AbortSignal },
  ): Promise<{ rowsWritten: number; cancelled: boolean }>;
  loadSavedMapping(): Promise<SavedMapping | null>;
  saveSavedMapping(mapping: SavedMapping): Promise<void>;
  saveRunMetadata(meta: RunMetadata): Promise<void>;
  /** Selects a row's cells (1-based sheet row; 0-based first column), so Excel scrolls to it. */
  selectRow(sheetName: string, row: number, column: number, columnCount: number): Promise<void>;
  /** True when an error is the excel layer's refusal to overwrite user data. */
  isWriteRefused(error: unknown): boolean;
  loadRunMetadata(): Promise<RunMetadata | null>;
  /** Review cells of rows firstRow..lastRow, or null when the sheet has no review columns yet. */
  readReviewColumns(loc: ReviewBlockLocation, firstRow: number, lastRow: number): Promise<Map<number, ReviewCells> | null>;
  writeReviewColumns(loc: ReviewBlockLocation, rows: readonly ReviewRunRow[]): Promise<{ created: boolean }>;
  writeReviewDecisions(loc: ReviewBlockLocation, decisions: readonly ReviewDecision[]): Promise<void>;
  appendAuditLines(lines: readonly AuditLine[]): Promise<void>;
  readAuditLines(): Promise<string[][]>;
  writeMatrixSheet(request: MatrixSheetRequest): Promise<MatrixSheetResult>;
  writeReportSheet(request: ReportSheetRequest): Promise<{ sheetName: string }>;
  markChangedCells(sheetName: string, cells: ReadonlyArray<{ row: number; column: number }>): Promise<void>;
}

/** Destinations and Country Groups the matrix can be asked for. */
export interface DestinationChoices {
  destinations: Array<{ code: string; name: string }>;
  groups: Array<{ id: string; title: string; members: string[] }>;
}

export interface EngineClient {
  meta(): Promise<PackMeta>;
  determine(rows: CatalogRow[]): Promise<Determination[]>;
  destinations(): Promise<DestinationChoices>;
  /** Each row determined for each destination (destination names), computed in the worker. */
  matrix(rows: CatalogRow[], destinations: string[]): Promise<MatrixCell[][]>;
  /** Validates and switches to a user-supplied rules pack; rejects (keeping the current pack) if refused. */
  loadPack(json: string): Promise<PackMeta>;
  /** Screens with this list (null: none) and these reviewer decisions from the next determination on. */
  setScreening(list: ScreeningList | null, decisions: ScreeningDecision[]): Promise<void>;
  /** The pack in use, copied to the pane (about 1 MB) only when the CCL look-up opens. */
  pack(): Promise<RulesPack>;
  dispose(): void;
}
