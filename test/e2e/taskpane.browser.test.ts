/**
 * The built task pane (dist/, made by `npm test` before jest) in a real Chromium, against the
 * fake Excel host from test/fakes: click "Classify sheet", then check what was written to the
 * workbook, what the summary says, and that nothing left 127.0.0.1. Saves a screenshot to
 * test-results/taskpane-after-run.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildBrowserFakeOffice } from '../fakes/buildBrowserFake';
import { CATALOG_GRID, HEADER } from './catalogFixture';
import { launchChromium, DIST, RESULTS, OFFICE_JS } from './browserHarness';
import { serveDirectory, type StaticServer } from './staticServer';

// A real browser on a 2-core machine: launching and a full run take seconds. (testTimeout is a
// global jest option; inside a project entry it is ignored, so the file sets it.)
jest.setTimeout(120_000);

const SHEET = 'Catalog';

/** The block EARmark writes right of the data (A..G): H..O, header on the header row (2). */
const OUTPUT_FIRST_COLUMN = 'H';
const HEADER_ROW = 2;

let server: StaticServer;
let browser: Browser;
let fakeOffice: string;
let page: Page;
const contexts: BrowserContext[] = [];
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  fakeOffice = await buildBrowserFakeOffice();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

/**
 * A fresh browser context with the pane open: office.js is answered by the fake Excel host
 * (built from `fixture`), or blocked; any other origin than our server is refused and recorded.
 */
async function openPane(fixture: unknown, officeJs: 'fake' | 'blocked' = 'fake'): Promise<Page> {
  // A task pane: about 350 px wide in Excel.
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 1 });
  contexts.push(context);
  const ours = (url: string) => url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      if (officeJs === 'blocked') return route.abort('internetdisconnected');
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fakeOffice });
    }
    if (ours(url)) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  // Requests the router might not see (a worker's own fetches) are still recorded.
  context.on('request', (req) => {
    const url = req.url();
    if (url !== OFFICE_JS && !ours(url) && !foreignRequests.includes(url)) foreignRequests.push(url);
  });
  await context.addInitScript((f) => {
    (window as unknown as { __EARMARK_FIXTURE__: unknown }).__EARMARK_FIXTURE__ = f;
  }, fixture);
  const p = await context.newPage();
  p.on('pageerror', (e) => pageErrors.push(e.message));
  p.on('console', (m) => {
    // The blocked office.js is reported as a failed resource; that one is expected.
    if (m.type() === 'error' && !(officeJs === 'blocked' && /Failed to load resource/.test(m.text()))) pageErrors.push(m.text());
  });
  await p.goto(`${server.origin}/taskpane.html`);
  return p;
}

/** Values of a block of the fake workbook, as Excel would report them ("" for blanks). */
async function values(address: string): Promise<Array<Array<string | number | boolean>>> {
  return page.evaluate(
    ([sheet, a]) => {
      const fake = (window as unknown as { __EARMARK_FAKE__: { values(s: string, a: string): Array<Array<string | number | boolean>> } }).__EARMARK_FAKE__;
      return fake.values(sheet, a);
    },
    [SHEET, address] as const,
  );
}

function summaryCount(label: string) {
  return page.locator('tr', { has: page.getByText(label, { exact: true }) }).locator('td').nth(1);
}

