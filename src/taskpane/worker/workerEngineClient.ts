import { wrap, releaseProxy, type Remote } from 'comlink';
import type { EngineClient } from '../services/ports';
import type { EngineApi } from './engineApi';

/**
 * The engine, running in a Web Worker so that classifying thousands of rows never freezes
 * Excel's pane. Only the entry point imports this file (import.meta.url is bundler-only).
 */
export function createWorkerEngineClient(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'earmark-engine' });
  const remote: Remote<EngineApi> = wrap<EngineApi>(worker);
  return {
    meta: () => remote.meta(),
    determine: (rows) => remote.determine(rows),
    destinations: () => remote.destinations(),
    matrix: (rows, destinations) => remote.matrix(rows, destinations),
    loadPack: (json) => remote.loadPack(json),
    setScreening: (list, decisions) => remote.setScreening(list, decisions),
    pack: () => remote.pack(),
    dispose: () => {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}
