import type { CatalogRow, PackMeta } from '../../../engine';
import type { MatrixCell, MatrixSheetRequest } from '../../../excel/matrixSheet';
import type { DestinationChoices } from '../../services/ports';

/** The destinations chosen one by one plus every member of the chosen Country Groups, in name order, once each. */
export function expandDestinations(choices: DestinationChoices, names: readonly string[], groupIds: readonly string[]): string[] {
  const byCode = new Map(choices.destinations.map((d) => [d.code, d.name]));
  const out = new Set(names);
  for (const g of choices.groups) {
    if (!groupIds.includes(g.id)) continue;
    for (const code of g.members) {
      const name = byCode.get(code);
      if (name) out.add(name);
    }
  }
  return [...out].sort((a, b) => a.localeCompare(b));
}

export function matrixRequest(rows: readonly CatalogRow[], destinations: string[], cells: MatrixCell[][], meta: PackMeta | null, now: string): MatrixSheetRequest {
  return {
    title: 'EARmark — catalog × destination matrix',
    subtitle: [
      `Rules pack ${meta?.version ?? '?'} · effective ${meta?.effectiveDate ?? '?'} · made ${now.slice(0, 16).replace('T', ' ')} UTC`,
      'NLR = no licence required on the CCL and Country Chart only (end-user, end-use and party checks still apply) · LIC = licence required (reasons) · EMB = embargo · ? = not determined',
    ],
    labelHeaders: ['Row', 'Part Number', 'ECCN'],
    destinations,
    products: rows.map((r, i) => ({ labels: [String(r.row), r.partNumber ?? '', r.overrideEccn || r.eccn || ''], cells: cells[i] })),
  };
}
