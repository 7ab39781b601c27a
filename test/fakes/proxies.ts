/**
 * Proxies for the Excel objects the add-in uses: Range (+ format/fill/font), Worksheet
 * (+ protection, tables), Table and the table collections. Each is a FakeObject: loads and
 * writes are queued on the request context and take effect at `sync()`.
 */
import { formatAddress, parseAddress, type Area } from './a1';
import { ACTION_OVERHEAD_BYTES, FakeObject, jsonBytes, Resolvable, type FakeRequestContext } from './FakeRequestContext';
import { rowsOf, type FakeCell, type FakeSheet, type FakeTable as TableModel, type StoredValue } from './FakeWorkbook';
import { accessDenied, FakeOfficeError, invalidArgument, itemNotFound, propertyNotLoaded, responseTooLarge } from './officeErrors';
import { FakeDataValidation, FakeNoteCollection, FakeTableRowCollection } from './reviewProxies';

export interface RangeTarget {
  sheet: FakeSheet;
  area: Area;
}

/** Queues the server-side creation of a proxy: its target is fixed when this runs. */
function created<T>(context: FakeRequestContext, res: Resolvable<T>): Resolvable<T> {
  context.enqueue({ bytes: ACTION_OVERHEAD_BYTES, execute: () => void res.resolve() });
  return res;
}

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Excel stores when a value is written through `values`: a non-text cell parses numbers
 * ("1E001" becomes 10), treats a leading = + - @ as a formula (not evaluated here: "#NAME?")
 * and a leading apostrophe as a text marker; a cell formatted as text ("@") keeps the string.
 */
