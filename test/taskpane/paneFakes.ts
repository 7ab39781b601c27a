/**
 * In-memory stand-ins for the pane's two ports: a workbook (grid in, output block out) and an
 * engine client that runs the real Engine on the hand-written test pack, in-thread.
 */
import type { Grid, SavedMapping } from '../../src/engine';
import type { EngineClient, OutputBlock, RunMetadata, WorkbookPort } from '../../src/taskpane/services/ports';
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
  };
  return wb;
}

export function fakeEngine(): EngineClient & { calls: number } {
  const api = createEngineApi(() => miniPack);
  const client = {
    calls: 0,
    meta: async () => api.meta(),
    determine: async (rows: Parameters<EngineClient['determine']>[0]) => {
      client.calls++;
      return api.determine(rows);
    },
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
