/**
 * The in-memory workbook behind the fake Excel API: plain data, no office-js semantics. The
 * proxy layer (proxies.ts) and the request context (FakeRequestContext.ts) are what production
 * code sees; tests use this class directly to build fixtures and to read cells back.
 */
import { contains, formatAddress, intersects, parseAddress, type Area } from './a1';

/** What `values` hands back: Excel reports blank cells as "". */
export type StoredValue = string | number | boolean;
export type FixtureValue = string | number | boolean | null;

export interface FakeCell {
  value: StoredValue;
  /** Set when a string starting with "=" was written into a non-text cell. */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** Data validation: a list of allowed values (ExcelApi 1.8). Writes through the API are not checked, as in Excel. */
  validationList?: string[];
  /** A cell note (ExcelApi 1.18). */
  note?: string;
}

export interface FakeTable {
  name: string;
  /** The whole table, header row (and totals row, if shown) included. */
  area: Area;
  showTotals: boolean;
}

export interface FakeStats {
  /** Requests sent to "Excel": syncs that had queued work (an empty sync sends nothing). */
  requests: number;
  failedRequests: number;
  /** Estimated request / response payload bytes, one entry per request. */
  requestBytes: number[];
  responseBytes: number[];
  cellsRead: number;
  cellsWritten: number;
  /** Property writes on ranges (values, numberFormat, fill, font): one per range, not per cell. */
  rangeWrites: number;
  suspendCalculationCalls: number;
  suspendScreenUpdatingCalls: number;
  /** The options of each Excel.run, in order ({} when none were passed). */
  runOptions: FakeRunOptions[];
  /** Requests that waited for the user to leave cell-edit mode (delayForCellEdit). */
  delayedForCellEdit: number;
}

/** Excel.RunOptions the fake knows: delayForCellEdit (ExcelApi 1.11) and mergeUndoGroup (ExcelApi 1.20). */
export interface FakeRunOptions {
  delayForCellEdit?: boolean;
  mergeUndoGroup?: boolean;
}

export interface FakeOptions {
  /** Excel on the web rejects requests and responses over 5 MB. */
  payloadLimitBytes: number;
  /** Excel refuses to return more than 5,000,000 cells from one range read. */
  maxCellsPerRead: number;
  /** Highest ExcelApi requirement set the fake host claims to support. */
  excelApiVersion: string;
}

export const DEFAULT_OPTIONS: FakeOptions = {
  payloadLimitBytes: 5 * 1024 * 1024,
  maxCellsPerRead: 5_000_000,
  excelApiVersion: '1.17',
};

export interface SheetFixture {
  sheetName: string;
  grid: FixtureValue[][];
  /** 1-based sheet row of grid[0]; default 1. */
  firstRow?: number;
  /** 0-based sheet column of grid[0][0]; default 0. */
  firstColumn?: number;
  protected?: boolean;
  tables?: Array<{ name: string; address: string; showTotals?: boolean }>;
  /** Full cells (formats, validation, notes), as saved by FakeWorkbook.toState(); applied after grid. */
  cells?: Array<{ row: number; col: number; cell: FakeCell }>;
  /** 0-based hidden columns. */
  hiddenColumns?: number[];
}

/** Everything the fake holds, as plain data: a saved workbook a test can open again. */
export interface WorkbookState {
  sheets: SheetFixture[];
  settings: Record<string, unknown>;
  activeSheetName: string;
}

function emptyStats(): FakeStats {
  return {
    requests: 0,
    failedRequests: 0,
    requestBytes: [],
    responseBytes: [],
    cellsRead: 0,
    cellsWritten: 0,
    rangeWrites: 0,
    suspendCalculationCalls: 0,
    suspendScreenUpdatingCalls: 0,
    runOptions: [],
    delayedForCellEdit: 0,
  };
}

export class FakeSheet {
  readonly name: string;
  protected = false;
  readonly tables: FakeTable[] = [];
  readonly hiddenColumns = new Set<number>();
  /** row index → column index → cell; sparse. */
  private readonly rows = new Map<number, Map<number, FakeCell>>();

