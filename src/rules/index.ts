/** The rules pack: schema, loader, the bundled EAR facts. */
export { bundledPack } from './bundledPack';
export { loadPack } from './loadPack';
export { PackError } from './PackError';
export { rulesPackSchema } from './schema';
export { canonicalJson } from './canonicalJson';
export { normalizeName } from './normalizeName';
export { checkIntegrity } from './checkIntegrity';
