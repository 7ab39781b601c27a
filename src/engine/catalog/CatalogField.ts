/** The product-row facts EARmark reads, each found by its column header. */
export type CatalogField =
  | 'partNumber'
  | 'description'
  | 'eccn'
  | 'destination'
  | 'endUser'
  | 'consignee'
  | 'endUse'
  | 'value'
  | 'quantity'
  | 'casNumber';

export const CATALOG_FIELDS: readonly CatalogField[] = [
  'partNumber', 'description', 'eccn', 'destination', 'endUser', 'consignee', 'endUse', 'value', 'quantity', 'casNumber',
];
