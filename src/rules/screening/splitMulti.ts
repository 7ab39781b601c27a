/** The CSL CSV packs several values in one cell, separated by "; " (alt_names, addresses, programs). */
export function splitMulti(cell: string | null | undefined): string[] {
  if (!cell) return [];
  return cell
    .split(/;\s+|;$/)
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Country codes from address cells: the CSL ends each address with its ISO-2 code ("…, Beijing, CN"). */
export function countriesOf(addresses: readonly string[]): string[] {
  const out = new Set<string>();
  for (const a of addresses) {
    const last = a.split(',').pop()?.trim() ?? '';
    if (/^[A-Za-z]{2}$/.test(last)) out.add(last.toUpperCase());
  }
  return [...out];
}

/** Blank → null: the CSL writes missing facts as empty cells or JSON nulls. */
export function orNull(v: string | null | undefined): string | null {
  const t = v?.trim();
  return t ? t : null;
}
