/**
 * The review features in a real Chromium against the fake Excel host: review columns made once
 * and never overwritten, overrides used by the next run, "Changed since review", the audit sheet,
 * provenance read back after the workbook is reopened, the destination matrix and the report.
 * Screenshots: test-results/review-pane.png, review-pane-dark.png, matrix-sheet.png, reopened-provenance.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildBrowserFakeOffice } from '../fakes/buildBrowserFake';
import { CATALOG_GRID } from './catalogFixture';
import { launchChromium, DIST, RESULTS, OFFICE_JS } from './browserHarness';
import { serveDirectory, type StaticServer } from './staticServer';

jest.setTimeout(120_000);

const SHEET = 'Catalog';
const LAST = CATALOG_GRID.length;

let server: StaticServer;
let browser: Browser;
let fakeOffice: string;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

type Fake = {
  values(s: string, a: string): Array<Array<string | number | boolean>>;
  settings(): Record<string, unknown>;
  sheetNames(): string[];
  state(): unknown;
  sheetInfo(s: string): { protected: boolean; hiddenColumns: number[]; tables: Array<{ name: string; rowCount: number }>; validation: Array<{ row: number; col: number; list: string[] }> };
  cells(s: string): Array<{ row: number; col: number; value: string | number | boolean; fill?: string; fontColor?: string; bold?: boolean; note?: string }>;
  workbook: { requireSheet(n: string): { setValue(r: number, c: number, v: string): void; cell(r: number, c: number): { fill?: string } | undefined }; selection: { area: { rowIndex: number } } | null };
};

beforeAll(async () => {
  fakeOffice = await buildBrowserFakeOffice();
  server = await serveDirectory(DIST);
  browser = await launchChromium();
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await server?.close();
});

async function openPane(fixture: unknown, opts: { dark?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, deviceScaleFactor: 1, colorScheme: opts.dark ? 'dark' : 'light', bypassCSP: true });
  contexts.push(context);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fakeOffice });
    if (url.startsWith(`${server.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  await context.addInitScript((f) => {
    (window as unknown as { __EARMARK_FIXTURE__: unknown }).__EARMARK_FIXTURE__ = f;
  }, fixture);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByText(/Rules pack .* · effective \d{4}-\d{2}-\d{2}/).first().waitFor();
  return page;
}

const fake = <T>(page: Page, f: (fake: Fake, arg: unknown) => T, arg?: unknown) =>
  page.evaluate(([src, a]) => new Function('fake', 'arg', `return (${src})(fake, arg)`)((window as unknown as { __EARMARK_FAKE__: Fake }).__EARMARK_FAKE__, a), [f.toString(), arg] as const) as Promise<T>;

const values = (page: Page, address: string, sheet = SHEET) => fake(page, (f, a) => f.values((a as string[])[0], (a as string[])[1]), [sheet, address]);

async function tab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
}

async function classify(page: Page) {
  await tab(page, 'Classify');
  await page.getByRole('button', { name: 'Classify sheet' }).click();
  await page.getByRole('heading', { name: 'Summary' }).waitFor({ timeout: 60_000 });
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    // Fluent's focus sentinels (tabster's <i data-tabster-dummy>, aria-hidden and focusable by
    // design: they hand focus on at once) are excluded; axe cannot see that they never keep it.
    const r = await axe.run({ include: [['body']], exclude: [['[data-tabster-dummy]']] } as unknown as Document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/** The audit table's lines (header excluded). */
async function auditLines(page: Page) {
  const info = await fake(page, (f) => f.sheetInfo('EARmark Audit'));
  const rows = info.tables[0].rowCount;
  return values(page, `A2:K${rows}`, 'EARmark Audit');
}

let saved: { sheets: unknown[]; settings: Record<string, unknown>; activeSheetName: string };

