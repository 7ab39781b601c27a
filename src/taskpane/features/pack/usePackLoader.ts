import { useCallback, useState } from 'react';
import type { PackMeta } from '../../../engine';
import type { EngineClient } from '../../services/ports';

export type PackLoadState =
  | { kind: 'idle' }
  | { kind: 'loading'; fileName: string }
  | { kind: 'loaded'; fileName: string; meta: PackMeta }
  | { kind: 'refused'; fileName: string; reason: string };

/**
 * Loads a user-supplied rules pack into the engine. The worker validates it (schema, sha256,
 * cross-references) before switching; a refused pack leaves the current one in use.
 */
export function usePackLoader(engine: EngineClient, onLoaded: (meta: PackMeta) => void) {
  const [state, setState] = useState<PackLoadState>({ kind: 'idle' });
  const load = useCallback(
    async (file: File) => {
      setState({ kind: 'loading', fileName: file.name });
      try {
        const meta = await engine.loadPack(await file.text());
        setState({ kind: 'loaded', fileName: file.name, meta });
        onLoaded(meta);
      } catch (error) {
        setState({ kind: 'refused', fileName: file.name, reason: error instanceof Error ? error.message : String(error) });
      }
    },
    [engine, onLoaded],
  );
  return { state, load };
}
