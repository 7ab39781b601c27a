// Bundles the CLI (src/cli/main.ts) into dist/cli/earmark.cjs for Node 20; bin/earmark.js runs it.
// exceljs is bundled too: loading it from one file takes about a third of the time that
// resolving its ~300 modules in node_modules does (measured: ~130 ms against ~350 ms, best of
// six, on the 2-core dev machine). The CLI still loads it only when an .xlsx is read or written.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [path.join(root, 'src/cli/main.ts')],
  outfile: path.join(root, 'dist/cli/earmark.cjs'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
});
