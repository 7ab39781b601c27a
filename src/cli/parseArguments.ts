import { parseArgs } from 'node:util';
import { UserError } from './UserError';

/** What `earmark classify …` was asked to do. */
export interface ClassifyCommand {
  command: 'classify';
  /** The catalog to classify; null means the bundled sample catalog. */
  input: string | null;
  sheet: string | null;
  /** Output path; "-" means write no file; null means the default name. */
  out: string | null;
  json: boolean;
  screeningList: string | null;
}

export type Command = ClassifyCommand | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage: earmark classify [FILE.xlsx|FILE.csv] [options]

Classifies every non-blank row of a product catalog under the EAR (15 CFR 730-774):
ECCN, reasons for control, licence requirement for the row's destination, licence
exceptions to consider, warnings and a status. The header row is found by its names
(Part Number, Description, ECCN, Destination, End User, CAS No., ...); title rows above
it are fine. EARmark writes its own block of columns directly right of the data; a
re-run finds that block and overwrites only it.

An .xlsx keeps its values, formulas, styles, other sheets and column widths; a .csv keeps
its fields, separator (comma, or semicolon/tab when that is what the file uses), line ends
and byte-order mark. Rows stream through, so memory stays flat at any size; an .xlsx over
4 MB is streamed too, which keeps every value of the classified sheet but not its
formatting, column widths or other sheets (EARmark says so when it does this).

Without FILE, classifies the bundled examples/sample-catalog.xlsx and writes
sample-catalog.classified.xlsx in the current folder.

Options:
  --sheet NAME            worksheet to read (.xlsx; default: the first worksheet)
  --out FILE              where to write; .xlsx or .csv by its extension
                          (default: <name>.classified.<ext> beside the input;
                          "-" writes no file)
  --json                  print one JSON document with every row's determination on
                          stdout; the output file is still written (use --out - to skip it)
  --screening-list FILE   trade.gov's Consolidated Screening List (.csv or .json) to
                          screen end users and consignees against; without it rows
                          report SCREENING_NOT_PERFORMED
  -h, --help              show this help
  -v, --version           show the version

Stdout carries only the --json document; the run summary and all messages go to stderr.
Exit status: 0 done; 2 user error (bad arguments, unreadable or unknown file, missing
sheet, no header row); 1 internal error.

EARmark is a decision aid, not a licence determination; NLR covers the CCL and the
Country Chart only: end-user and end-use checks still apply.`;

/** Parses the argument list after `earmark` (process.argv.slice(2)). Throws UserError on misuse. */
export function parseArguments(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean' },
        'screening-list': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UserError(`${describeParseError(err)}; run "earmark --help" for usage`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const [command, ...rest] = positionals;
  if (command === undefined) throw new UserError('No command given; run "earmark classify [FILE]" or "earmark --help"');
  if (command !== 'classify') throw new UserError(`Unknown command "${command}"; the command is "classify" (see "earmark --help")`);
  if (rest.length > 1) throw new UserError(`classify takes one file, got ${rest.length}: ${rest.join(' ')}`);

  const nonEmpty = (name: string, v: string | undefined): string | null => {
    if (v === undefined) return null;
    if (v.trim() === '') throw new UserError(`--${name} needs a value`);
    return v;
  };
  return {
    command: 'classify',
    input: rest[0] ?? null,
    sheet: nonEmpty('sheet', values.sheet),
    out: nonEmpty('out', values.out),
    json: values.json ?? false,
    screeningList: nonEmpty('screening-list', values['screening-list']),
  };
}

/** Node's parseArgs messages, shortened to one line without its advice about "--". */
function describeParseError(err: unknown): string {
  const code = (err as { code?: string }).code;
  const message = err instanceof Error ? err.message : String(err);
  const option = /'(-[^' ]*)/.exec(message)?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return `Option ${option} takes no value`;
    if (/ambiguous/.test(message)) return `Option ${option} needs a value (write ${option}=VALUE for a value starting with "-")`;
    return `Option ${option} needs a value`;
  }
  return message.split('\n')[0];
}
