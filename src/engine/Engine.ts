import type { CatalogRow } from './catalog/CatalogRow';
import { completeRow } from './completeRow';
import { determineCore } from './determineCore';
import type { Determination } from './Determination';
import type { LicenseCore } from './LicenseCore';
import { PackIndex } from './pack/PackIndex';
import type { PackMeta, RulesPack } from './pack/RulesPack';

/**
 * Distinct ECCN × destination spellings memoized at most (bounds memory on huge files). Past it,
 * new pairs are computed each time: a file with that many distinct pairs gains little from a memo.
 */
const CORE_MEMO_LIMIT = 20_000;

/**
 * The rule engine: built once per rules pack (indexes are made here, not per row), then asked
 * for a determination row by row. Pure: no I/O, no globals. Catalogs repeat the same ECCN and
 * destination thousands of times, so the pair's determination is computed once and memoized.
 */
export class Engine {
  private readonly index: PackIndex;
  /** ECCN text → destination text → core: two small look-ups, no key string built per row. */
  private readonly cores = new Map<string, Map<string, LicenseCore>>();
  private memoized = 0;

  constructor(pack: RulesPack) {
    this.index = new PackIndex(pack);
  }

  get meta(): PackMeta {
    return this.index.pack.meta;
  }

  get pack(): RulesPack {
    return this.index.pack;
  }

  determine(row: CatalogRow): Determination {
    return completeRow(this.coreFor(row), row);
  }

  determineAll(rows: readonly CatalogRow[]): Determination[] {
    return rows.map((r) => this.determine(r));
  }

  private coreFor(row: CatalogRow): LicenseCore {
    const eccn = row.eccn ?? '';
    const destination = row.destination ?? '';
    let byDestination = this.cores.get(eccn);
    let core = byDestination?.get(destination);
    if (!core) {
      core = determineCore(row, this.index);
      if (this.memoized < CORE_MEMO_LIMIT) {
        if (!byDestination) this.cores.set(eccn, (byDestination = new Map()));
        byDestination.set(destination, core);
        this.memoized++;
      }
    }
    return core;
  }
}
