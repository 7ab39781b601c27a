/**
 * What EARmark remembers in the workbook itself (so it travels with the file, not the
 * machine): the user's header mapping, and facts about the last run. Stored in
 * `workbook.settings` (ExcelApi 1.4) as JSON text under keys prefixed `earmark.`; settings are
 * saved when the workbook is saved. A value that does not parse or has the wrong shape reads as
 * missing — a damaged setting must not stop a run.
 */
import { CATALOG_FIELDS, type CatalogField, type SavedMapping } from '../engine';
import { runInExcel } from './runInExcel';

export const SETTINGS_KEYS = {
  mapping: 'earmark.mapping',
  lastRun: 'earmark.lastRun',
} as const;

export interface RunMetadata {
  rulesVersion: string;
  effectiveDate: string;
  /** ISO 8601 timestamp. */
  ranAt: string;
  rowsRead: number;
  /** Provenance added with the review features; older workbooks lack it, so each part is optional. */
  screeningListDate?: string | null;
  ranBy?: string;
  /** Where the output block is, so a colleague's pane can re-read results without a run. */
  block?: { sheetName: string; headerRow: number; outputColumn: number };
}

async function saveSetting(key: string, value: unknown): Promise<void> {
  await runInExcel({ writes: true }, async (context) => {
    context.workbook.settings.add(key, JSON.stringify(value));
    await context.sync();
  });
}

async function loadSetting(key: string): Promise<unknown> {
  return runInExcel({ writes: false }, async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(key);
    setting.load('value');
    await context.sync();
    if (setting.isNullObject || typeof setting.value !== 'string') return undefined;
    try {
      return JSON.parse(setting.value) as unknown;
    } catch {
      return undefined;
    }
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSavedMapping(value: unknown): SavedMapping | null {
  if (!isRecord(value) || !isRecord(value.fields)) return null;
  const fields: Partial<Record<CatalogField, string>> = {};
  for (const field of CATALOG_FIELDS) {
    const header = value.fields[field];
    if (typeof header === 'string' && header.trim() !== '') fields[field] = header;
  }
  return { fields };
}

export function parseRunMetadata(value: unknown): RunMetadata | null {
  if (!isRecord(value)) return null;
  const { rulesVersion, effectiveDate, ranAt, rowsRead } = value;
  if (typeof rulesVersion !== 'string' || typeof effectiveDate !== 'string' || typeof ranAt !== 'string') return null;
  if (typeof rowsRead !== 'number' || !Number.isFinite(rowsRead)) return null;
  const meta: RunMetadata = { rulesVersion, effectiveDate, ranAt, rowsRead };
  if (typeof value.screeningListDate === 'string' || value.screeningListDate === null) meta.screeningListDate = value.screeningListDate;
  if (typeof value.ranBy === 'string') meta.ranBy = value.ranBy;
  const b = value.block;
  if (isRecord(b) && typeof b.sheetName === 'string' && Number.isInteger(b.headerRow) && Number.isInteger(b.outputColumn)) {
    meta.block = { sheetName: b.sheetName, headerRow: b.headerRow as number, outputColumn: b.outputColumn as number };
  }
  return meta;
}

export async function saveMapping(mapping: SavedMapping): Promise<void> {
  await saveSetting(SETTINGS_KEYS.mapping, { fields: mapping.fields });
}

export async function loadMapping(): Promise<SavedMapping | null> {
  return parseSavedMapping(await loadSetting(SETTINGS_KEYS.mapping));
}

export async function saveRunMetadata(meta: RunMetadata): Promise<void> {
  const { rulesVersion, effectiveDate, ranAt, rowsRead, screeningListDate, ranBy, block } = meta;
  await saveSetting(SETTINGS_KEYS.lastRun, { rulesVersion, effectiveDate, ranAt, rowsRead, screeningListDate, ranBy, block });
}

export async function loadRunMetadata(): Promise<RunMetadata | null> {
  return parseRunMetadata(await loadSetting(SETTINGS_KEYS.lastRun));
}
