import type { CatalogRow, Determination } from '../../../engine';

/**
 * A short hash of what a reviewer approved: the row's inputs (override included) and the parts of
 * the answer a decision rests on (ECCN, licence outcome and grounds, exceptions, warning codes,
 * screening hits, status). Wording of the basis is left out on purpose: a pack that rephrases a
 * sentence has not changed the answer. Not cryptographic — it detects change, it does not prove it.
 */
export function fingerprintOf(row: CatalogRow, d: Determination): string {
  const text = JSON.stringify([
    row.partNumber, row.description, row.eccn, row.destination, row.endUser, row.endUse, row.value, row.quantity,
    row.casNumber, Object.entries(row.attributes).sort(), row.overrideEccn ?? null,
    d.eccn, d.eccnSource, d.licenseRequirement, d.licenseReasons, d.licenseExceptions,
    d.warnings.map((w) => w.code), d.screening.map((h) => `${h.list}:${h.name}`), d.status,
  ]);
  return cyrb53(text).toString(36);
}

/** cyrb53 (public domain): a fast 53-bit string hash with good spread. */
function cyrb53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
