import { openDB, type DBSchema } from 'idb';
import type { ScreeningList } from '../../../engine';

/** The list as the pane keeps it on the user's machine: the list itself and where it came from. */
export interface StoredScreeningList {
  fileName: string;
  /** ISO 8601: when the list was published (the JSON's own date, or the file's last-modified time). */
  fileDate: string | null;
  /** ISO 8601: when the user loaded it into EARmark. */
  importedAt: string;
  list: ScreeningList;
}

/**
 * Where the pane keeps the one current list. An interface so the panel can be tested (and run
 * where IndexedDB is unavailable) with an in-memory store.
 */
export interface ScreeningListStore {
  load(): Promise<StoredScreeningList | null>;
  save(stored: StoredScreeningList): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'earmark-screening';
const STORE = 'lists';
/** One list at a time: loading a new file replaces it. */
const CURRENT = 'current';

interface ScreeningDb extends DBSchema {
  lists: { key: string; value: StoredScreeningList };
}

/**
 * The list in IndexedDB (per origin, on this machine): a list of 25,000 entries is several MB,
 * too much for workbook settings or localStorage, and it belongs to the user, not the workbook.
 */
export function indexedDbScreeningListStore(): ScreeningListStore {
  const db = () =>
    openDB<ScreeningDb>(DB_NAME, 1, {
      upgrade(database) {
        database.createObjectStore(STORE);
      },
    });
  return {
    async load() {
      return (await (await db()).get(STORE, CURRENT)) ?? null;
    },
    async save(stored) {
      await (await db()).put(STORE, stored, CURRENT);
    },
    async clear() {
      await (await db()).delete(STORE, CURRENT);
    },
  };
}

/** A store in memory (tests; a host without IndexedDB, where the list lasts for the session). */
export function memoryScreeningListStore(initial: StoredScreeningList | null = null): ScreeningListStore {
  let current = initial;
  return {
    load: async () => current,
    save: async (stored) => {
      current = stored;
    },
    clear: async () => {
      current = null;
    },
  };
}
