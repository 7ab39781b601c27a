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
