import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import type { PartyScreener } from '../engine';
import { UserError } from './UserError';
import { describeFsError } from './readInputFile';

/**
 * A restricted-party list the user asked to screen end users against. Screening arrives in a
 * later release: for now the file is only checked to be readable, and `screenerFor` hands the
 * engine no screener, so it reports SCREENING_NOT_PERFORMED on rows with an end user.
 */
export interface ScreeningListSource {
  file: string;
}

/** Checks the list file can be read; a user error otherwise. */
export async function openScreeningList(file: string): Promise<ScreeningListSource> {
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    await access(file, constants.R_OK);
  } catch (err) {
    throw new UserError(`Cannot read screening list ${file}: ${describeFsError(err)}`);
  }
  return { file };
}

/**
 * The engine's screener for a list (the seam where list screening plugs in). Until it lands:
 * undefined, i.e. the engine's default that screens nothing and says so on every row.
 */
export function screenerFor(source: ScreeningListSource | null): PartyScreener | undefined {
  void source;
  return undefined;
}
