/** The engine's public surface: what rules/, excel/, taskpane/ and cli/ may import. */
export * from './pack/RulesPack';
export * from './Determination';
export { Engine, type EngineOptions } from './Engine';
export { statusOf } from './rowStatus';
export { warning, WARNING_CODES, type WarningCode } from './warnings';
export type { ItemClassifier, ItemIdentity } from './classify/ItemIdentity';
export { InputEccnClassifier } from './classify/InputEccnClassifier';
export { RuleClassifier, type Classification, type Finding } from './classify/RuleClassifier';
export * from './classify/ClassificationRules';
export { checkCas, type CasCheck } from './classify/casNumber';
export { extractParameters, type Extracted } from './classify/extractParameters';
export { KeywordIndex, type KeywordCandidate } from './classify/KeywordIndex';
export { searchCcl, explainFor, type CclSearchResult, type CclExplanation } from './classify/searchCcl';
export type { PartyScreener } from './screening/PartyScreener';
export { NoScreeningList } from './screening/NoScreeningList';
export { ListScreener, type ListScreenerOptions } from './screening/ListScreener';
export * from './screening/ScreeningList';
export { partyKey, type ScreeningDecision } from './screening/ScreeningDecision';
export { entryFingerprint } from './screening/entryFingerprint';
export { DEFAULT_SCREENING_THRESHOLD } from './screening/matchThreshold';
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
export { columnLetter } from './catalog/columnLetter';
export { normalizeName } from './destination/normalizeName';
export { classifyGrid, NoHeaderRowError, type CatalogRun } from './catalog/classifyGrid';
export { parseEccn, type ParsedEccn } from './eccn/parseEccn';
export { DestinationIndex, type DestinationMatch } from './destination/DestinationIndex';
