/**
 * scripts/validate-manifest.mjs (`npm run validate`) on the real manifest, and on broken copies
 * of it: each break must make it exit non-zero with a message that names the problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO = path.resolve(__dirname, '../..');
const SCRIPT = path.join(REPO, 'scripts', 'validate-manifest.mjs');
const MANIFEST = readFileSync(path.join(REPO, 'manifest.xml'), 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'earmark-manifest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(xml: string, ...extra: string[]) {
  const file = path.join(dir, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const r = spawnSync(process.execPath, [SCRIPT, file, '--root', REPO, ...extra], { encoding: 'utf8', cwd: REPO });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function replaced(from: string | RegExp, to: string): string {
  const next = MANIFEST.replace(from, to);
  if (next === MANIFEST) throw new Error(`test setup: ${String(from)} not found in manifest.xml`);
  return next;
}

test('the real manifest passes, against the MIN_EXCEL_API declared in src/excel', () => {
  const r = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8', cwd: REPO });
  expect(`${r.stdout}${r.stderr}`).toContain('OK');
  expect(r.status).toBe(0);
});

const minApi = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(MANIFEST)?.[1] ?? '1.4';

const broken: Array<[string, string, RegExp]> = [
  ['not well-formed XML', MANIFEST.replace('</OfficeApp>', ''), /not well-formed/],
  ['a mail add-in', replaced('xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'), /TaskPaneApp/],
  ['an Id that is not a GUID', replaced(/<Id>[^<]+<\/Id>/, '<Id>earmark</Id>'), /Id must be a GUID/],
  ['a three-part version', replaced('<Version>1.0.0.0</Version>', '<Version>1.0.0</Version>'), /Version must be n\.n\.n\.n/],
  ['no DefaultLocale', replaced(/<DefaultLocale>[^<]+<\/DefaultLocale>/, ''), /DefaultLocale/],
  ['no ProviderName', replaced(/<ProviderName>[^<]+<\/ProviderName>/, '<ProviderName></ProviderName>'), /ProviderName is missing/],
  ['an empty DisplayName', replaced('<DisplayName DefaultValue="EARmark"/>', '<DisplayName DefaultValue=""/>'), /DisplayName is missing/],
  ['a Description over 250 characters', replaced(/<Description DefaultValue="[^"]*"\/>/, `<Description DefaultValue="${'x'.repeat(251)}"/>`), /Description is 251 characters/],
  ['an http URL', replaced('https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>'), /must be https/],
  ['an icon that does not exist', replaced('assets/icon-32.png"/>\n  <High', 'assets/icon-33.png"/>\n  <High'), /icon-33\.png.*does not exist/],
  ['an icon of the wrong size', replaced('assets/icon-32.png"/>\n  <High', 'assets/icon-16.png"/>\n  <High'), /16×16; it must be 32×32/],
  ['a ribbon image of the wrong size', replaced('id="EARmark.Icon.80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="EARmark.Icon.80" DefaultValue="https://localhost:3000/assets/icon-64.png"'), /64×64; it must be 80×80/],
  ['no Workbook host', replaced('<Host Name="Workbook"/>', '<Host Name="Document"/>'), /Hosts must contain Workbook/],
  ['read-only permissions', replaced('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'), /ReadWriteDocument/],
  ['an ExcelApi version other than the code\'s', replaced(`<Set Name="ExcelApi" MinVersion="${minApi}"/>`, '<Set Name="ExcelApi" MinVersion="1.99"/>'), /MinVersion is 1\.99 but the code's MIN_EXCEL_API/],
  ['no ExcelApi requirement', replaced(/<Set Name="ExcelApi" MinVersion="[\d.]+"\/>/, ''), /ExcelApi/],
  ['a source location on a foreign origin', replaced('id="EARmark.Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"', 'id="EARmark.Taskpane.Url" DefaultValue="https://example.invalid/taskpane.html"'), /neither the pane's origin nor in AppDomains/],
  ['a resid that Resources does not define', replaced('<Label resid="EARmark.Classify.Label"/>', '<Label resid="EARmark.Missing"/>'), /"EARmark\.Missing", which Resources does not define/],
  ['a resid of the wrong kind', replaced('<Label resid="EARmark.Group.Label"/>', '<Label resid="EARmark.Help.Url"/>'), /needs a short resource/],
  ['a duplicated resource id', replaced('<bt:String id="EARmark.Group.Label"', '<bt:String id="EARmark.Classify.Label"'), /defined twice/],
  ['no VersionOverrides', replaced(/<VersionOverrides[\s\S]*<\/VersionOverrides>/, ''), /VersionOverrides is missing/],
];

test.each(broken)('fails on %s', (_name, xml, message) => {
  const r = validate(xml);
  expect(r.out).toMatch(message);
  expect(r.status).toBe(1);
});
