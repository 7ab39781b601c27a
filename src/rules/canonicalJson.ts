/**
 * The canonical serialization the pack's sha256 is computed over.
 *
 * Rule: JSON.stringify of the value with every object's keys sorted by UTF-16 code unit order
 * (plain `Array.prototype.sort`), arrays kept in their order, no whitespace, `undefined` members
 * dropped (as JSON.stringify does). The pack hashed is the whole pack with `meta.sha256` removed.
 *
 * Sorting keys (rather than trusting the order in the file) means a pack re-saved by an editor
 * or re-built by a script that writes keys in another order still verifies, while any change
 * to a value — a mark, a member, a dollar amount — changes the hash.
 *
 * `scripts/pack/canonicalJson.mjs` is the same rule for the build script; the loader test proves
 * they agree (the bundled pack only loads if both produce the same bytes).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** The object whose canonical JSON is hashed: the pack without `meta.sha256`. */
export function hashedPart(pack: { meta: object }): unknown {
  const { sha256: _omit, ...meta } = pack.meta as Record<string, unknown>;
  return { ...pack, meta };
}