test('classifies the sheet: output block right of the data, answers from the regulation, inputs untouched', async () => {
  page = await openPane({ sheets: [{ sheetName: SHEET, grid: CATALOG_GRID }] });
  await expect(page.getByRole('heading', { name: 'EARmark', level: 1 }).isVisible()).resolves.toBe(true);
  await page.getByText(/Rules pack .* · effective \d{4}-\d{2}-\d{2}/).waitFor();

  await page.getByRole('button', { name: 'Classify sheet' }).click();
  await page.getByRole('heading', { name: 'Summary' }).waitFor({ timeout: 60_000 });

  // The header row gets EARmark's headers, starting right of the data.
  const lastRow = CATALOG_GRID.length;
  const headerCells = (await values(`${OUTPUT_FIRST_COLUMN}${HEADER_ROW}:O${HEADER_ROW}`))[0];
  expect(headerCells).toEqual([
    'EARmark ECCN',
    'EARmark Basis',
    'EARmark Reasons for Control',
    'EARmark License',
    'EARmark License Exceptions',
    'EARmark Screening',
    'EARmark Warnings',
    'EARmark Status',
  ]);
  const out = await values(`H1:O${lastRow}`);
  const byPart = new Map<string, { eccn: string; license: string; status: string }>();
  CATALOG_GRID.forEach((row, i) => {
    if (i < HEADER_ROW || row[0] === null) return;
    const [eccn, , , license, , , , status] = out[i].map(String);
    byPart.set(String(row[0]), { eccn, license, status });
  });

  // Answers that follow from the regulation itself.
  // 5A992.c is controlled for AT only (774 Supp. 1); Germany has no AT mark (738 Supp. 1) → NLR.
  expect(byPart.get('AC-1001')).toMatchObject({ eccn: '5A992.c', status: 'CLEAR' });
  expect(byPart.get('AC-1001')?.license).toMatch(/^NLR\b.*end-user and end-use checks still apply/);
  // 3A001 carries NS1; China has an X under NS1 (738 Supp. 1) → licence required.
  expect(byPart.get('AC-1002')?.license).toMatch(/^LICENSE REQUIRED \(.*NS1.*\) for China$/);
  expect(byPart.get('AC-1002')?.status).toBe('FLAGGED');
  // EAR99 to Canada: no CCL control, no embargo → NLR.
  expect(byPart.get('AC-1003')?.license).toMatch(/^NLR\b/);
  // Cuba: 746.2 requires a licence for items subject to the EAR.
  expect(byPart.get('AC-1005')?.license).toMatch(/^LICENSE REQUIRED .*for Cuba$/);
  // Russia: 746.8(a)(1) requires a licence for every CCL item.
  expect(byPart.get('AC-1006')?.license).toMatch(/^LICENSE REQUIRED .*for Russia$/);
  // 5D992.c (AT only) to the United Kingdom → NLR.
  expect(byPart.get('AC-1008')?.license).toMatch(/^NLR\b/);
  // No ECCN and no way to know it; "Korea" could be North or South: never guessed.
  expect(byPart.get('AC-1010')).toMatchObject({ license: expect.stringMatching(/^NOT DETERMINED/), status: 'NEEDS_REVIEW' });
  expect(byPart.get('AC-1011')).toMatchObject({ license: expect.stringMatching(/^NOT DETERMINED/), status: 'NEEDS_REVIEW' });

  // The title row, the header row's own cells and the blank row get nothing.
  expect(out[0].every((v) => v === '')).toBe(true);
  const blankIndex = CATALOG_GRID.findIndex((r, i) => i > HEADER_ROW && r.every((v) => v === null));
  expect(out[blankIndex].every((v) => v === '')).toBe(true);

  // Every input cell is exactly as it was.
  const inputs = await values(`A1:G${lastRow}`);
  expect(inputs).toEqual(CATALOG_GRID.map((row) => row.map((v) => (v === null ? '' : v))));
  expect(inputs[HEADER_ROW - 1]).toEqual(HEADER);

  // The summary agrees with the sheet.
  const statuses = [...byPart.values()].map((r) => r.status);
  const licenses = [...byPart.values()].map((r) => r.license);
  const count = (xs: string[], f: (x: string) => boolean) => String(xs.filter(f).length);
  await expect(summaryCount('Rows read').textContent()).resolves.toBe('12');
  await expect(summaryCount('Rows skipped (blank)').textContent()).resolves.toBe('1');
  await expect(summaryCount('CLEAR').textContent()).resolves.toBe(count(statuses, (s) => s === 'CLEAR'));
  await expect(summaryCount('FLAGGED').textContent()).resolves.toBe(count(statuses, (s) => s === 'FLAGGED'));
  await expect(summaryCount('NEEDS REVIEW').textContent()).resolves.toBe(count(statuses, (s) => s === 'NEEDS_REVIEW'));
  await expect(summaryCount('NLR (no license required)').textContent()).resolves.toBe(count(licenses, (l) => l.startsWith('NLR')));
  await expect(summaryCount('License required').textContent()).resolves.toBe(count(licenses, (l) => l.startsWith('LICENSE REQUIRED')));
  await expect(summaryCount('Prohibited').textContent()).resolves.toBe(count(licenses, (l) => l.startsWith('PROHIBITED')));
  await expect(summaryCount('Not determined').textContent()).resolves.toBe(count(licenses, (l) => l.startsWith('NOT DETERMINED')));
  expect(Number(await summaryCount('CLEAR').textContent())).toBeGreaterThanOrEqual(3);
  expect(Number(await summaryCount('License required').textContent())).toBeGreaterThanOrEqual(3);
  await expect(page.getByText('NLR is not a clearance').isVisible()).resolves.toBe(true);
  await expect(page.getByTestId('written-where').textContent()).resolves.toBe('Results written to columns H–O of Catalog (12 rows).');

  // The mapping and the run are remembered in the workbook.
  const settings = await page.evaluate(() =>
    (window as unknown as { __EARMARK_FAKE__: { settings(): Record<string, unknown> } }).__EARMARK_FAKE__.settings(),
  );
  // src/excel stores its settings as JSON text; read either form.
  const setting = (key: string) => (typeof settings[key] === 'string' ? JSON.parse(settings[key] as string) : settings[key]);
  expect(setting('earmark.mapping')).toMatchObject({ fields: { partNumber: 'Part Number', eccn: 'ECCN', destination: 'Destination' } });
  expect(setting('earmark.lastRun')).toMatchObject({ rowsRead: 12, effectiveDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });

  // Rows to review: choosing one selects it on the sheet (data and EARmark's block).
  await page.getByRole('button', { name: /FLAGGED Row 4 · AC-1002 · License required · China/ }).click();
  await page.waitForFunction(() => {
    const fake = (window as unknown as { __EARMARK_FAKE__: { workbook: { selection: { area: { rowIndex: number } } | null } } }).__EARMARK_FAKE__;
    return fake.workbook.selection?.area.rowIndex === 3;
  });
  const selection = await page.evaluate(
    () => (window as unknown as { __EARMARK_FAKE__: { workbook: { selection: unknown } } }).__EARMARK_FAKE__.workbook.selection,
  );
  expect(selection).toEqual({ sheetName: SHEET, area: { rowIndex: 3, columnIndex: 0, rowCount: 1, columnCount: 15 } });

  // Accessibility of the pane after a run (axe-core, WCAG 2 A/AA rules). Evaluated through the
  // DevTools protocol: the pane's Content-Security-Policy rightly refuses inline <script> tags.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    // Fluent's focus sentinels (tabster's <i data-tabster-dummy>, used by the TabList) are aria-hidden
    // and focusable by design — they hand focus on at once — so axe's aria-hidden-focus does not apply.
    const r = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] } as unknown as Document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  expect(violations).toEqual([]);

  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, 'taskpane-after-run.png'), fullPage: true });

  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  // The engine ran in its worker: its chunk was fetched from our server.
  expect(server.requests.some((p) => /earmark-engine\.[0-9a-f]+\.js$/.test(p))).toBe(true);
});

test('an Excel without the API EARmark needs gets a MessageBar, and the sheet is left alone', async () => {
  page = await openPane({ sheets: [{ sheetName: SHEET, grid: CATALOG_GRID }], options: { excelApiVersion: '1.8' } });
  await page.getByRole('button', { name: 'Classify sheet' }).click();
  await page.getByText('Excel version not supported').waitFor();
  await expect(page.getByText(/Excel JavaScript API 1\.9 or later/).isVisible()).resolves.toBe(true);
  const out = await values(`H1:O${CATALOG_GRID.length}`);
  expect(out.flat().every((v) => v === '')).toBe(true);
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('without office.js the page says to open it in Excel', async () => {
  page = await openPane({ sheets: [] }, 'blocked');
  await page.getByText('Open this in Excel').waitFor();
  await expect(page.getByRole('button', { name: 'Classify sheet' }).count()).resolves.toBe(0);
  expect(pageErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});
