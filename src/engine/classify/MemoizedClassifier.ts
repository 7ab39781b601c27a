import type { CatalogRow } from '../catalog/CatalogRow';
import type { ItemClassifier, ItemIdentity } from './ItemIdentity';

/** Distinct row texts remembered at most (bounds memory on huge files). */
const MEMO_LIMIT = 20_000;
/** Longer texts are classified every time: a 40,000-character cell is no memo key. */
const MAX_KEY_LENGTH = 2_000;

/**
 * Remembers a classifier's answer per row text. Catalogs repeat each product once per customer
 * or destination, so the same description, ECCN and attributes come back many times; reading them
 * again would only produce the same identity. The key covers every field a classifier may read
 * (ECCN, description, CAS number, end use, attribute columns) — a classifier that read anything
 * else could not be wrapped. Identities are shared between rows and never modified.
 */
export class MemoizedClassifier implements ItemClassifier {
  private readonly memo = new Map<string, ItemIdentity>();

  constructor(private readonly inner: ItemClassifier) {}

  identify(row: CatalogRow): ItemIdentity {
    const key = keyOf(row);
    if (key === null) return this.inner.identify(row);
    let identity = this.memo.get(key);
    if (!identity) {
      identity = this.inner.identify(row);
      if (this.memo.size < MEMO_LIMIT) this.memo.set(key, identity);
    }
    return identity;
  }
}

function keyOf(row: CatalogRow): string | null {
  let key = `${row.eccn ?? ''}\u0000${row.description ?? ''}\u0000${row.casNumber ?? ''}\u0000${row.endUse ?? ''}`;
  for (const name in row.attributes) key += `\u0000${name}\u0001${row.attributes[name]}`;
  return key.length > MAX_KEY_LENGTH ? null : key;
}
