import * as path from 'node:path';
import { Engine, type RulesPack } from '../engine';
import { classifyFile } from './classifyFile';
import { defaultOutputPath, requireFormat, type FileFormat } from './fileFormat';
import { formatSummary } from './formatSummary';
import { parseArguments, USAGE, type ClassifyCommand } from './parseArguments';
import { describeScreeningList, openScreeningList, screenerFor } from './screeningList';
import { toJsonReport } from './toJsonReport';
import { INTERNAL_ERROR_EXIT, USER_ERROR_EXIT, UserError } from './UserError';

/** Where the CLI talks to the world; injected so tests run it in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Folder that relative paths (and the sample's output) resolve against. */
  cwd: string;
  /** Show stack traces of internal errors (EARMARK_DEBUG=1). */
  debug?: boolean;
}

/** What the CLI needs besides its arguments. */
export interface CliDeps {
  /** The rules pack (the bundled one in production; a test pack in tests). */
  loadPack(): RulesPack;
  /** The bundled sample catalog, classified when no file is given. */
  samplePath: string;
  version: string;
}

/** Runs one CLI invocation and returns its exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo, deps: CliDeps): Promise<number> {
  try {
    const command = parseArguments(argv);
    if (command.command === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    if (command.command === 'version') {
      io.stdout(`earmark ${deps.version}\n`);
      return 0;
    }
    return await classify(command, io, deps);
  } catch (err) {
    if (err instanceof UserError) {
      io.stderr(`earmark: ${oneLine(err.message)}\n`);
      return USER_ERROR_EXIT;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`earmark: internal error: ${oneLine(message)}\n`);
    if (io.debug && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return INTERNAL_ERROR_EXIT;
  }
}

async function classify(command: ClassifyCommand, io: CliIo, deps: CliDeps): Promise<number> {
  const usingSample = command.input === null;
  const input = usingSample ? deps.samplePath : path.resolve(io.cwd, command.input as string);
  const shownInput = usingSample ? 'the bundled sample catalog' : (command.input as string);
  const inputFormat = requireFormat(input, 'input');

  let output: { path: string; format: FileFormat } | null;
  if (command.out === '-') output = null;
  else {
    const outPath =
      command.out !== null
        ? path.resolve(io.cwd, command.out)
        : usingSample
          ? path.join(io.cwd, path.basename(defaultOutputPath(input)))
          : defaultOutputPath(input);
    output = { path: outPath, format: requireFormat(outPath, 'output') };
  }

  const screening = command.screeningList === null ? null : await openScreeningList(path.resolve(io.cwd, command.screeningList));
  if (screening) io.stderr(`earmark: ${describeScreeningList(command.screeningList as string, screening.list)}\n`);

  const makeEngine = (): Engine => {
    const pack = deps.loadPack();
    return new Engine(pack, { screener: screenerFor(screening, pack) });
  };
  const outcome = await classifyFile({ input, inputFormat, sheet: command.sheet, output, keepResults: command.json }, makeEngine);

  if (command.json) io.stdout(`${JSON.stringify(toJsonReport(outcome.meta, outcome.results), null, 2)}\n`);
  for (const notice of outcome.notices) io.stderr(`earmark: ${notice}\n`);
  const shownOutput = outcome.outputPath === null ? null : shownPath(io.cwd, outcome.outputPath);
  io.stderr(
    `${formatSummary(outcome.summary, {
      input: shownInput,
      sheetName: outcome.sheetName,
      headerRowNumber: outcome.headerRowNumber,
      outputPath: shownOutput,
    })}\n`,
  );
  return 0;
}

/** A path as the user would type it from cwd: relative below cwd, absolute elsewhere. */
function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
