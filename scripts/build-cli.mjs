// Builds the CLI for Node 20 into dist/cli/; bin/earmark.js runs dist/cli/earmark.cjs.
//
// Two bundles: earmark.cjs (src/cli/main.ts with the engine and rules pack) and exceljs.cjs
// (exceljs and its dependencies). The CLI imports exceljs only when it reads or writes an .xlsx,
// so --help, user errors and CSV runs do not even parse it; and loading exceljs from one file
// takes about a third of the time that resolving its ~300 modules in node_modules does
// (measured ~130 ms against ~350 ms, best of six, on the 2-core dev machine).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist/cli');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  legalComments: 'none',
};

/** `import('exceljs')` in the CLI resolves to the sibling bundle at run time. */
const excelJsBeside = {
  name: 'exceljs-beside',
  setup(b) {
    b.onResolve({ filter: /^exceljs$/ }, () => ({ path: './exceljs.cjs', external: true }));
  },
};

await Promise.all([
  build({
    ...common,
    entryPoints: [path.join(root, 'src/cli/main.ts')],
    outfile: path.join(outdir, 'earmark.cjs'),
    sourcemap: true,
    plugins: [excelJsBeside],
  }),
  build({
    ...common,
    stdin: { contents: "module.exports = require('exceljs');", resolveDir: root, loader: 'js' },
    outfile: path.join(outdir, 'exceljs.cjs'),
  }),
]);