test('review columns, decisions, overrides, changed since review, audit, matrix and report', async () => {
  const page = await openPane({ sheets: [{ sheetName: SHEET, grid: CATALOG_GRID }] });
  await tab(page, 'Settings');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Dana Reyes');
  await classify(page);

  // Review columns right of the output block (H..O): P..V, created once.
  expect((await values(page, 'P2:V2'))[0]).toEqual([
    'EARmark Review Status', 'EARmark Reviewer', 'EARmark Review Note', 'EARmark Reviewed On', 'EARmark Override ECCN', 'EARmark Override Note', 'EARmark Fingerprint',
  ]);
  const status = (await values(page, `P3:P${LAST}`)).map((r) => r[0]);
  expect(status.filter((s) => s === 'Pending')).toHaveLength(12);
  const info = await fake(page, (f) => f.sheetInfo('Catalog'));
  expect(info.hiddenColumns).toEqual([21]);
  expect(info.validation.find((v) => v.row === 2 && v.col === 15)?.list).toContain('Escalated');
  let audit = await auditLines(page);
  expect(audit).toHaveLength(1);
  expect(audit[0].slice(1, 3)).toEqual(['Dana Reyes', 'Run']);
  expect(await fake(page, (f) => f.sheetInfo('EARmark Audit').protected)).toBe(true);

  // Reviewer's pane: flagged rows; approve two with a note.
  await tab(page, 'Review');
  await page.getByRole('button', { name: 'Flagged', exact: true }).click();
  await page.getByRole('checkbox', { name: 'Select row 4' }).check();
  await page.getByRole('checkbox', { name: 'Select row 10' }).check();
  await page.getByRole('textbox', { name: /Note/ }).fill('Licence on file, case 2026-114');
  await page.getByRole('button', { name: 'Approve selected' }).click();
  await page.getByText('Approved: 2 rows').waitFor();
  expect((await values(page, 'P4:S4'))[0]).toEqual(['Approved', 'Dana Reyes', 'Licence on file, case 2026-114', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);
  audit = await auditLines(page);
  expect(audit.map((l) => [l[2], l[3]])).toEqual([['Run', ''], ['Approved', '4'], ['Approved', '10']]);

  // Open a row: the sheet selects it, the detail shows the chain of citations.
  await page.getByRole('button', { name: /Row 4 · AC-1002/ }).click();
  await page.getByTestId('review-detail').waitFor();
  await expect(page.getByTestId('review-detail').getByText(/15 CFR/).first().isVisible()).resolves.toBe(true);
  await page.waitForFunction(() => (window as unknown as { __EARMARK_FAKE__: Fake }).__EARMARK_FAKE__.workbook.selection?.area.rowIndex === 3);
  await page.getByRole('button', { name: 'Flagged', exact: true }).click();
  await page.getByRole('heading', { name: 'Summary charts' }).waitFor();
  await page.waitForTimeout(500);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(RESULTS, 'review-pane.png'), fullPage: true });

  // Keyboard: the tabs are reachable and switch with the arrow keys.
  await page.getByRole('tab', { name: 'Review' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: 'Matrix' }).getAttribute('aria-selected')).resolves.toBe('true');

  // An analyst overrides row 5's ECCN (EAR99 → 3A001 for Canada) and the approved row 4's destination changes.
  await fake(page, (f) => {
    const s = f.workbook.requireSheet('Catalog');
    s.setValue(4, 19, '3A001');
    s.setValue(4, 20, 'Engineering says 3A001');
    s.setValue(3, 3, 'Germany');
  });
  await classify(page);
  const row5 = (await values(page, 'H5:O5'))[0];
  expect(row5[0]).toBe('3A001');
  expect(String(row5[1])).toMatch(/reviewer's override/);
  expect((await values(page, 'P4'))[0][0]).toBe('Changed since review');
  expect((await values(page, 'Q4:R4'))[0]).toEqual(['Dana Reyes', 'Licence on file, case 2026-114']);
  expect((await values(page, 'P10'))[0][0]).toBe('Approved');
  expect((await values(page, 'T5:U5'))[0]).toEqual(['3A001', 'Engineering says 3A001']);
  await expect(page.getByTestId('changed-since-review').textContent()).resolves.toMatch(/1 reviewed row changed since review \(rows 4\)/);
  await page.getByRole('heading', { name: /Changed since the last run/ }).waitFor();
  await page.getByRole('button', { name: 'Mark changed cells in the sheet' }).click();
  await page.getByRole('button', { name: 'Marked in the sheet' }).waitFor();
  audit = await auditLines(page);
  expect(audit.map((l) => l[2])).toEqual(['Run', 'Approved', 'Approved', 'Run', 'Override']);
  expect(Number(audit[3][9])).toBeGreaterThanOrEqual(2);
  expect(audit[4][3]).toBe('5');

  // Matrix: three destinations and Country Group E:1.
  await tab(page, 'Matrix');
  // Keyboard only: open with Alt+ArrowDown, pick with Enter, close with Escape.
  const pick = async (combobox: string, option: string | RegExp) => {
    await page.getByRole('combobox', { name: combobox }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    // A multiselect Combobox lists its options as menuitemcheckbox.
    const o = page.getByRole('menuitemcheckbox', { name: option, exact: typeof option === 'string' });
    await o.scrollIntoViewIfNeeded();
    await o.click();
    await page.keyboard.press('Escape');
  };
  for (const d of ['Germany', 'China', 'Canada']) await pick('Destinations', d);
  await pick('Whole Country Groups', /^E:1 /);
  await page.getByRole('button', { name: 'Write matrix sheet' }).click();
  await page.getByText('Matrix written').waitFor({ timeout: 60_000 });
  // Title and two subtitle lines, a blank row, then the header on row 5.
  const header = (await values(page, 'A5:P5', 'EARmark Matrix'))[0].filter((h) => h !== '');
  expect(header.slice(0, 3)).toEqual(['Row', 'Part Number', 'ECCN']);
  // Country Group E:1 (740 Supp. 1) brings Iran, North Korea and Syria.
  expect(header).toEqual(expect.arrayContaining(['Canada', 'China', 'Germany', 'Iran', 'Syria']));
  const matrix = await values(page, 'A6:P17', 'EARmark Matrix');
  const col = (name: string) => header.indexOf(name);
  const ac1002 = matrix.find((r) => r[1] === 'AC-1002')!;
  expect(ac1002[col('China')]).toMatch(/^LIC \(.*NS1/);
  expect(ac1002[col('Iran')]).toBe('EMB');
  expect(matrix.find((r) => r[1] === 'AC-1003')![col('Canada')]).toMatch(/^(NLR|LIC)/);
  expect(matrix.find((r) => r[1] === 'AC-1003')![2]).toBe('3A001');
  const reasonsHead = (await fake(page, (f) => f.cells('EARmark Matrix'))).find((c) => c.value === 'Reasons');
  expect(reasonsHead).toBeDefined();

  // Review report on a new sheet.
  await tab(page, 'Review');
  await page.getByRole('button', { name: 'Export review report' }).click();
  await page.getByText('Review report written').waitFor();
  expect(await fake(page, (f) => f.sheetNames())).toEqual(['Catalog', 'EARmark Audit', 'EARmark Matrix', 'EARmark Review Report']);
  const report = (await fake(page, (f) => f.cells('EARmark Review Report'))).map((c) => String(c.value));
  expect(report).toEqual(expect.arrayContaining(['EARmark review report', 'Provenance', 'Decisions (2)', 'Licence on file, case 2026-114']));

  // Render the matrix sheet as an HTML table for a screenshot.
  const cells = await fake(page, (f) => f.cells('EARmark Matrix'));
  const shot = await (await browser.newContext({ viewport: { width: 1400, height: 700 } })).newPage();
  await shot.setContent(sheetHtml('EARmark Matrix', cells));
  await shot.screenshot({ path: path.join(RESULTS, 'matrix-sheet.png'), fullPage: true });

  saved = (await fake(page, (f) => f.state())) as typeof saved;
  expect(pageErrors).toEqual([]);
});

test('reopened by a colleague with newer rules: provenance says which rules the results rest on', async () => {
  // The saved workbook, as if its last run had used rules effective 2025-01-15.
  // src/excel stores settings as JSON text.
  const lastRun = JSON.parse(saved.settings['earmark.lastRun'] as string) as Record<string, unknown>;
  const older = JSON.stringify({ ...lastRun, effectiveDate: '2025-01-15', rulesVersion: '2025.01' });
  const reopened = { ...saved, activeSheetName: SHEET, settings: { ...saved.settings, 'earmark.lastRun': older } };
  const page = await openPane(reopened);
  const bar = page.getByTestId('provenance');
  await bar.waitFor();
  await expect(bar.textContent()).resolves.toMatch(/results are from rules effective 2025-01-15; your rules are effective \d{4}-\d{2}-\d{2} — re-run to compare/i);
  await expect(bar.textContent()).resolves.toMatch(/by Dana Reyes/);
  // The review columns and the audit trail came back with the file.
  expect((await values(page, 'P4:Q4'))[0]).toEqual(['Changed since review', 'Dana Reyes']);
  expect((await auditLines(page)).length).toBe(5);
  await page.screenshot({ path: path.join(RESULTS, 'reopened-provenance.png'), fullPage: true });
  expect(pageErrors).toEqual([]);
});

test('dark Office theme: the reviewer pane has no serious or critical axe violations', async () => {
  const page = await openPane({ ...saved, activeSheetName: SHEET, officeTheme: { bodyBackgroundColor: '#262626' } }, { dark: true });
  await classify(page);
  await tab(page, 'Review');
  await page.getByRole('heading', { name: 'Summary charts' }).waitFor();
  await page.getByRole('button', { name: /Row 4 · AC-1002/ }).click();
  await page.waitForTimeout(500);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: path.join(RESULTS, 'review-pane-dark.png'), fullPage: true });
  expect(pageErrors).toEqual([]);
});