  constructor(name: string) {
    this.name = name;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** The cell, created if missing (for writes). */
  cellForWrite(row: number, col: number): FakeCell {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    let c = r.get(col);
    if (!c) r.set(col, (c = { value: '' }));
    return c;
  }

  value(row: number, col: number): StoredValue {
    return this.cell(row, col)?.value ?? '';
  }

  setValue(row: number, col: number, value: FixtureValue): void {
    if (value === null || value === '') {
      const c = this.cell(row, col);
      if (c) {
        c.value = '';
        delete c.formula;
      }
      return;
    }
    this.cellForWrite(row, col).value = value;
  }

  /** Every stored cell, for before/after comparisons in tests. */
  *entries(): IterableIterator<{ row: number; col: number; cell: FakeCell }> {
    for (const [row, cols] of this.rows) for (const [col, cell] of cols) yield { row, col, cell };
  }

  /**
   * Bounding box of the used cells. valuesOnly: only cells with a value count; otherwise
   * formatted cells count too (as Excel's getUsedRange(false)).
   */
  usedArea(valuesOnly: boolean): Area | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const { row, col, cell } of this.entries()) {
      const hasValue = cell.value !== '';
      const hasFormat = cell.fill !== undefined || cell.fontColor !== undefined || cell.bold !== undefined || cell.numberFormat !== undefined;
      if (!(hasValue || (!valuesOnly && hasFormat))) continue;
      r0 = Math.min(r0, row); c0 = Math.min(c0, col); r1 = Math.max(r1, row); c1 = Math.max(c1, col);
    }
    if (r1 < 0) return null;
    return { rowIndex: r0, columnIndex: c0, rowCount: r1 - r0 + 1, columnCount: c1 - c0 + 1 };
  }

  tablesIn(area: Area, fullyContained: boolean): FakeTable[] {
    return this.tables.filter((t) => (fullyContained ? contains(area, t.area) : intersects(area, t.area)));
  }
}

export interface Selection {
  sheetName: string;
  area: Area;
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  activeSheetName = '';
  /** null = something other than cells is selected (a chart, a shape). */
  selection: Selection | null = null;
  /** Setting key → JSON text (Excel stores settings as JSON). */
  readonly settings = new Map<string, string>();
  stats: FakeStats = emptyStats();
  readonly options: FakeOptions;
  private editEnded: { promise: Promise<void>; resolve: () => void } | null = null;

  constructor(options: Partial<FakeOptions> = {}) {
    this.options = { ...DEFAULT_OPTIONS, ...options };
  }

  static fromGrid(
    sheetName: string,
    grid: FixtureValue[][],
    opts: { firstRow?: number; firstColumn?: number } & Partial<FakeOptions> = {},
  ): FakeWorkbook {
    const { firstRow, firstColumn, ...options } = opts;
    const wb = new FakeWorkbook(options);
    wb.addSheet({ sheetName, grid, firstRow, firstColumn });
    return wb;
  }

  static fromFixtures(sheets: SheetFixture[], options: Partial<FakeOptions> = {}): FakeWorkbook {
    const wb = new FakeWorkbook(options);
    for (const s of sheets) wb.addSheet(s);
    return wb;
  }

