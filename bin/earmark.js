#!/usr/bin/env node
'use strict';
// The `earmark` command. The CLI itself is the bundle built from src/cli/ by `npm run build:cli`.
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'earmark.cjs');
let cli;
try {
  cli = require(bundle);
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('earmark.cjs')) {
    process.stderr.write('earmark: the CLI is not built yet; run "npm run build:cli" in the EARmark folder first\n');
    process.exit(2);
  }
  throw err;
}
cli.run();
