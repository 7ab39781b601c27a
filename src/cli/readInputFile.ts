import { UserError } from './UserError';

/**
 * Reads a file with `read`, turning the usual file-system failures into one-line user errors
 * (the file is missing, is a folder, or may not be read).
 */
export async function readInputFile<T>(file: string, read: (file: string) => Promise<T>): Promise<T> {
  try {
    return await read(file);
  } catch (err) {
    throw new UserError(`Cannot read ${file}: ${describeFsError(err)}`);
  }
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return err instanceof Error ? err.message.split('\n')[0] : String(err);
  }
}