  addSheet(fixture: SheetFixture): FakeSheet {
    if (this.sheet(fixture.sheetName)) throw new Error(`fake: sheet ${fixture.sheetName} exists`);
    const sheet = new FakeSheet(fixture.sheetName);
    const r0 = (fixture.firstRow ?? 1) - 1;
    const c0 = fixture.firstColumn ?? 0;
    fixture.grid.forEach((row, r) => row.forEach((v, c) => sheet.setValue(r0 + r, c0 + c, v)));
    for (const { row, col, cell } of fixture.cells ?? []) Object.assign(sheet.cellForWrite(row, col), structuredClone(cell));
    for (const c of fixture.hiddenColumns ?? []) sheet.hiddenColumns.add(c);
    sheet.protected = fixture.protected ?? false;
    for (const t of fixture.tables ?? []) {
      sheet.tables.push({ name: t.name, area: parseAddress(t.address).area, showTotals: t.showTotals ?? false });
    }
    this.sheets.push(sheet);
    if (!this.activeSheetName) {
      this.activeSheetName = sheet.name;
      this.selection = { sheetName: sheet.name, area: { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 } };
    }
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  requireSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  get activeSheet(): FakeSheet {
    return this.requireSheet(this.activeSheetName);
  }

  /** Selects cells as the user would: activates their sheet. */
  select(sheetName: string, address: string): void {
    this.requireSheet(sheetName);
    this.activeSheetName = sheetName;
    this.selection = { sheetName, area: parseAddress(address).area };
  }

  addTable(sheetName: string, name: string, address: string, showTotals = false): void {
    this.requireSheet(sheetName).tables.push({ name, area: parseAddress(address).area, showTotals });
  }

  /** Values of a block, "" for blanks, as Excel's `values` would report them. */
  values(sheetName: string, address: string): StoredValue[][] {
    const sheet = this.requireSheet(sheetName);
    const { area } = parseAddress(address);
    return rowsOf(area, (r, c) => sheet.value(r, c));
  }

  /** A deep copy of every stored cell, keyed by address, for before/after comparisons. */
  snapshot(sheetName: string): Map<string, FakeCell> {
    const out = new Map<string, FakeCell>();
    for (const { row, col, cell } of this.requireSheet(sheetName).entries()) {
      out.set(formatAddress(sheetName, { rowIndex: row, columnIndex: col, rowCount: 1, columnCount: 1 }), { ...cell });
    }
    return out;
  }

  /** The whole workbook as plain data (what "saving the file" keeps), for reopening in a new page. */
  toState(): WorkbookState {
    const sheets: SheetFixture[] = this.sheets.map((sheet) => ({
      sheetName: sheet.name,
      grid: [],
      protected: sheet.protected,
      tables: sheet.tables.map((t) => ({ name: t.name, address: formatAddress(sheet.name, t.area).split('!')[1], showTotals: t.showTotals })),
      cells: [...sheet.entries()].map(({ row, col, cell }) => ({ row, col, cell: structuredClone(cell) })),
      hiddenColumns: [...sheet.hiddenColumns],
    }));
    return { sheets, settings: this.settingsObject(), activeSheetName: this.activeSheetName };
  }

  /** Adds an empty sheet, as worksheets.add does; returns it. */
  addEmptySheet(name: string): FakeSheet {
    return this.addSheet({ sheetName: name, grid: [] });
  }

  /** Setting values parsed back from their stored JSON. */
  settingsObject(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [k, v] of this.settings) out[k] = JSON.parse(v);
    return out;
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  /**
   * The user is typing in a cell (Excel's cell-edit mode): a request fails with
   * InvalidOperationInCellEditMode, unless its Excel.run asked for delayForCellEdit, in which case
   * it waits until endCellEdit() — as Excel does.
   */
  startCellEdit(): void {
    if (this.editEnded) return;
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    this.editEnded = { promise, resolve };
  }

  /** The user pressed Enter (or Esc): waiting requests go ahead. */
  endCellEdit(): void {
    const e = this.editEnded;
    this.editEnded = null;
    e?.resolve();
  }

  /** Resolves when cell-edit mode ends; null when the user is not editing a cell. */
  get cellEditEnded(): Promise<void> | null {
    return this.editEnded?.promise ?? null;
  }
}

export function rowsOf<T>(area: Area, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = new Array(area.rowCount);
  for (let r = 0; r < area.rowCount; r++) {
    const row: T[] = new Array(area.columnCount);
    for (let c = 0; c < area.columnCount; c++) row[c] = f(area.rowIndex + r, area.columnIndex + c);
    out[r] = row;
  }
  return out;
}