export function storeWrittenValue(cell: FakeCell, v: unknown): void {
  delete cell.formula;
  if (v === null || v === undefined || v === '') {
    cell.value = '';
    return;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string') throw invalidArgument(`unsupported cell value ${JSON.stringify(v)}`);
  if (cell.numberFormat === '@') {
    cell.value = v;
  } else if (v.startsWith("'")) {
    cell.value = v.slice(1);
  } else if (NUMERIC.test(v.trim())) {
    cell.value = Number(v);
  } else if (/^[=+\-@]/.test(v)) {
    cell.formula = v;
    cell.value = '#NAME?';
  } else {
    cell.value = v;
  }
}

export class FakeRange extends FakeObject {
  protected readonly scalarNames = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat'] as const;
  private readonly res: Resolvable<RangeTarget>;
  private formatProxy?: FakeRangeFormat;
  private validationProxy?: FakeDataValidation;

  constructor(context: FakeRequestContext, res: Resolvable<RangeTarget>) {
    super(context);
    this.res = res;
  }

  /** The range's sheet and cells at sync time; throws for a null object used as a range. */
  target(): RangeTarget {
    const t = this.res.resolve();
    if (!t) throw itemNotFound('range is a null object');
    return t;
  }

  protected override isNullNow(): boolean {
    return this.res.resolve() === null;
  }

  protected override child(name: string): FakeObject | undefined {
    return name === 'format' ? this.format : undefined;
  }

  protected readScalar(name: string): unknown {
    const { sheet, area } = this.target();
    switch (name) {
      case 'address':
        return formatAddress(sheet.name, area);
      case 'rowIndex':
        return area.rowIndex;
      case 'columnIndex':
        return area.columnIndex;
      case 'rowCount':
        return area.rowCount;
      case 'columnCount':
        return area.columnCount;
      case 'values': {
        const cells = area.rowCount * area.columnCount;
        const max = this.context.model.options.maxCellsPerRead;
        if (cells > max) throw responseTooLarge(`(${cells} cells in one read; at most ${max} cells can be read at once)`);
        this.context.model.stats.cellsRead += cells;
        return rowsOf(area, (r, c) => sheet.value(r, c));
      }
      case 'numberFormat':
        return rowsOf(area, (r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
    }
    throw new Error(`fake: unknown range property ${name}`);
  }

  get address(): string { return this.getProp('address'); }
  get rowIndex(): number { return this.getProp('rowIndex'); }
  get columnIndex(): number { return this.getProp('columnIndex'); }
  get rowCount(): number { return this.getProp('rowCount'); }
  get columnCount(): number { return this.getProp('columnCount'); }

  get values(): StoredValue[][] {
    return this.getProp('values');
  }
  set values(v: unknown[][]) {
    this.setProp('values', v, () => this.writeGrid(v, 'values', (cell, x) => storeWrittenValue(cell, x)));
  }

  get numberFormat(): string[][] {
    return this.getProp('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.setProp('numberFormat', v, () =>
      this.writeGrid(v, 'numberFormat', (cell, x) => {
        if (typeof x !== 'string') throw invalidArgument('numberFormat must be text');
        if (x === 'General') delete cell.numberFormat;
        else cell.numberFormat = x;
      }),
    );
  }

  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.context, this));
  }

  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(this.context, this));
  }

  /** Hides or shows the range's whole columns (ExcelApi 1.2); refused on a protected sheet. */
  set columnHidden(hidden: boolean) {
    this.setProp('columnHidden', hidden, () => {
      const { sheet, area } = this.target();
      if (sheet.protected) throw accessDenied(sheet.name);
      for (let c = area.columnIndex; c < area.columnIndex + area.columnCount; c++) {
        if (hidden) sheet.hiddenColumns.add(c);
        else sheet.hiddenColumns.delete(c);
      }
    });
  }
  get columnHidden(): boolean {
    return this.getProp('columnHidden');
  }

  /** Applies one cell-level change to every cell, at sync; refuses on a protected sheet. */
  eachCellForWrite(f: (cell: FakeCell) => void): void {
    const { sheet, area } = this.target();
    if (sheet.protected) throw accessDenied(sheet.name);
    this.context.model.stats.rangeWrites++;
    for (let r = 0; r < area.rowCount; r++) {
      for (let c = 0; c < area.columnCount; c++) f(sheet.cellForWrite(area.rowIndex + r, area.columnIndex + c));
    }
  }

  private writeGrid(v: unknown[][], what: string, put: (cell: FakeCell, x: unknown) => void): void {
    const { sheet, area } = this.target();
    if (sheet.protected) throw accessDenied(sheet.name);
    if (!Array.isArray(v) || v.length !== area.rowCount || v.some((row) => !Array.isArray(row) || row.length !== area.columnCount)) {
      throw invalidArgument(`${what}: the array's dimensions do not match the range ${formatAddress(sheet.name, area)}`);
    }
    this.context.model.stats.rangeWrites++;
    if (what === 'values') this.context.model.stats.cellsWritten += area.rowCount * area.columnCount;
    for (let r = 0; r < area.rowCount; r++) {
      for (let c = 0; c < area.columnCount; c++) put(sheet.cellForWrite(area.rowIndex + r, area.columnIndex + c), v[r][c]);
    }
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, new Resolvable(() => this.target().sheet));
  }

  getTables(fullyContained = false): FakeTableScopedCollection {
    return new FakeTableScopedCollection(this.context, this, fullyContained);
  }

  /** Selects the range (and activates its sheet), as a user click would. */
  select(): void {
    this.call(() => {
      const { sheet, area } = this.target();
      this.context.model.activeSheetName = sheet.name;
      this.context.model.selection = { sheetName: sheet.name, area: { ...area } };
    });
  }
}

/** A uniform value across a range, or null when the cells differ (as Excel reports mixed formats). */
function uniform<T>(range: FakeRange, read: (cell: FakeCell | undefined) => T): T | null {
  const { sheet, area } = range.target();
  let first: T | undefined;
  for (let r = 0; r < area.rowCount; r++) {
    for (let c = 0; c < area.columnCount; c++) {
      const v = read(sheet.cell(area.rowIndex + r, area.columnIndex + c));
      if (first === undefined) first = v;
      else if (v !== first) return null;
    }
  }
  return first ?? null;
}

export class FakeRangeFormat extends FakeObject {
  protected readonly scalarNames = [] as const;
  private fillProxy?: FakeRangeFill;
  private fontProxy?: FakeRangeFont;
  constructor(context: FakeRequestContext, private readonly range: FakeRange) {
    super(context);
  }
  protected readScalar(name: string): unknown {
    throw new Error(`fake: unknown format property ${name}`);
  }
  protected override child(name: string): FakeObject | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.context, this.range));
  }
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.context, this.range));
  }
  /** Layout only: accepted (and refused on a protected sheet) but not modelled. */
  autofitColumns(): void {
    this.call(() => this.range.eachCellForWrite(() => undefined));
  }
  set columnWidth(points: number) {
    this.setProp('columnWidth', points, () => {
      if (!(points >= 0)) throw invalidArgument('columnWidth');
      this.range.eachCellForWrite(() => undefined);
    });
  }
  set wrapText(on: boolean) {
    this.setProp('wrapText', on, () => this.range.eachCellForWrite(() => undefined));
  }
}

