import { Engine, type CatalogRow, type Determination, type PackMeta, type RulesPack } from '../../engine';

/** What the engine worker exposes over comlink. Kept free of worker globals so it can be tested directly. */
export interface EngineApi {
  meta(): PackMeta;
  determine(rows: CatalogRow[]): Determination[];
}

/** The engine is built once (its indexes are the expensive part), on first use. */
export function createEngineApi(loadPack: () => RulesPack): EngineApi {
  let engine: Engine | null = null;
  const get = () => (engine ??= new Engine(loadPack()));
  return {
    meta: () => get().meta,
    determine: (rows) => get().determineAll(rows),
  };
}
