import * as path from 'node:path';
import { bundledPack } from '../rules/bundledPack';
import packageJson from '../../package.json';
import { runCli, type CliIo } from './runCli';

/**
 * The `earmark` command: entry point of the bundle dist/cli/earmark.cjs (bin/earmark.js calls
 * `run()`). Importing this module has no side effects; `main` is the in-process entry for tests.
 */

/**
 * The bundled sample catalog. Both this source file (src/cli/) and the bundle (dist/cli/) sit
 * two folders below the package root, so the same relative path serves both.
 */
export const SAMPLE_CATALOG = path.resolve(__dirname, '../../examples/sample-catalog.xlsx');

export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    debug: process.env.EARMARK_DEBUG === '1',
  };
}

/** Runs `earmark <argv…>` and resolves to the exit code. */
export function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  return runCli(argv, io, { loadPack: bundledPack, samplePath: SAMPLE_CATALOG, version: packageJson.version });
}

/** For bin/earmark.js: run with process.argv and set the exit code (letting stdout drain). */
export async function run(): Promise<void> {
  // `earmark classify --json | head` closes the pipe early: stop quietly, not with a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = await main(process.argv.slice(2));
}
