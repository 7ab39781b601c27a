import type { CatalogRow } from '../../src/engine';

/** A catalog row with only the given facts. */
export function rowOf(facts: Partial<CatalogRow>): CatalogRow {
  return {
    row: 2,
    partNumber: 'P-1',
    description: null,
    eccn: null,
    destination: null,
    endUser: null,
    endUse: null,
    value: null,
    quantity: null,
    casNumber: null,
    attributes: {},
    ...facts,
  };
}
