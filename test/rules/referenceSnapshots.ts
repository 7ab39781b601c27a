/**
 * Access to the reference snapshots in ../shared/reference (CI always has them; a user's clone
 * does not). Everything the conformance tests assert comes from these files, never from the pack.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Destination, RulesPack } from '../../src/engine/pack/RulesPack';
import { normalizeName } from '../../src/rules/normalizeName';

export const REFERENCE_DIR = path.resolve(__dirname, '../../../shared/reference');
export const referencePresent = existsSync(path.join(REFERENCE_DIR, 'country_chart_2026-07-23.json'));

export function readReference<T = any>(file: string): T {
  return JSON.parse(readFileSync(path.join(REFERENCE_DIR, file), 'utf8')) as T;
}

/** The spelling typo in the Part 740 table ("Cote d'lvoire", lowercase L). */
const SOURCE_TYPOS: Record<string, string> = { "Cote d'lvoire": "Cote d'Ivoire" };

/** Finds the pack destination a snapshot's country name means (by name or alias). */
export function destinationNamed(pack: RulesPack, name: string): Destination | undefined {
  const key = normalizeName(SOURCE_TYPOS[name] ?? name);
  return pack.destinations.find((d) => [d.name, ...d.aliases].some((n) => normalizeName(n) === key));
}

/** `ECCN|field` pairs listed in docs/rules-divergences.md — the only differences excused. */
export function listedDivergences(): Set<string> {
  const doc = readFileSync(path.resolve(__dirname, '../../docs/rules-divergences.md'), 'utf8');
  const table = doc.split('<!-- divergences:start -->')[1]?.split('<!-- divergences:end -->')[0] ?? '';
  const out = new Set<string>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (/^\d[A-E]\d{3}$/.test(cells[1] ?? '')) out.add(`${cells[1]}|${cells[2]}`);
  }
  return out;
}

/** "NS Column 1." (or "RS Column 1, See § …") → "NS1"; null for cells that do not start with a column. */
export function columnOf(cell: string): string | null {
  const m = cell.trim().match(/^([A-Z]{2})\s+Column\s+(\d)\b/);
  return m ? `${m[1]}${m[2]}` : null;
}

/** Dollar amounts in an LVS text ("$1,500; N/A for NP" → [1500]). */
export function dollarAmounts(text: string): number[] {
  return [...text.matchAll(/\$\s?([\d,]+)/g)].map((m) => Number(m[1].replace(/,/g, '')));
}
