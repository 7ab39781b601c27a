#!/usr/bin/env node
/**
 * `npm start`: serve the task pane on https://localhost:3000 and sideload it.
 *
 * 1. Makes sure the localhost development certificate exists and is trusted (office-addin-dev-certs).
 * 2. Starts webpack's dev server (webpack.config.js picks the certificate up).
 * 3. Sideloads manifest.xml into Excel desktop when office-addin-debugging is installed (it is
 *    optional, not a dependency); otherwise prints the steps for Excel on the web and desktop.
 *
 * Stop with Ctrl+C (the dev server, and a sideloaded session when there is one, are stopped).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = path.join(REPO, 'manifest.xml');
const URL = 'https://localhost:3000/taskpane.html';
const require = createRequire(import.meta.url);

async function ensureCertificates() {
  let devCerts = null;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    /* reported below */
  }
  if (!devCerts) {
    console.warn('! office-addin-dev-certs is not installed: the dev server will use a self-signed certificate Office may refuse.');
    return;
  }
  try {
    await devCerts.ensureCertificatesAreInstalled();
  } catch (error) {
    console.warn(`! Could not install the localhost certificate automatically: ${error?.message ?? error}`);
    console.warn('  Run `npx office-addin-dev-certs install` yourself (it may ask for your password), then npm start again.');
  }
}

function startDevServer() {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  return spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], { cwd: REPO, stdio: 'inherit' });
}

/** office-addin-debugging's CLI, if the developer installed it (it is optional). */
function debuggingCli() {
  try {
    const pkgPath = require.resolve('office-addin-debugging/package.json');
    const pkg = require(pkgPath);
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['office-addin-debugging'];
    return bin ? path.join(path.dirname(pkgPath), bin) : null;
  } catch {
    return null;
  }
}

/** Sideloads into Excel desktop via office-addin-debugging (our dev server is already on port 3000). */
function sideload() {
  const cli = debuggingCli();
  if (!cli || (process.platform !== 'win32' && process.platform !== 'darwin')) return Promise.resolve(false);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'start', MANIFEST, 'desktop', '--app', 'excel', '--dev-server-port', '3000', '--no-debug'], {
      cwd: REPO,
      stdio: 'inherit',
    });
    child.on('exit', (code) => {
      if (code === 0) console.log('✓ Sideloaded EARmark into Excel desktop. Home → EARmark → Classify opens the pane.');
      else console.warn(`! Desktop sideloading failed (exit ${code}); use the steps below.`);
      resolve(code === 0);
    });
    child.on('error', () => resolve(false));
  });
}

function printSteps() {
  console.log(`
EARmark is served at ${URL}

Excel on the web
  1. Open a workbook at office.com (with your Microsoft 365 account).
  2. Insert → Add-ins (or Home → Add-ins) → More Add-ins → Upload My Add-in.
  3. Browse to ${MANIFEST} and Upload.
  4. Home → EARmark → Classify opens the task pane.

Excel desktop (Windows)
  • Put manifest.xml in a shared folder, add that folder to File → Options → Trust Center →
    Trust Center Settings → Trusted Add-in Catalogs (check "Show in Menu"), restart Excel, then
    Insert → My Add-ins → Shared Folder → EARmark.
  • Or install office-addin-debugging (npm i -D office-addin-debugging) and run npm start again:
    it sideloads automatically.

Excel desktop (Mac)
  • Copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.

The certificate for https://localhost must be trusted: npx office-addin-dev-certs verify
Check the manifest offline: npm run validate
`);
}

await ensureCertificates();
const server = startDevServer();
const stop = () => {
  if (!server.killed) server.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));

// Give the dev server a moment to bind before sideloading or printing where it is.
setTimeout(async () => {
  if (!(await sideload())) printSteps();
}, 4000);
