/**
 * Bundles the browser entry of the fake into one script (an IIFE) that the end-to-end test
 * serves in place of office.js, e.g.:
 *   const js = await buildBrowserFakeOffice();
 *   await page.route('**\/office.js', (r) => r.fulfill({ contentType: 'text/javascript', body: js }));
 * The fixture must be on the page before it runs (page.addInitScript).
 */
import * as path from 'node:path';
import { build } from 'esbuild';

export async function buildBrowserFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, 'browserFakeOffice.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
