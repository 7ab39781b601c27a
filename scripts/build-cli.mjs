// Bundles the CLI (src/cli/main.ts) into dist/cli/earmark.cjs for Node 20; bin/earmark.js runs it.
// exceljs stays external: bundling it saves little start-up time and its optional dependencies
// do not bundle cleanly; it is a runtime dependency in package.json anyway.
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
  external: ['exceljs'],
  logLevel: 'warning',
  legalComments: 'none',
});
