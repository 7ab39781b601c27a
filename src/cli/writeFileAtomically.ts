import { rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { UserError } from './UserError';
import { describeFsError } from './readInputFile';

/**
 * Writes via a temporary file beside the target and a rename, so an interrupted run never
 * leaves a half-written workbook (and re-classifying a file in place is safe).
 */
export async function writeFileAtomically(file: string, data: Buffer | string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'its folder does not exist' : describeFsError(err);
    throw new UserError(`Cannot write ${file}: ${reason}`);
  }
}
