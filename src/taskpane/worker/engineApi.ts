import {
  Engine,
  ListScreener,
  type CatalogRow,
  type Determination,
  type PackMeta,
  type RulesPack,
  type ScreeningDecision,
  type ScreeningList,
} from '../../engine';
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
  /**
   * Screens with this list (null: none loaded) and these reviewer decisions from now on. The list's
   * index is built once per list and set of decisions, not per run.
   */
  setScreening(list: ScreeningList | null, decisions: ScreeningDecision[]): void;
  /** The pack in use (bundled or loaded), for the CCL look-up, which searches it in the pane. */
  pack(): RulesPack;
}

/** The engine is built once (its indexes are the expensive part), on first use. */
export function createEngineApi(bundled: () => RulesPack, validate: (input: unknown) => RulesPack): EngineApi {
  let pack: RulesPack | null = null;
  let screening: { list: ScreeningList; decisions: ScreeningDecision[] } | null = null;
  let screeningKey = '';
  let engine: Engine | null = null;
  const build = (p: RulesPack) =>
    new Engine(p, screening ? { screener: new ListScreener(screening.list, { destinations: p.destinations, decisions: screening.decisions }) } : {});
  const get = () => (engine ??= build((pack ??= bundled())));
  return {
    meta: () => get().meta,
    pack: () => get().pack,
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
      const nextPack = validate(parsed); // throws before anything is replaced
      pack = nextPack;
      engine = build(nextPack);
      return engine.meta;
    },
    setScreening: (list, decisions) => {
      const key = list ? screeningKeyOf(list, decisions) : '';
      if (key === screeningKey) return;
      screeningKey = key;
      screening = list ? { list, decisions } : null;
      engine = null; // rebuilt on next use, with the new screener
    },
  };
}

/** Identifies a list and its decisions cheaply, so an unchanged list is not indexed again. */
function screeningKeyOf(list: ScreeningList, decisions: readonly ScreeningDecision[]): string {
  const first = list.entries[0]?.id ?? '';
  const last = list.entries[list.entries.length - 1]?.id ?? '';
  return `${list.fileDate}|${list.entries.length}|${first}|${last}|${JSON.stringify(decisions)}`;
}
