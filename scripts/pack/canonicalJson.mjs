// Same rule as src/rules/canonicalJson.ts (keys sorted, arrays in order, no whitespace, pack
// hashed without meta.sha256). The loader test proves the two agree on the bundled pack.
export function canonicalJson(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) if (value[key] !== undefined) out[key] = sortKeys(value[key]);
    return out;
  }
  return value;
}
export function hashedPart(pack) {
  const { sha256: _omit, ...meta } = pack.meta;
  return { ...pack, meta };
}
