import type { ScreeningEntry } from './ScreeningList';

/**
 * A short hash of what a list entry says (names, list, countries, citation, licence terms). A
 * reviewer's false-positive decision holds for the entry as it was when decided; when the agency
 * amends the entry, the fingerprint changes and the decision no longer suppresses the hit.
 * FNV-1a (two 32-bit lanes): a change detector, not a security measure, and the same in Node and the browser.
 */
export function entryFingerprint(entry: ScreeningEntry): string {
  const content = JSON.stringify([
    entry.list,
    entry.source,
    entry.name,
    [...entry.altNames].sort(),
    [...entry.countries].sort(),
    entry.federalRegisterNotice,
    entry.licenseRequirement,
    entry.licensePolicy,
    entry.entityNumber,
    entry.type,
    [...entry.programs].sort(),
  ]);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ content.length;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
