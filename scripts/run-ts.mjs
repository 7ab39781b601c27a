#!/usr/bin/env node
// Runs a TypeScript entry point (benchmarks, evaluations) under Node: esbuild bundles it into
// node_modules/.cache/earmark/ and Node runs the bundle, so figures measure the same compiled
// code the CLI ships, not a just-in-time transpiler.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
const outDir = path.join(root, 'node_modules', '.cache', 'earmark');
mkdirSync(outDir, { recursive: true });
const outfile = path.join(outDir, `${path.basename(entry, '.ts')}-${path.basename(path.dirname(entry))}.cjs`);
await build({
  entryPoints: [path.resolve(root, entry)],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outfile,
  packages: 'external',
  logLevel: 'warning',
  sourcemap: 'inline',
});
const result = spawnSync(process.execPath, ['--enable-source-maps', '--expose-gc', outfile, ...args], { stdio: 'inherit', cwd: root });
process.exit(result.status ?? 1);
