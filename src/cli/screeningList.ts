import { readFile, stat } from 'node:fs/promises';
import { ListScreener, type PartyScreener, type RulesPack, type ScreeningList } from '../engine';
import { importScreeningList, ScreeningListError } from '../rules/screening';
import { UserError } from './UserError';
import { describeFsError } from './readInputFile';

/** A restricted-party list the user asked to screen parties against: trade.gov's consolidated .csv or .json. */
export interface ScreeningListSource {
  file: string;
  list: ScreeningList;
}

/**
 * Reads and validates the list; a user error (exit 2, one line) when it cannot be read or is not
 * a Consolidated Screening List. The file's modification time stands in for the list's date when
 * the format carries none (the CSV).
 */
export async function openScreeningList(file: string): Promise<ScreeningListSource> {
  let text: string;
  let modified: Date;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    modified = info.mtime;
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UserError(`Cannot read screening list ${file}: ${describeFsError(err)}`);
  }
  try {
    return { file, list: importScreeningList(file, text, modified.toISOString()) };
  } catch (err) {
    if (err instanceof ScreeningListError) throw new UserError(`Screening list ${file} refused: ${err.message}`);
    throw err;
  }
}

/** The engine's screener for a list: undefined (the engine's default, "not screened") when none was given. */
export function screenerFor(source: ScreeningListSource | null, pack: RulesPack): PartyScreener | undefined {
  return source ? new ListScreener(source.list, { destinations: pack.destinations }) : undefined;
}

/** One line for stderr: what the run screens against. */
export function describeScreeningList(shownFile: string, list: ScreeningList): string {
  const date = list.fileDate ? `, dated ${list.fileDate.slice(0, 10)}` : '';
  return `screening against ${shownFile}: ${list.entries.length.toLocaleString('en-US')} entries${date}`;
}