/** A sheet of the fake as an HTML table: values, fills, font colours, bold; notes as titles. */
function sheetHtml(title: string, cells: Array<{ row: number; col: number; value: string | number | boolean; fill?: string; fontColor?: string; bold?: boolean; note?: string }>): string {
  const rows = Math.max(...cells.map((c) => c.row)) + 1;
  const cols = Math.max(...cells.map((c) => c.col)) + 1;
  const at = new Map(cells.map((c) => [`${c.row}:${c.col}`, c]));
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const letter = (i: number) => String.fromCharCode(65 + i);
  let html = `<html><head><title>${esc(title)}</title><style>body{font:12px Calibri,Arial,sans-serif}table{border-collapse:collapse}td,th{border:1px solid #d4d4d4;padding:2px 6px;max-width:260px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}th{background:#f3f3f3;color:#555;font-weight:normal}</style></head><body><h3>${esc(title)} (fake Excel sheet)</h3><table><tr><th></th>`;
  for (let c = 0; c < cols; c++) html += `<th>${letter(c)}</th>`;
  html += '</tr>';
  for (let r = 0; r < rows; r++) {
    html += `<tr><th>${r + 1}</th>`;
    for (let c = 0; c < cols; c++) {
      const cell = at.get(`${r}:${c}`);
      const style = cell ? `background:${cell.fill ?? 'transparent'};color:${cell.fontColor ?? '#000'};font-weight:${cell.bold ? 'bold' : 'normal'}` : '';
      html += `<td style="${style}"${cell?.note ? ` title="${esc(cell.note)}"` : ''}>${cell ? esc(String(cell.value)) : ''}</td>`;
    }
    html += '</tr>';
  }
  return `${html}</table></body></html>`;
}
