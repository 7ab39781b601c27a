import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { UserError } from './UserError';
import { describeFsError } from './readInputFile';

/**
 * A restricted-party list the user asked to screen end users against. Screening arrives in a
 * later release: for now the file is only checked to be readable and carried through
 * `ClassifyOptions.screening`, where the screening step will pick it up; until then the engine
 * reports SCREENING_NOT_PERFORMED on rows with an end user.
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
