/**
 * @noble/hashes is ESM-only and the project's jest config does not transform node_modules, so
 * under jest (Node 20) requiring it fails. Until jest.config.js lets @noble through
 * (transformIgnorePatterns), fall back to Node's crypto for the same sha256 — tests only; the
 * shipped loader always uses @noble/hashes. Import this file before anything from src/rules.
 */
import { createHash } from 'node:crypto';

jest.mock('@noble/hashes/sha2.js', () => {
  try {
    return jest.requireActual('@noble/hashes/sha2.js');
  } catch {
    return { sha256: (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest()) };
  }
});
jest.mock('@noble/hashes/utils.js', () => {
  try {
    return jest.requireActual('@noble/hashes/utils.js');
  } catch {
    return {
      utf8ToBytes: (s: string) => new Uint8Array(Buffer.from(s, 'utf8')),
      bytesToHex: (b: Uint8Array) => Buffer.from(b).toString('hex'),
    };
  }
});
