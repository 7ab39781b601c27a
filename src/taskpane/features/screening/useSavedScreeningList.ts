import { useEffect, useMemo, useState } from 'react';
import type { ScreeningList } from '../../../engine';
import { indexedDbScreeningListStore, type ScreeningListStore } from './screeningListStore';

/**
 * The screening list the runs use: read from this machine's store when the pane opens (so a run
 * screens without the Screening tab ever being opened), and replaced when the user loads or clears
 * one there. A store that cannot be read (no IndexedDB) means no list: the pane still classifies,
 * and rows say screening was not performed.
 */
export function useSavedScreeningList(injected?: ScreeningListStore) {
  const store = useMemo(() => injected ?? indexedDbScreeningListStore(), [injected]);
  const [list, setList] = useState<ScreeningList | null>(null);
  useEffect(() => {
    let live = true;
    store.load().then(
      (saved) => live && setList((current) => current ?? saved?.list ?? null),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [store]);
  return { store, list, setList };
}