const normColor = (c: unknown): string => {
  if (typeof c !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(c)) throw invalidArgument(`colour ${String(c)}`);
  return c.toUpperCase();
};

export class FakeRangeFill extends FakeObject {
  protected readonly scalarNames = ['color'] as const;
  constructor(context: FakeRequestContext, private readonly range: FakeRange) {
    super(context);
  }
  protected readScalar(): unknown {
    // No fill reads as white, as in Excel.
    return uniform(this.range, (cell) => cell?.fill ?? '#FFFFFF');
  }
  get color(): string {
    return this.getProp('color');
  }
  set color(v: string) {
    this.setProp('color', v, () => {
      const c = normColor(v);
      this.range.eachCellForWrite((cell) => (cell.fill = c));
    });
  }
  clear(): void {
    this.call(() => this.range.eachCellForWrite((cell) => delete cell.fill));
  }
}

export class FakeRangeFont extends FakeObject {
  protected readonly scalarNames = ['color', 'bold'] as const;
  constructor(context: FakeRequestContext, private readonly range: FakeRange) {
    super(context);
  }
  protected readScalar(name: string): unknown {
    if (name === 'color') return uniform(this.range, (cell) => cell?.fontColor ?? '#000000');
    return uniform(this.range, (cell) => cell?.bold ?? false);
  }
  get color(): string {
    return this.getProp('color');
  }
  set color(v: string) {
    this.setProp('color', v, () => {
      const c = normColor(v);
      this.range.eachCellForWrite((cell) => (cell.fontColor = c));
    });
  }
  get bold(): boolean {
    return this.getProp('bold');
  }
  set bold(v: boolean) {
    this.setProp('bold', v, () => this.range.eachCellForWrite((cell) => (cell.bold = !!v)));
  }
}

export class FakeWorksheetProtection extends FakeObject {
  protected readonly scalarNames = ['protected'] as const;
  constructor(context: FakeRequestContext, private readonly sheet: () => FakeSheet) {
    super(context);
  }
  protected readScalar(): unknown {
    return this.sheet().protected;
  }
  get protected(): boolean {
    return this.getProp('protected');
  }
  /** Excel refuses to protect a sheet that is already protected. Options are accepted, not modelled. */
  protect(options?: unknown, password?: string): void {
    void options;
    this.call(() => {
      const sheet = this.sheet();
      if (sheet.protected) throw new FakeOfficeError('InvalidOperation', `The sheet ${sheet.name} is already protected.`);
      if (password) throw invalidArgument('the fake does not model protection passwords');
      sheet.protected = true;
    });
  }
  unprotect(password?: string): void {
    this.call(() => {
      if (password) throw invalidArgument('the fake does not model protection passwords');
      this.sheet().protected = false;
    });
  }
}

export class FakeWorksheet extends FakeObject {
  protected readonly scalarNames = ['name'] as const;
  private protectionProxy?: FakeWorksheetProtection;

  constructor(context: FakeRequestContext, private readonly res: Resolvable<FakeSheet>) {
    super(context);
  }

