/** The engine's public surface: what rules/, excel/, taskpane/ and cli/ may import. */
export * from './pack/RulesPack';
export * from './Determination';
export { Engine } from './Engine';
export * from './catalog/Cell';
export * from './catalog/CatalogField';
export * from './catalog/CatalogRow';
export * from './catalog/ColumnMapping';
export { HEADER_SYNONYMS, normalizeHeader, fieldForHeader } from './catalog/headerSynonyms';
export { locateHeader, mapHeaderRow, toSavedMapping } from './catalog/locateHeader';
export { readCatalogRows, toCatalogRow, type CatalogRows } from './catalog/readCatalogRows';
export {
  OUTPUT_HEADERS,
  OUTPUT_WIDTH,
  outputCells,
  licenseCellText,
  isOutputHeader,
  findOutputBlock,
  neutralizeFormula,
} from './catalog/outputColumns';
export { summarize, type RunSummary } from './catalog/RunSummary';
export { classifyGrid, NoHeaderRowError, type CatalogRun } from './catalog/classifyGrid';
export { parseEccn, type ParsedEccn } from './eccn/parseEccn';
export { DestinationIndex, type DestinationMatch } from './destination/DestinationIndex';
