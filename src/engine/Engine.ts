import type { CatalogRow } from './catalog/CatalogRow';
import type { Determination } from './Determination';
import type { PackMeta, RulesPack } from './pack/RulesPack';
import { determineRow } from './determineRow';
import { PackIndex } from './pack/PackIndex';

/**
 * The rule engine: built once per rules pack (indexes are made here, not per row),
 * then asked for a determination row by row. Pure: no I/O, no globals.
 */
export class Engine {
  private readonly index: PackIndex;

  constructor(pack: RulesPack) {
    this.index = new PackIndex(pack);
  }

  get meta(): PackMeta {
    return this.index.pack.meta;
  }

  determine(row: CatalogRow): Determination {
    return determineRow(row, this.index);
  }

  determineAll(rows: readonly CatalogRow[]): Determination[] {
    return rows.map((r) => determineRow(r, this.index));
  }
}