  sheet(): FakeSheet {
    const s = this.res.resolve();
    if (!s) throw itemNotFound('worksheet is a null object');
    return s;
  }
  protected override isNullNow(): boolean {
    return this.res.resolve() === null;
  }
  protected override child(name: string): FakeObject | undefined {
    return name === 'protection' ? this.protection : undefined;
  }
  protected readScalar(): unknown {
    return this.sheet().name;
  }
  get name(): string {
    return this.getProp('name');
  }
  get protection(): FakeWorksheetProtection {
    return (this.protectionProxy ??= new FakeWorksheetProtection(this.context, () => this.sheet()));
  }
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.context, () => this.sheet());
  }
  get notes(): FakeNoteCollection {
    return new FakeNoteCollection(this.context, () => this.sheet());
  }

  private range(compute: () => RangeTarget | null): FakeRange {
    return new FakeRange(this.context, created(this.context, new Resolvable(compute)));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return this.range(() => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw invalidArgument(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`);
      }
      return { sheet: this.sheet(), area: { rowIndex: startRow, columnIndex: startColumn, rowCount, columnCount } };
    });
  }

  getRange(address?: string): FakeRange {
    return this.range(() => {
      const sheet = this.sheet();
      if (!address) return { sheet, area: { rowIndex: 0, columnIndex: 0, rowCount: 1_048_576, columnCount: 16_384 } };
      const p = parseAddress(address);
      if (p.sheetName && p.sheetName !== sheet.name) throw invalidArgument(`address ${address} is on another sheet`);
      return { sheet, area: p.area };
    });
  }

  /** Excel's getUsedRange returns A1 on an empty sheet. */
  getUsedRange(valuesOnly = false): FakeRange {
    return this.range(() => {
      const sheet = this.sheet();
      return { sheet, area: sheet.usedArea(valuesOnly) ?? { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range(() => {
      const sheet = this.sheet();
      const area = sheet.usedArea(valuesOnly);
      return area ? { sheet, area } : null;
    });
  }

  activate(): void {
    this.call(() => {
      this.context.model.activeSheetName = this.sheet().name;
    });
  }

  /** Deletes the sheet (ExcelApi 1.1); Excel refuses to delete the last visible one. */
  delete(): void {
    this.call(() => {
      const model = this.context.model;
      const sheet = this.sheet();
      if (model.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      model.sheets.splice(model.sheets.indexOf(sheet), 1);
      if (model.activeSheetName === sheet.name) model.activeSheetName = model.sheets[0].name;
      if (model.selection?.sheetName === sheet.name) model.selection = null;
    });
  }
}

const SHEET_NAME_FORBIDDEN = /[\\/?*[\]:]/;

export class FakeWorksheetCollection {
  private loadedItems?: FakeWorksheet[];
  constructor(private readonly context: FakeRequestContext) {}

  /** Adds a sheet (ExcelApi 1.1): Excel refuses a name in use (case-insensitive), too long, or with \ / ? * [ ] :. */
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      created(this.context, new Resolvable(() => {
        const model = this.context.model;
        if (!name || name.length > 31 || SHEET_NAME_FORBIDDEN.test(name)) throw invalidArgument(`sheet name "${name}"`);
        if (model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
          throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" already exists.`);
        }
        return model.addEmptySheet(name);
      })),
    );
  }

  /** `load('items/name')`, then `items`. */
  load(arg?: string): this {
    if (arg !== undefined && arg.split(',').some((p) => p.trim() !== 'items/name' && p.trim() !== 'items')) {
      throw new Error(`fake: WorksheetCollection.load("${arg}") is not supported`);
    }
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      execute: () => {
        const names = this.context.model.sheets.map((s) => s.name);
        return {
          bytes: jsonBytes(names),
          deliver: () => {
            this.loadedItems = this.context.model.sheets.map((sheet) => {
              const ws = new FakeWorksheet(this.context, new Resolvable(() => sheet));
              ws.prime(new Map([['name', sheet.name]]));
              return ws;
            });
          },
        };
      },
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  private ws(compute: () => FakeSheet | null): FakeWorksheet {
    return new FakeWorksheet(this.context, created(this.context, new Resolvable(compute)));
  }
  getActiveWorksheet(): FakeWorksheet {
    return this.ws(() => this.context.model.activeSheet);
  }
  getItem(name: string): FakeWorksheet {
    return this.ws(() => {
      const s = this.context.model.sheet(name);
      if (!s) throw itemNotFound(`worksheet "${name}"`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return this.ws(() => this.context.model.sheet(name) ?? null);
  }
}

interface TableTarget {
  sheet: FakeSheet;
  table: TableModel;
}

export class FakeTable extends FakeObject {
  protected readonly scalarNames = ['name', 'showTotals', 'showHeaders'] as const;
  constructor(context: FakeRequestContext, private readonly res: Resolvable<TableTarget>) {
    super(context);
  }
  private t(): TableTarget {
    const t = this.res.resolve();
    if (!t) throw itemNotFound('table is a null object');
    return t;
  }
  protected override isNullNow(): boolean {
    return this.res.resolve() === null;
  }
  protected readScalar(name: string): unknown {
    const { table } = this.t();
    if (name === 'name') return table.name;
    if (name === 'showTotals') return table.showTotals;
    return true;
  }
  get name(): string { return this.getProp('name'); }
  set name(v: string) {
    this.setProp('name', v, () => {
      const { sheet, table } = this.t();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(v)) throw invalidArgument(`table name "${v}"`);
      if (sheet.tables.some((t) => t !== table && t.name.toLowerCase() === v.toLowerCase())) throw invalidArgument(`table name "${v}" is in use`);
      table.name = v;
    });
  }
  get rows(): FakeTableRowCollection {
    return new FakeTableRowCollection(this.context, () => this.t());
  }
  get showTotals(): boolean { return this.getProp('showTotals'); }
  get showHeaders(): boolean { return this.getProp('showHeaders'); }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, new Resolvable(() => this.t().sheet));
  }
  private range(part: (a: Area, table: TableModel) => Area): FakeRange {
    return new FakeRange(
      this.context,
      created(this.context, new Resolvable(() => {
        const { sheet, table } = this.t();
        return { sheet, area: part(table.area, table) };
      })),
    );
  }
  getRange(): FakeRange {
    return this.range((a) => ({ ...a }));
  }
  getHeaderRowRange(): FakeRange {
    return this.range((a) => ({ ...a, rowCount: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.range((a, t) => ({ ...a, rowIndex: a.rowIndex + 1, rowCount: a.rowCount - 1 - (t.showTotals ? 1 : 0) }));
  }
}

export class FakeTableCollection {
  constructor(private readonly context: FakeRequestContext, private readonly sheet: () => FakeSheet) {}
  private table(name: string, orNull: boolean): FakeTable {
    return new FakeTable(
      this.context,
      created(this.context, new Resolvable(() => {
        const sheet = this.sheet();
        const table = sheet.tables.find((t) => t.name === name);
        if (!table) {
          if (orNull) return null;
          throw itemNotFound(`table "${name}"`);
        }
        return { sheet, table };
      })),
    );
  }
  getItem(name: string): FakeTable {
    return this.table(name, false);
  }
  /** Makes a table of an address whose first row is its header (ExcelApi 1.1); refused on a protected sheet or over another table. */
  add(address: string, hasHeaders: boolean): FakeTable {
    return new FakeTable(
      this.context,
      created(this.context, new Resolvable(() => {
        const sheet = this.sheet();
        if (sheet.protected) throw accessDenied(sheet.name);
        if (!hasHeaders) throw invalidArgument('the fake makes tables from a header row only');
        const { area } = parseAddress(address);
        if (sheet.tablesIn(area, false).length) throw invalidArgument(`tables overlap at ${address}`);
        const taken = new Set(this.context.model.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
        let n = 1;
        while (taken.has(`table${n}`)) n++;
        const table: TableModel = { name: `Table${n}`, area, showTotals: false };
        sheet.tables.push(table);
        return { sheet, table };
      })),
    );
  }
  getItemOrNullObject(name: string): FakeTable {
    return this.table(name, true);
  }
}

/**
 * Tables overlapping (or inside) a range, as returned by Range.getTables (ExcelApi 1.9):
 * `load('items/name,...')` then `items`, or `getFirst()` (ItemNotFound at sync when empty).
 */
export class FakeTableScopedCollection {
  private loadedItems?: FakeTable[];
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly fullyContained: boolean,
  ) {}

  private tables(): TableTarget[] {
    const { sheet, area } = this.range.target();
    return sheet.tablesIn(area, this.fullyContained).map((table) => ({ sheet, table }));
  }

  load(arg?: string | string[]): this {
    const text = Array.isArray(arg) ? arg.join(',') : (arg ?? '');
    const paths = text.split(',').map((s) => s.trim()).filter(Boolean);
    const props = paths.map((p) => {
      if (!p.startsWith('items/')) throw new Error(`fake: TableScopedCollection.load("${p}") is not supported`);
      return p.slice('items/'.length);
    });
    this.context.enqueue({
      bytes: ACTION_OVERHEAD_BYTES,
      execute: () => {
        const items = this.tables().map((t) => {
          const table = new FakeTable(this.context, new Resolvable(() => t));
          return { table, values: table.readNow(props) };
        });
        return {
          bytes: items.reduce((n, i) => n + JSON.stringify(Object.fromEntries(i.values)).length, 0),
          deliver: () => {
            for (const i of items) i.table.prime(i.values);
            this.loadedItems = items.map((i) => i.table);
          },
        };
      },
    });
    return this;
  }

  get items(): FakeTable[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  getFirst(): FakeTable {
    return new FakeTable(
      this.context,
      created(this.context, new Resolvable(() => {
        const first = this.tables()[0];
        if (!first) throw itemNotFound('no table in the range');
        return first;
      })),
    );
  }
}
