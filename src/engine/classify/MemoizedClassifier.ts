import type { CatalogRow } from '../catalog/CatalogRow';
import { TextMemo } from '../TextMemo';
import type { ItemClassifier, ItemIdentity } from './ItemIdentity';

/**
 * Remembers a classifier's answer per row text. Catalogs repeat each product once per customer
 * or destination, so the same description, ECCN and attributes come back many times; reading them
 * again would only produce the same identity. The key covers every field a classifier may read
 * (ECCN, description, CAS number, end use, attribute columns) — a classifier that read anything
 * else could not be wrapped. Identities are shared between rows and never modified.
 */
export class MemoizedClassifier implements ItemClassifier {
  private readonly memo = new TextMemo<ItemIdentity>();

  constructor(private readonly inner: ItemClassifier) {}

  identify(row: CatalogRow): ItemIdentity {
    return this.memo.get(keyOf(row), () => this.inner.identify(row));
  }
}

function keyOf(row: CatalogRow): string {
  let key = `${row.eccn ?? ''}\u0000${row.description ?? ''}\u0000${row.casNumber ?? ''}\u0000${row.endUse ?? ''}`;
  for (const name in row.attributes) key += `\u0000${name}\u0001${row.attributes[name]}`;
  return key;
}
