// Writes docs/rules-divergences.md: the hand-written preamble plus one table row per deliberate
// difference between the pack and the snapshots. The conformance tests parse this table, so its
// columns are fixed: ECCN | field | snapshot | pack | why | citation.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

const START = '<!-- divergences:start -->';
const END = '<!-- divergences:end -->';
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const rowText = (r) => `${r.reason} ${r.destinations.kind === 'column' ? r.destinations.column : r.destinations.kind}`;

function describe(field, ref, entry) {
  if (!ref && !entry) return ['—', '—'];
  switch (field) {
    case 'reasons': return [ref?.fromText2025 ? '(absent)' : ref?.reasonForControl ?? 'null', entry.reasons.join(', ')];
    case 'rows': return [ref?.countryChart?.length ? ref.countryChart.map((r) => `${(r.control ?? '').slice(0, 3).trim()} → ${(r.countryChart ?? '').slice(0, 24)}`).join('; ') : 'no rows', entry.licenseRequirements.map(rowText).join('; ')];
    case 'flags': return [Object.keys(ref?.licenceExceptionFlags ?? {}).length ? Object.keys(ref.licenceExceptionFlags).join(', ') : 'no flags', [...new Set(entry.exceptions.map((x) => x.symbol))].join(', ')];
    case 'lvs': return [ref?.licenceExceptionFlags?.LVS ? ref.licenceExceptionFlags.LVS.slice(0, 40) : 'no LVS', entry.exceptions.filter((x) => x.symbol === 'LVS').map((x) => (x.valueLimitUsd ? `$${x.valueLimitUsd}` : 'N/A')).join(', ')];
    case 'entry': return ['(absent)', `${entry.reasons.join(', ')}; ${entry.licenseRequirements.length} rows`];
    default: return ['?', '?'];
  }
}

export function writeDivergencesDoc(path, divergences, refByEccn, packByEccn) {
  const lines = ['| ECCN | field | snapshot | pack | why | citation |', '| --- | --- | --- | --- | --- | --- |'];
  for (const d of divergences) {
    const [snap, pack] = describe(d.field, refByEccn.get(d.eccn), packByEccn.get(d.eccn));
    lines.push(`| ${d.eccn} | ${d.field} | ${cell(snap)} | ${cell(pack)} | ${cell(d.why)} | ${cell(d.cite)} |`);
  }
  const table = `${START}\n${lines.join('\n')}\n${END}`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Rules pack: deliberate differences from the reference snapshots\n\n${START}\n${END}\n`;
  const next = current.includes(START) ? current.replace(new RegExp(`${START}[\\s\\S]*${END}`), table) : `${current}\n${table}\n`;
  writeFileSync(path, next);
}
