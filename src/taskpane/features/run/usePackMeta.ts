import { useEffect, useState } from 'react';
import type { PackMeta } from '../../../engine';
import type { EngineClient } from '../../services/ports';

/** The rules pack's metadata, asked of the engine (the worker holds the pack, the pane does not). */
export function usePackMeta(engine: EngineClient): { meta: PackMeta | null; error: string | null } {
  const [meta, setMeta] = useState<PackMeta | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    engine.meta().then(
      (m) => live && setMeta(m),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [engine]);
  return { meta, error };
}
