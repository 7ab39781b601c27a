import * as path from 'node:path';
import { UserError } from './UserError';

/** The file formats the CLI reads and writes. */
export type FileFormat = 'xlsx' | 'csv';

/** The format a path's extension names, or null (case-insensitive: ".XLSX" is fine). */
export function formatOf(file: string): FileFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.csv') return 'csv';
  return null;
}

/** Like formatOf, but a user error for anything else, with a hint for the usual suspects. */
export function requireFormat(file: string, role: 'input' | 'output'): FileFormat {
  const format = formatOf(file);
  if (format) return format;
  const ext = path.extname(file);
  const hint =
    ext.toLowerCase() === '.xls' || ext.toLowerCase() === '.xlsm' || ext.toLowerCase() === '.xlsb'
      ? ' (save the workbook as .xlsx first)'
      : '';
  const what = ext ? `extension "${ext}"` : 'no extension';
  throw new UserError(`Cannot use ${file} as ${role}: ${what}; EARmark reads and writes .xlsx and .csv${hint}`);
}

/**
 * Where the result goes when --out is not given: `<name>.classified.<ext>` beside the input.
 * A file that is already EARmark output (`<name>.classified.<ext>`) is re-classified in place,
 * so repeated runs do not pile up `.classified.classified` names.
 */
export function defaultOutputPath(input: string): string {
  const ext = path.extname(input);
  const base = path.basename(input, ext);
  const name = base.toLowerCase().endsWith('.classified') ? base : `${base}.classified`;
  return path.join(path.dirname(input), `${name}${ext}`);
}
