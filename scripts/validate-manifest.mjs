#!/usr/bin/env node
/**
 * Offline check of the add-in manifest (never calls Microsoft's online validator).
 *
 *   node scripts/validate-manifest.mjs [manifest.xml] [--root DIR] [--min-excel-api X.Y]
 *
 * --root is where https://localhost:3000/<path> files are looked up (default: the repo, so
 * /assets/icon-32.png is assets/icon-32.png). MIN_EXCEL_API is read from src/excel unless given.
 * Prints every problem found and exits 1 if there is any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Limits from the Office add-in manifest schema (TaskPaneApp, VersionOverrides 1.0).
const LIMITS = { displayName: 125, description: 250, shortString: 125, longString: 250, resid: 32, providerName: 250 };
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

function parseArgs(argv) {
  const args = { manifest: path.join(REPO, 'manifest.xml'), root: REPO, minExcelApi: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--root') args.root = path.resolve(argv[++i]);
    else if (a === '--min-excel-api') args.minExcelApi = argv[++i];
    else if (a === '-h' || a === '--help') {
      console.log('usage: validate-manifest.mjs [manifest.xml] [--root DIR] [--min-excel-api X.Y]');
      process.exit(0);
    } else args.manifest = path.resolve(a);
  }
  return args;
}

/** MIN_EXCEL_API as the excel layer declares it: `export const MIN_EXCEL_API = '1.x'` in src/excel/*.ts. */
export function findMinExcelApi(excelDir = path.join(REPO, 'src', 'excel')) {
  if (!existsSync(excelDir)) return null;
  const files = readdirSync(excelDir).filter((f) => f.endsWith('.ts')).sort((a, b) => (a === 'requirements.ts' ? -1 : b === 'requirements.ts' ? 1 : a.localeCompare(b)));
  for (const f of files) {
    const m = /MIN_EXCEL_API\s*(?::\s*[\w.'"|\s]+)?=\s*['"](\d+\.\d+)['"]/.exec(readFileSync(path.join(excelDir, f), 'utf8'));
    if (m) return { version: m[1], file: path.relative(REPO, path.join(excelDir, f)) };
  }
  return null;
}

/** Width and height from a PNG's IHDR chunk, or null if the file is not a PNG. */
export function pngSize(file) {
  const b = readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (b.length < 24 || b.subarray(0, 8).toString('hex') !== signature || b.subarray(12, 16).toString('ascii') !== 'IHDR') {
    return null;
  }
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const asArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const kids = (node, name) => (node && typeof node === 'object' ? asArray(node[name]) : []);
const kid = (node, name) => kids(node, name)[0];
const attr = (node, name) => (node && typeof node === 'object' ? node[`@_${name}`] : undefined);
const text = (node) => (node === undefined || node === null ? '' : typeof node === 'object' ? String(node['#text'] ?? '') : String(node)).trim();

/** Every element in the tree, with its name, depth-first. */
function* walk(node, name = '') {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) yield* walk(n, name);
    return;
  }
  yield { name, node };
  for (const [k, v] of Object.entries(node)) if (!k.startsWith('@_') && k !== '#text') yield* walk(v, k);
}

