// Same rule as src/rules/normalizeName.ts.
/**
 * The key two destination names are compared by: case-, accent-, space- and punctuation-blind,
 * so "Côte d'Ivoire", "COTE D IVOIRE" and "cote-d'ivoire" meet. The pack promises that no two
 * destinations share a key (see checkIntegrity) — the engine may rely on it.
 */
export function normalizeName(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
}
