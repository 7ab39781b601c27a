import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ScreeningList } from '../../../src/engine/screening/ScreeningList';
import { parseCslCsv } from '../../../src/rules/screening';

/** The fictitious list of test/fixtures/screening, as the CSV importer reads it. */
export function fixtureList(): ScreeningList {
  return parseCslCsv(readFileSync(path.resolve(__dirname, '../../fixtures/screening/fictitious-list.csv'), 'utf8'), '2026-07-29');
}
