/**
 * In-memory stand-ins for the pane's two ports: a workbook (grid in, output block out) and an
 * engine client that runs the real Engine on the hand-written test pack, in-thread.
 */
import { loadPack } from '../../src/rules/loadPack';
import type { Grid, SavedMapping, ScreeningHit } from '../../src/engine';
import type { MatrixSheetRequest, ReportSheetRequest } from '../../src/excel';
import type { AuditLine, EngineClient, OutputBlock, ReviewCells, RunMetadata, WorkbookPort } from '../../src/taskpane/services/ports';
import { createEngineApi } from '../../src/taskpane/worker/engineApi';
import { miniPack } from '../fixtures/miniPack';

export class WriteRefused extends Error {
  constructor() {
    super('The output block would cover cells that hold your data (J3:Q14).');
    this.name = 'WriteRefusedError';
  }
}

export interface FakePaneWorkbook extends WorkbookPort {
  written: OutputBlock[];
  savedMappings: SavedMapping[];
  runs: RunMetadata[];
  selected: Array<{ sheetName: string; row: number; column: number; columnCount: number }>;
  /** The review columns, once a run created them. */
  reviewCells: Map<number, ReviewCells> | null;
  audit: AuditLine[];
  matrices: MatrixSheetRequest[];
  reports: ReportSheetRequest[];
  marked: Array<{ row: number; column: number }>;
  falsePositives: Array<{ hit: ScreeningHit; reason: string; decidedBy: string }>;
}

export function fakeWorkbook(
  grid: Grid,
  options: { supported?: boolean; refuseWrite?: boolean; saved?: SavedMapping | null; firstRow?: number; firstColumn?: number } = {},
): FakePaneWorkbook {
  const wb: FakePaneWorkbook = {
    written: [],
    savedMappings: [],
    runs: [],
    selected: [],
    reviewCells: null,
    audit: [],
    matrices: [],
    reports: [],
    marked: [],
    falsePositives: [],
    loadScreeningDecisions: async () => [],
    recordFalsePositive: async (hit, reason, decidedBy) => {
      wb.falsePositives.push({ hit, reason, decidedBy });
    },
    checkHostSupport: () =>
      options.supported === false
        ? { supported: false, message: 'EARmark needs Excel JavaScript API 1.9 or later (Excel 2016 or newer, or Excel on the web).' }
        : { supported: true },
    readCatalogRegion: async ({ onProgress }) => {
      onProgress?.({ done: grid.length, total: grid.length });
      return { sheetName: 'Catalog', firstRow: options.firstRow ?? 1, firstColumn: options.firstColumn ?? 0, grid };
    },
    writeOutputBlock: async (block, { onProgress }) => {
      if (options.refuseWrite) throw new WriteRefused();
      wb.written.push(block);
      onProgress?.({ done: block.rows.length, total: block.rows.length });
      return { rowsWritten: block.rows.length, cancelled: false };
    },
    loadSavedMapping: async () => options.saved ?? null,
    saveSavedMapping: async (m) => {
      wb.savedMappings.push(m);
    },
    saveRunMetadata: async (m) => {
      wb.runs.push(m);
    },
    selectRow: async (sheetName, row, column, columnCount) => {
      wb.selected.push({ sheetName, row, column, columnCount });
    },
    isWriteRefused: (e) => e instanceof WriteRefused,
    loadRunMetadata: async () => wb.runs.at(-1) ?? null,
    readReviewColumns: async () => (wb.reviewCells ? new Map([...wb.reviewCells].map(([k, v]) => [k, { ...v }])) : null),
    writeReviewColumns: async (_loc, rows) => {
      const created = wb.reviewCells === null;
      const cells = (wb.reviewCells ??= new Map());
      for (const r of rows) {
        const c = cells.get(r.row) ?? { row: r.row, status: '', reviewer: '', note: '', reviewedOn: '', overrideEccn: '', overrideNote: '', fingerprint: '' };
        c.fingerprint = r.fingerprint;
        if (r.changed) c.status = 'Changed since review';
        else if (r.pending) c.status = 'Pending';
        cells.set(r.row, c);
      }
      return { created };
    },
    writeReviewDecisions: async (_loc, decisions) => {
      for (const d of decisions) {
        const c = wb.reviewCells!.get(d.row)!;
        Object.assign(c, { status: d.status, reviewer: d.reviewer, note: d.note, reviewedOn: d.reviewedOn });
        if (d.overrideEccn !== undefined) Object.assign(c, { overrideEccn: d.overrideEccn, overrideNote: d.overrideNote ?? '' });
      }
    },
    appendAuditLines: async (lines) => {
      wb.audit.push(...lines);
    },
    readAuditLines: async () => wb.audit.map((l) => Object.values(l).map(String)),
    writeMatrixSheet: async (request) => {
      wb.matrices.push(request);
      return { sheetName: 'EARmark Matrix', reasonsIn: 'table' as const };
    },
    writeReportSheet: async (request) => {
      wb.reports.push(request);
      return { sheetName: 'EARmark Review Report' };
    },
    markChangedCells: async (_sheet, cells) => {
      wb.marked.push(...cells);
    },
  };
  return wb;
}

export function fakeEngine(): EngineClient & { calls: number } {
  const api = createEngineApi(() => miniPack, loadPack);
  const client = {
    calls: 0,
    meta: async () => api.meta(),
    determine: async (rows: Parameters<EngineClient['determine']>[0]) => {
      client.calls++;
      return api.determine(rows);
    },
    loadPack: async (json: string) => api.loadPack(json),
    setScreening: async (...args: Parameters<EngineClient['setScreening']>) => api.setScreening(...args),
    pack: async () => api.pack(),
    destinations: async () => api.destinations(),
    matrix: async (rows: Parameters<EngineClient['matrix']>[0], destinations: string[]) => api.matrix(rows, destinations),
    dispose: () => undefined,
  };
  return client;
}

/** A catalog as analysts keep them: a title row, a blank row, the header, products, a blank row. */
export const CATALOG: Grid = [
  ['Acme Export Catalog — Q3', null, null, null, null],
  [null, null, null, null, null],
  ['Part Number', 'Description', 'ECCN', 'Destination', 'Customer'],
  ['AC-100', 'Mass-market VPN router', '5A992.c', 'Germany', 'Muster GmbH'],
  ['AC-200', 'Radiation-hardened ADC', '3A001', 'China', 'Shenzhen Electronics'],
  [null, null, null, null, null],
  ['AC-300', 'Office chair', 'EAR99', 'Germany', 'Muster GmbH'],
];
