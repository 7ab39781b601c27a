/**
 * What every browser test needs before its first page: Debian's Chromium (never skipped — CI
 * installs it), the production build in dist/, and the flags that keep Chromium off the network
 * (without them its background services try, and fail, to reach Google's hosts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const REPO = path.resolve(__dirname, '../..');
export const DIST = path.join(REPO, 'dist');
export const RESULTS = path.join(REPO, 'test-results');
export const CHROMIUM = process.env.EARMARK_CHROMIUM ?? '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The browser test needs Debian's chromium (apt-get install chromium), ` +
        'or EARMARK_CHROMIUM pointing at a Chromium binary. It is not skipped: CI installs it.',
    );
  }
  if (!existsSync(path.join(DIST, 'taskpane.html'))) {
    throw new Error('dist/taskpane.html not found: run `npm run build` (npm test builds before jest runs).');
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
