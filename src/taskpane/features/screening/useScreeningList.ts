import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScreeningList } from '../../../engine';
import { importScreeningList, ScreeningListError } from '../../../rules/screening';
import type { ScreeningListStore, StoredScreeningList } from './screeningListStore';

export interface ScreeningListState {
  /** 'loading' until the store has answered. */
  status: 'loading' | 'ready';
  /** The list in use; null when none is loaded (screening is then reported as not performed). */
  current: StoredScreeningList | null;
  /** Why the last file was refused (the previous list stays in use), or null. */
  error: string | null;
  busy: boolean;
  importFile(file: File): Promise<void>;
  clear(): Promise<void>;
}

/** File text; FileReader where Blob.text is missing (older WebViews). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/**
 * The screening list the pane uses: read from the store on mount, replaced by a file the user
 * picks (validated first: a refused file leaves the previous list in use), cleared on request.
 * `onChange` hears every change of the list in use, for the run to build its ListScreener.
 */
export function useScreeningList(store: ScreeningListStore, onChange?: (list: ScreeningList | null) => void, now: () => Date = () => new Date()): ScreeningListState {
  const [current, setCurrent] = useState<StoredScreeningList | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready'>('loading');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    let live = true;
    store
      .load()
      .then((stored) => {
        if (!live) return;
        setCurrent(stored);
        onChangeRef.current?.(stored?.list ?? null);
      })
      .catch((err: unknown) => live && setError(`The saved screening list could not be read: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => live && setStatus('ready'));
    return () => {
      live = false;
    };
  }, [store]);

  const importFile = useCallback(
    async (file: File) => {
      setBusy(true);
      setError(null);
      try {
        const modified = Number.isFinite(file.lastModified) && file.lastModified > 0 ? new Date(file.lastModified).toISOString() : null;
        const list = importScreeningList(file.name, await readText(file), modified);
        const stored: StoredScreeningList = { fileName: file.name, fileDate: list.fileDate, importedAt: now().toISOString(), list };
        await store.save(stored);
        setCurrent(stored);
        onChangeRef.current?.(list);
      } catch (err) {
        const why = err instanceof ScreeningListError || err instanceof Error ? err.message : String(err);
        setError(`${file.name} was not loaded: ${why}`);
      } finally {
        setBusy(false);
      }
    },
    [store, now],
  );

  const clear = useCallback(async () => {
    await store.clear();
    setCurrent(null);
    setError(null);
    onChangeRef.current?.(null);
  }, [store]);

  return { status, current, error, busy, importFile, clear };
}
