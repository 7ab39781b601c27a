import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Hex sha256 of a string's UTF-8 bytes. @noble/hashes rather than Node's `crypto` because the
 * loader runs in the task pane, in web workers and in the CLI alike.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
