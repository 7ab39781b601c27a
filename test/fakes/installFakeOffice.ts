/**
 * Puts the fake on the globals office-js defines: `Excel.run`, `Office.onReady`,
 * `Office.context.requirements.isSetSupported`. Used by jest tests and by the browser entry.
 */
import { FakeRequestContext } from './FakeRequestContext';
import type { FakeRunOptions, FakeWorkbook } from './FakeWorkbook';
import { FakeOfficeError, invalidArgument } from './officeErrors';
import { FakeWorkbookProxy } from './workbookProxies';
import { compareVersions } from './compareVersions';

export interface OnReadyInfo {
  host: 'Excel';
  platform: 'OfficeOnline';
}


/** The requirement set each Excel.run option belongs to. */
const RUN_OPTION_SETS: Record<keyof FakeRunOptions, string> = { delayForCellEdit: '1.11', mergeUndoGroup: '1.20' };

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export function createFakeExcel(workbook: FakeWorkbook) {
  return {
    /**
     * Like Excel.run (optionally with RunOptions first): runs the batch, then syncs what it left
     * queued; the context dies after. The options are recorded in stats.runOptions. Stricter than
     * Excel on purpose: an option the host's API version lacks, or one the fake does not know, is
     * refused, so the add-in must feature-detect before passing it.
     */
    async run<T>(optionsOrBatch: FakeRunOptions | Batch<T>, maybeBatch?: Batch<T>): Promise<T> {
      const options: FakeRunOptions = typeof optionsOrBatch === 'function' ? {} : { ...optionsOrBatch };
      const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch;
      if (typeof batch !== 'function') throw invalidArgument('Excel.run needs a batch function');
      for (const key of Object.keys(options) as Array<keyof FakeRunOptions>) {
        const set = RUN_OPTION_SETS[key];
        if (!set) throw invalidArgument(`the fake does not know the run option "${key}"`);
        if (compareVersions(workbook.options.excelApiVersion, set) < 0) {
          throw invalidArgument(`the run option "${key}" needs ExcelApi ${set}; this host has ${workbook.options.excelApiVersion}`);
        }
      }
      workbook.stats.runOptions.push(options);
      const context = new FakeRequestContext(workbook, options);
      context.workbook = new FakeWorkbookProxy(context);
      context.application = (context.workbook as FakeWorkbookProxy).application;
      try {
        const result = await batch(context);
        await context.sync();
        return result;
      } finally {
        context.close();
      }
    },
    RequestContext: FakeRequestContext,
  };
}

export interface FakeOfficeOptions {
  /** What Office.context.officeTheme reports (only bodyBackgroundColor is modelled). */
  officeTheme?: { bodyBackgroundColor: string };
}

export function createFakeOffice(workbook: FakeWorkbook, options: FakeOfficeOptions = {}) {
  const info: OnReadyInfo = { host: 'Excel', platform: 'OfficeOnline' };
  let initialized = false;
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    initialize: undefined as undefined | ((reason: string) => void),
    /** Resolves once "Office" is ready, and calls Office.initialize (once) if the page set it. */
    onReady(callback?: (i: OnReadyInfo) => void): Promise<OnReadyInfo> {
      return Promise.resolve().then(() => {
        office.runInitialize();
        callback?.(info);
        return info;
      });
    },
    runInitialize(): void {
      if (initialized || typeof office.initialize !== 'function') return;
      initialized = true;
      office.initialize('inserted');
    },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      officeTheme: options.officeTheme,
      requirements: {
        isSetSupported(name: string, minVersion?: string): boolean {
          if (name !== 'ExcelApi') return false;
          return minVersion === undefined || compareVersions(workbook.options.excelApiVersion, minVersion) >= 0;
        },
      },
    },
  };
  return office;
}

/** Sets globalThis.Excel, Office and OfficeExtension (its Error class); returns a function that restores them. */
export function installFakeOffice(workbook: FakeWorkbook, options: FakeOfficeOptions = {}): () => void {
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
  g.Excel = createFakeExcel(workbook);
  g.Office = createFakeOffice(workbook, options);
  g.OfficeExtension = { Error: FakeOfficeError };
  return () => {
    g.Excel = before.Excel;
    g.Office = before.Office;
    g.OfficeExtension = before.OfficeExtension;
  };
}
