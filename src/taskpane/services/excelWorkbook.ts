/**
 * The pane's WorkbookPort, implemented by src/excel — the only place that speaks office-js.
 * This file adapts names and shapes; it holds no Excel logic of its own.
 */
import * as excel from '../../excel';
import type { WorkbookPort } from './ports';

export function createExcelWorkbook(): WorkbookPort {
  return {
    checkHostSupport: () => {
      const r = excel.checkHostSupport() as unknown;
      if (typeof r === 'boolean') return { supported: r };
      return r as { supported: boolean; message?: string };
    },
    readCatalogRegion: (options) => excel.readCatalogRegion(options),
    writeOutputBlock: (block, options) => excel.writeOutputBlock(block, options),
    loadSavedMapping: () => excel.workbookSettings.loadMapping(),
    saveSavedMapping: (mapping) => excel.workbookSettings.saveMapping(mapping),
    saveRunMetadata: (meta) => excel.workbookSettings.saveRunMetadata(meta),
    isWriteRefused: (error) => error instanceof excel.WriteRefusedError,
  };
}
