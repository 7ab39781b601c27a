import type { CatalogRow } from './catalog/CatalogRow';
import type { ItemIdentity } from './classify/ItemIdentity';

/**
 * A reviewer's Override ECCN wins over every classifier: it is a human decision recorded in the
 * workbook, so the Engine applies it before asking any ItemClassifier (input or rule-based). That
 * way a classifier never has to know about overrides, and none can forget to honour one.
 */
export function overrideIdentity(row: CatalogRow): ItemIdentity | null {
  const override = row.overrideEccn?.trim();
  if (!override) return null;
  const entered = row.eccn ? ` (the catalog says ${row.eccn})` : '';
  return {
    eccn: override,
    source: 'override',
    basis: [`ECCN ${override} is a reviewer's override${entered}.`],
    warnings: [],
    citations: [],
  };
}
