import type { ScreeningList } from '../../engine/screening/ScreeningList';
import { parseCslCsv } from './parseCslCsv';
import { parseCslJson } from './parseCslJson';
import { ScreeningListError } from './ScreeningListError';

/**
 * Reads a CSL file by its extension (.csv or .json), the two formats trade.gov publishes.
 * @param fileDate the file's own date (last modified) when the format carries none.
 */
export function importScreeningList(fileName: string, text: string, fileDate: string | null = null): ScreeningList {
  const extension = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'csv') return parseCslCsv(text, fileDate);
  if (extension === 'json') return parseCslJson(text, fileDate);
  throw new ScreeningListError(`${fileName}: a screening list must be trade.gov's consolidated .csv or .json.`);
}
