import type { CatalogField, ColumnMapping } from '../../../engine';

/** Field labels as the pane shows them (and screen readers read them). */
export const FIELD_LABELS: Readonly<Record<CatalogField, string>> = {
  partNumber: 'Part number',
  description: 'Description',
  eccn: 'ECCN',
  destination: 'Destination',
  endUser: 'End user',
  consignee: 'Consignee',
  endUse: 'End use',
  value: 'Value',
  quantity: 'Quantity',
  casNumber: 'CAS number',
};

/**
 * The mapping after the user points `field` at column `column` (null: not mapped).
 * A column feeds one field only, so a field that had that column loses it; every named
 * column that no field uses becomes a technical attribute again.
 */
export function assignField(mapping: ColumnMapping, field: CatalogField, column: number | null): ColumnMapping {
  const fields: ColumnMapping['fields'] = {};
  for (const [f, c] of Object.entries(mapping.fields) as Array<[CatalogField, number]>) {
    if (f !== field && c !== column) fields[f] = c;
  }
  if (column !== null) fields[field] = column;
  const used = new Set(Object.values(fields));
  const attributeColumns = mapping.headers.flatMap((h, c) => (h !== '' && !used.has(c) ? [c] : []));
  return { ...mapping, fields, attributeColumns };
}

/**
 * Re-applies in-session choices (including "not mapped", which a SavedMapping cannot express)
 * to a freshly located mapping — only when the header row still reads the same.
 */
export function reapplyChoices(
  located: ColumnMapping,
  choices: ReadonlyMap<CatalogField, number | null>,
  headersWhenChosen: readonly string[] | null,
): ColumnMapping {
  if (!headersWhenChosen || choices.size === 0) return located;
  const same =
    headersWhenChosen.length === located.headers.length && headersWhenChosen.every((h, i) => h === located.headers[i]);
  if (!same) return located;
  let m = located;
  for (const [field, column] of choices) m = assignField(m, field, column);
  return m;
}
