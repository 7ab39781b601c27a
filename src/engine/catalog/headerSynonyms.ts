import type { CatalogField } from './CatalogField';

/**
 * Header names catalogs use for each field, compared after `normalizeHeader`.
 * Order matters only for reading; matching is exact on the normalized form, so
 * "EARmark ECCN" (our own output) never matches "ECCN".
 */
export const HEADER_SYNONYMS: Readonly<Record<CatalogField, readonly string[]>> = {
  partNumber: ['Part Number', 'Part No', 'Part No.', 'Part #', 'PN', 'P/N', 'SKU', 'Item', 'Item Number', 'Item No', 'Material', 'Material Number', 'Product Code', 'Model', 'Model Number'],
  description: ['Description', 'Product Description', 'Item Description', 'Material Description', 'Product Name', 'Product'],
  eccn: ['ECCN', 'Export Classification', 'Classification', 'Export Control Classification Number', 'US ECCN', 'Export Control Number'],
  destination: ['Destination', 'Destination Country', 'Ship-to Country', 'Ship To Country', 'Country', 'Country of Destination', 'Ship-to'],
  endUser: ['End User', 'Customer', 'End-User', 'Buyer', 'Ultimate End User', 'End User Name'],
  // A consignee (15 CFR 772.1) receives the goods; it may differ from the end user and is screened too.
  consignee: ['Consignee', 'Ultimate Consignee', 'Ship-to Party', 'Ship To Party', 'Consignee Name'],
  endUse: ['End Use', 'Intended Use', 'Application', 'End-Use'],
  value: ['Value', 'Unit Value', 'Value (USD)', 'Value USD', 'Unit Value (USD)', 'Extended Value', 'Extended Value (USD)', 'Price', 'Unit Price', 'Unit Price (USD)', 'Amount'],
  quantity: ['Qty', 'Quantity', 'Units'],
  casNumber: ['CAS No.', 'CAS No', 'CAS', 'CAS Number', 'CAS Registry Number', 'CAS #'],
};

/** Case-, space- and punctuation-insensitive form of a header: "Ship-to Country" → "shiptocountry". */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, CatalogField> = (() => {
  const map = new Map<string, CatalogField>();
  for (const [field, names] of Object.entries(HEADER_SYNONYMS) as Array<[CatalogField, readonly string[]]>) {
    for (const name of names) map.set(normalizeHeader(name), field);
  }
  return map;
})();

/** The field a header names, or null for an attribute / unknown column. */
export function fieldForHeader(text: string): CatalogField | null {
  return FIELD_BY_HEADER.get(normalizeHeader(text)) ?? null;
}
