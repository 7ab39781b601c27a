/**
 * The key two destination names are compared by. The pack promises that no two destinations share
 * a key (see checkIntegrity) and the engine relies on it, so both use the engine's one definition.
 */
export { normalizeName } from '../engine/destination/normalizeName';