/** Checks one manifest; returns the list of problems (empty when it passes). */
export function validateManifest(xml, { root = REPO, minExcelApi } = {}) {
  const problems = [];
  const fail = (msg) => problems.push(msg);

  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, trimValues: true }).parse(xml);

  const app = doc.OfficeApp;
  if (!app) return ['root element must be OfficeApp'];
  if (attr(app, 'xmlns') !== 'http://schemas.microsoft.com/office/appforoffice/1.1') {
    fail('OfficeApp must be in the namespace http://schemas.microsoft.com/office/appforoffice/1.1');
  }
  if (attr(app, 'xsi:type') !== 'TaskPaneApp') fail(`OfficeApp xsi:type must be "TaskPaneApp" (is "${attr(app, 'xsi:type') ?? ''}")`);

  const id = text(kid(app, 'Id'));
  if (!GUID.test(id)) fail(`Id must be a GUID (is "${id}")`);
  const version = text(kid(app, 'Version'));
  if (!VERSION.test(version)) fail(`Version must be n.n.n.n (is "${version}")`);
  const locale = text(kid(app, 'DefaultLocale'));
  if (!LOCALE.test(locale)) fail(`DefaultLocale must be a culture name such as en-US (is "${locale}")`);
  const provider = text(kid(app, 'ProviderName'));
  if (!provider) fail('ProviderName is missing');
  else if (provider.length > LIMITS.providerName) fail(`ProviderName is longer than ${LIMITS.providerName} characters`);

  const lengthCheck = (el, label, max) => {
    const node = kid(app, el);
    const values = [attr(node, 'DefaultValue'), ...kids(node, 'Override').map((o) => attr(o, 'Value'))];
    if (!node || !values[0] || !String(values[0]).trim()) fail(`${label} is missing (DefaultValue)`);
    for (const v of values) if (v && v.length > max) fail(`${label} is ${v.length} characters; the limit is ${max}: "${v.slice(0, 40)}…"`);
  };
  lengthCheck('DisplayName', 'DisplayName', LIMITS.displayName);
  lengthCheck('Description', 'Description', LIMITS.description);

  // Every URL in the manifest must be https.
  const urls = [];
  for (const { name, node } of walk(app, 'OfficeApp')) {
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('@_xmlns')) continue; // namespace names, not locations
      if (typeof v === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(v.trim())) urls.push({ where: `${name} ${k.replace(/^@_/, '@')}`, url: v.trim() });
    }
    const t = text(node);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) urls.push({ where: name, url: t });
  }
  for (const { where, url } of urls) if (!/^https:\/\//i.test(url)) fail(`${where}: URL must be https: ${url}`);

  // Hosts, permissions, requirements.
  const hosts = kids(kid(app, 'Hosts'), 'Host').map((h) => attr(h, 'Name'));
  if (!hosts.includes('Workbook')) fail(`Hosts must contain Workbook (has ${hosts.join(', ') || 'none'})`);
  const permissions = text(kid(app, 'Permissions'));
  if (permissions !== 'ReadWriteDocument') fail(`Permissions must be ReadWriteDocument (is "${permissions}")`);
  const sets = kids(kid(kid(app, 'Requirements'), 'Sets'), 'Set');
  const excelSet = sets.find((s) => attr(s, 'Name') === 'ExcelApi');
  let expected = minExcelApi ? { version: minExcelApi, file: '--min-excel-api' } : findMinExcelApi();
  if (!excelSet) fail('Requirements must have <Set Name="ExcelApi" MinVersion="…"/>');
  else if (!expected) fail('MIN_EXCEL_API not found in src/excel/*.ts (expected `export const MIN_EXCEL_API = \'1.x\'`)');
  else if (attr(excelSet, 'MinVersion') !== expected.version) {
    fail(`Requirements ExcelApi MinVersion is ${attr(excelSet, 'MinVersion')} but the code's MIN_EXCEL_API is ${expected.version} (${expected.file})`);
  }

  // Source location, and the origins the pane loads from.
  const source = attr(kid(kid(app, 'DefaultSettings'), 'SourceLocation'), 'DefaultValue');
  let sourceOrigin = null;
  try {
    sourceOrigin = new URL(source).origin;
  } catch {
    fail(`DefaultSettings SourceLocation is missing or not a URL ("${source ?? ''}")`);
  }
  const appDomains = kids(kid(app, 'AppDomains'), 'AppDomain').map((d) => text(d));
  const domainOrigins = new Set(
    appDomains.flatMap((d) => {
      try {
        return [new URL(/^[a-z]+:\/\//i.test(d) ? d : `https://${d}`).origin];
      } catch {
        fail(`AppDomain is not a valid domain: "${d}"`);
        return [];
      }
    }),
  );

  // VersionOverrides: every resid refers to a resource of the right kind, ids are unique and short.
  const overrides = kid(app, 'VersionOverrides');
  const taskpaneUrls = [];
  if (!overrides) {
    fail('VersionOverrides is missing (the ribbon button needs it)');
  } else {
    const resources = kid(overrides, 'Resources');
    const table = { image: new Map(), url: new Map(), short: new Map(), long: new Map() };
    const collect = (kind, group, item) => {
      for (const r of kids(kid(resources, group), item)) {
        const rid = attr(r, 'id');
        const value = attr(r, 'DefaultValue') ?? '';
        if (!rid) fail(`${group}: a resource has no id`);
        else {
          const all = Object.values(table).some((m) => m.has(rid));
          if (all) fail(`resource id "${rid}" is defined twice`);
          if (rid.length > LIMITS.resid) fail(`resource id "${rid}" is longer than ${LIMITS.resid} characters`);
          table[kind].set(rid, value);
        }
        if (kind === 'short' && value.length > LIMITS.shortString) fail(`ShortString "${rid}" is longer than ${LIMITS.shortString} characters`);
        if (kind === 'long' && value.length > LIMITS.longString) fail(`LongString "${rid}" is longer than ${LIMITS.longString} characters`);
      }
    };
    collect('image', 'bt:Images', 'bt:Image');
    collect('url', 'bt:Urls', 'bt:Url');
    collect('short', 'bt:ShortStrings', 'bt:String');
    collect('long', 'bt:LongStrings', 'bt:String');

    const kindFor = (el, parent) => {
      if (el === 'bt:Image') return 'image';
      if (el === 'SourceLocation' || el === 'FunctionFile' || el === 'LearnMoreUrl') return 'url';
      if (el === 'Label' || el === 'Title') return 'short';
      if (el === 'Description') return 'long';
      return parent;
    };
    let referenced = 0;
    let hasShowTaskpane = false;
    for (const { name, node } of walk(kid(overrides, 'Hosts'), 'Hosts')) {
      if (name === 'Action' && attr(node, 'xsi:type') === 'ShowTaskpane') hasShowTaskpane = true;
      const rid = attr(node, 'resid');
      if (rid === undefined) continue;
      referenced++;
      const kind = kindFor(name, null);
      const found = Object.entries(table).find(([, m]) => m.has(rid));
      if (!found) fail(`${name} refers to resid "${rid}", which Resources does not define`);
      else if (kind && found[0] !== kind) fail(`${name} refers to resid "${rid}", a ${found[0]} resource; it needs a ${kind} resource`);
      else if (name === 'SourceLocation' || name === 'FunctionFile') taskpaneUrls.push({ where: `${name} ${rid}`, url: table.url.get(rid) });
    }
    if (referenced === 0) fail('VersionOverrides refers to no resources');
    if (!hasShowTaskpane) fail('VersionOverrides has no ShowTaskpane button');
    const workbookHost = kids(kid(overrides, 'Hosts'), 'Host').find((h) => attr(h, 'xsi:type') === 'Workbook');
    if (!workbookHost) fail('VersionOverrides has no Host xsi:type="Workbook"');

    // Icons: each bt:Image of size N used in the ribbon must be an N×N PNG.
    for (const { name, node } of walk(kid(overrides, 'Hosts'), 'Hosts')) {
      if (name !== 'bt:Image') continue;
      const size = Number(attr(node, 'size'));
      const url = table.image.get(attr(node, 'resid'));
      if (url) checkIcon(`bt:Image ${attr(node, 'resid')}`, url, size);
    }
  }

  for (const { where, url } of [{ where: 'DefaultSettings SourceLocation', url: source }, ...taskpaneUrls]) {
    if (!url || !sourceOrigin) continue;
    let origin;
    try {
      origin = new URL(url).origin;
    } catch {
      fail(`${where}: not a URL ("${url}")`);
      continue;
    }
    if (origin !== sourceOrigin && !domainOrigins.has(origin)) fail(`${where}: ${origin} is neither the pane's origin nor in AppDomains`);
  }

  checkIcon('IconUrl', attr(kid(app, 'IconUrl'), 'DefaultValue'), 32);
  const hiRes = attr(kid(app, 'HighResolutionIconUrl'), 'DefaultValue');
  if (hiRes) checkIcon('HighResolutionIconUrl', hiRes, 64);
  if (!attr(kid(app, 'SupportUrl'), 'DefaultValue')) fail('SupportUrl is missing');

  function checkIcon(where, url, size) {
    if (!url) return fail(`${where}: no URL`);
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(url).pathname);
    } catch {
      return fail(`${where}: not a URL ("${url}")`);
    }
    const file = path.join(root, pathname.replace(/^\/+/, ''));
    if (!existsSync(file)) return fail(`${where}: ${url} → ${path.relative(process.cwd(), file) || file} does not exist`);
    const dims = pngSize(file);
    if (!dims) return fail(`${where}: ${path.basename(file)} is not a PNG`);
    if (dims.width !== size || dims.height !== size) fail(`${where}: ${path.basename(file)} is ${dims.width}×${dims.height}; it must be ${size}×${size}`);
  }

  return problems;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.manifest)) {
    console.error(`validate-manifest: ${args.manifest} not found`);
    process.exit(2);
  }
  const problems = validateManifest(readFileSync(args.manifest, 'utf8'), { root: args.root, minExcelApi: args.minExcelApi });
  const name = path.relative(process.cwd(), args.manifest) || args.manifest;
  if (problems.length) {
    console.error(`${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'} (offline check)`);
    for (const p of problems) console.error(`  ✗ ${p}`);
    process.exit(1);
  }
  console.log(`${name}: OK (offline check: structure, URLs, icons, requirement set, resources)`);
}
