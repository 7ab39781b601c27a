/**
 * The browser fake's workbook and read-back helpers, built from a fixture. Separate from the
 * browser entry so that importing it has no side effects.
 */
import { parseAddress } from './a1';
import { FakeWorkbook, type FakeOptions, type SheetFixture, type WorkbookState } from './FakeWorkbook';
import { installFakeOffice } from './installFakeOffice';

interface FullFixture {
  sheets: SheetFixture[];
  options?: Partial<FakeOptions>;
  selection?: { sheetName: string; address: string };
  settings?: Record<string, unknown>;
  /** Office.context.officeTheme.bodyBackgroundColor, e.g. "#262626" for Office's dark theme. */
  officeTheme?: { bodyBackgroundColor: string };
  activeSheetName?: string;
}

function normalize(fixture: Fixture | undefined): FullFixture {
  if (!fixture) return { sheets: [{ sheetName: 'Sheet1', grid: [] }] };
  if (Array.isArray(fixture)) return { sheets: fixture };
  if ('sheets' in fixture) return fixture as FullFixture;
  return { sheets: [fixture] };
}

export type Fixture = SheetFixture | SheetFixture[] | FullFixture | (WorkbookState & Pick<FullFixture, 'options' | 'officeTheme'>);

export function createBrowserFake(fixture: Fixture | undefined) {
  const f = normalize(fixture);
  const workbook = FakeWorkbook.fromFixtures(f.sheets, f.options);
  if (f.selection) workbook.select(f.selection.sheetName, f.selection.address);
  for (const [k, v] of Object.entries(f.settings ?? {})) workbook.settings.set(k, JSON.stringify(v));
  if (f.activeSheetName) workbook.activeSheetName = f.activeSheetName;
  installFakeOffice(workbook, { officeTheme: f.officeTheme });

  /** Plain-data views, so Playwright's page.evaluate can return them. */
  return {
    workbook,
    values: (sheetName: string, address: string) => workbook.values(sheetName, address),
    formats: (sheetName: string, address: string) => {
      const sheet = workbook.requireSheet(sheetName);
      const { area } = parseAddress(address);
      return Array.from({ length: area.rowCount }, (_, r) =>
        Array.from({ length: area.columnCount }, (_, c) => {
          const cell = sheet.cell(area.rowIndex + r, area.columnIndex + c);
          return {
            fill: cell?.fill ?? null,
            fontColor: cell?.fontColor ?? null,
            bold: cell?.bold ?? false,
            numberFormat: cell?.numberFormat ?? 'General',
          };
        }),
      );
    },
    settings: () => workbook.settingsObject(),
    stats: () => JSON.parse(JSON.stringify(workbook.stats)) as typeof workbook.stats,
    resetStats: () => workbook.resetStats(),
    select: (sheetName: string, address: string) => workbook.select(sheetName, address),
    setProtected: (sheetName: string, on: boolean) => {
      workbook.requireSheet(sheetName).protected = on;
    },
    setExcelApiVersion: (version: string) => {
      workbook.options.excelApiVersion = version;
    },
    sheetNames: () => workbook.sheets.map((s) => s.name),
    /** The workbook as saved: pass it back as the fixture of a new page to "reopen" the file. */
    state: () => workbook.toState(),
    /** Hidden columns, notes, validation and tables of a sheet, for checks. */
    sheetInfo: (sheetName: string) => {
      const sheet = workbook.requireSheet(sheetName);
      return {
        protected: sheet.protected,
        hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b),
        tables: sheet.tables.map((t) => ({ name: t.name, rowCount: t.area.rowCount, columnCount: t.area.columnCount })),
        notes: [...sheet.entries()].filter((e) => e.cell.note !== undefined).map((e) => ({ row: e.row, col: e.col, note: e.cell.note! })),
        validation: [...sheet.entries()].filter((e) => e.cell.validationList).map((e) => ({ row: e.row, col: e.col, list: e.cell.validationList! })),
      };
    },
    /** All stored cells of a sheet with formats (for rendering a sheet as an HTML table). */
    cells: (sheetName: string) => [...workbook.requireSheet(sheetName).entries()].map(({ row, col, cell }) => ({ row, col, ...cell })),
  };
}

