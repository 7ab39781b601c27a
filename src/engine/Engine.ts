import type { CatalogRow } from './catalog/CatalogRow';
import { InputEccnClassifier } from './classify/InputEccnClassifier';
import { MemoizedClassifier } from './classify/MemoizedClassifier';
import { RuleClassifier } from './classify/RuleClassifier';
import { overrideIdentity } from './overrideIdentity';
import type { ItemClassifier } from './classify/ItemIdentity';
import { NoScreeningList } from './screening/NoScreeningList';
import type { PartyScreener } from './screening/PartyScreener';
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

export interface EngineOptions {
  /**
   * Decides the ECCN each row is determined against. Default: the pack's classification rules
   * when it has them (the analyst's ECCN is kept and checked), else the analyst's ECCN as written.
   */
  classifier?: ItemClassifier;
  /** Screens parties and end uses (default: none loaded, reported as not performed). */
  screener?: PartyScreener;
}

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

  private readonly classifier: ItemClassifier;
  private readonly screener: PartyScreener;

  constructor(pack: RulesPack, options: EngineOptions = {}) {
    this.index = new PackIndex(pack);
    // Classification reads each row's words, so it runs per row; only the ECCN it settles on
    // reaches the memoized ECCN × destination core below.
    this.classifier =
      options.classifier ?? (pack.classification ? new MemoizedClassifier(new RuleClassifier(pack)) : new InputEccnClassifier());
    this.screener = options.screener ?? new NoScreeningList(pack.destinations);
  }

  get meta(): PackMeta {
    return this.index.pack.meta;
  }

  get pack(): RulesPack {
    return this.index.pack;
  }

  /** Override or classification → licensing (memoized per ECCN × destination) → row specifics → screening. */
  determine(row: CatalogRow): Determination {
    const identity = overrideIdentity(row) ?? this.classifier.identify(row);
    const determination = completeRow(this.coreFor(identity.eccn, row.destination), row, identity);
    return this.screener.apply(determination, row);
  }

  determineAll(rows: readonly CatalogRow[]): Determination[] {
    return rows.map((r) => this.determine(r));
  }

  private coreFor(eccnText: string | null, destinationText: string | null): LicenseCore {
    const eccn = eccnText ?? '';
    const destination = destinationText ?? '';
    let byDestination = this.cores.get(eccn);
    let core = byDestination?.get(destination);
    if (!core) {
      core = determineCore({ eccn: eccnText, destination: destinationText }, this.index);
      if (this.memoized < CORE_MEMO_LIMIT) {
        if (!byDestination) this.cores.set(eccn, (byDestination = new Map()));
        byDestination.set(destination, core);
        this.memoized++;
      }
    }
    return core;
  }
}
