import { Engine, type CatalogRow, type Determination, type PackMeta, type RulesPack } from '../../engine';
import type { MatrixCell } from '../../excel/matrixSheet';
import type { DestinationChoices } from '../services/ports';
import { matrixCellOf } from './matrixCell';

/** What the engine worker exposes over comlink. Kept free of worker globals so it can be tested directly. */
export interface EngineApi {
  meta(): PackMeta;
  determine(rows: CatalogRow[]): Determination[];
  /**
   * Replaces the rules pack with one the user supplied (JSON text). The pack is validated first;
   * a refused pack throws with the loader's message and the current pack stays in use.
   */
  loadPack(json: string): PackMeta;
  destinations(): DestinationChoices;
  matrix(rows: CatalogRow[], destinations: string[]): MatrixCell[][];
}

/** The engine is built once (its indexes are the expensive part), on first use. */
export function createEngineApi(bundled: () => RulesPack, validate: (input: unknown) => RulesPack): EngineApi {
  let engine: Engine | null = null;
  const get = () => (engine ??= new Engine(bundled()));
  return {
    meta: () => get().meta,
    determine: (rows) => get().determineAll(rows),
    destinations: () => {
      const pack = get().pack;
      return {
        destinations: pack.destinations.map((d) => ({ code: d.code, name: d.name })).sort((a, b) => a.name.localeCompare(b.name)),
        groups: pack.countryGroups.map((g) => ({ id: g.id, title: g.title, members: [...g.members] })),
      };
    },
    // Only the compact cells cross back to the pane: 50 destinations × a catalog of full
    // determinations would be a large message; the engine's ECCN × destination memo does the rest.
    matrix: (rows, destinations) => {
      const engine = get();
      return rows.map((row) => destinations.map((destination) => matrixCellOf(engine.determine({ ...row, destination }))));
    },
    loadPack: (json) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch {
        throw new Error('The file is not JSON, so it cannot be a rules pack.');
      }
      const next = new Engine(validate(parsed)); // throws before anything is replaced
      engine = next;
      return next.meta;
    },
  };
}
