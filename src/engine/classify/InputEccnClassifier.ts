import type { CatalogRow } from '../catalog/CatalogRow';
import type { ItemClassifier, ItemIdentity } from './ItemIdentity';

/** Uses the analyst's ECCN as written and proposes nothing: the engine's behaviour without classification rules. */
export class InputEccnClassifier implements ItemClassifier {
  identify(row: CatalogRow): ItemIdentity {
    return { eccn: row.eccn, source: row.eccn ? 'input' : 'none', basis: [], warnings: [], citations: [] };
  }
}
