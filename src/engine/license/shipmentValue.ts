import type { CellValue } from '../catalog/Cell';

export type ParsedValue = { kind: 'none' } | { kind: 'value'; usd: number } | { kind: 'unreadable'; text: string };

/**
 * Reads a value cell as catalogs write it: 1200.5, "1,200.50", "$1,200.50", "USD 500".
 * European decimal commas are not guessed at: "1.200,50" is unreadable rather than misread.
 */
export function parseMoney(value: CellValue): ParsedValue {
  if (value === null || value === '') return { kind: 'none' };
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? { kind: 'value', usd: value } : { kind: 'unreadable', text: String(value) };
  if (typeof value === 'boolean') return { kind: 'unreadable', text: String(value) };
  if (isPlainDecimal(value)) return { kind: 'value', usd: Number(value) };
  const text = value.trim();
  const stripped = text.replace(/^(usd|us\$|\$)\s*/i, '').replace(/\s*(usd)$/i, '');
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(stripped)) return { kind: 'unreadable', text };
  return { kind: 'value', usd: Number(stripped.replace(/,/g, '')) };
}

/** A quantity: a positive whole or decimal number, else null. */
export function parseQuantity(value: CellValue): number | null {
  const parsed = parseMoney(value);
  return parsed.kind === 'value' && parsed.usd > 0 ? parsed.usd : null;
}

/** "1200" or "12.5": the common case, read without a regular expression. */
function isPlainDecimal(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  let dot = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (dot || i === 0 || i === text.length - 1) return false;
      dot = true;
    } else if (c < 48 || c > 57) return false;
  }
  return true;
}
