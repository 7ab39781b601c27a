/** Screening-list importers: trade.gov's Consolidated Screening List, CSV and JSON. */
export { importScreeningList } from './importScreeningList';
export { parseCslCsv, CSL_CSV_REQUIRED_COLUMNS } from './parseCslCsv';
export { parseCslJson } from './parseCslJson';
export { ScreeningListError } from './ScreeningListError';
