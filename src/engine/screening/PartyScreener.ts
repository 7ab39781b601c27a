import type { CatalogRow } from '../catalog/CatalogRow';
import type { Determination } from '../Determination';

/**
 * Screens a row's parties (end user, consignee) and end use, folding what it finds into the
 * determination (Part 744, General Prohibitions 4–10). Returns a new determination.
 */
export interface PartyScreener {
  apply(determination: Determination, row: CatalogRow): Determination;
}
