/** Shared fixtures for the excel-layer tests. */
import { OUTPUT_HEADERS } from '../../src/engine';
import { FakeWorkbook, installFakeOffice, type FixtureValue } from '../fakes';

/** A catalog of `n` rows under a header, descriptions of `descLength` characters. */
export function catalogGrid(n: number, descLength = 20): FixtureValue[][] {
  const grid: FixtureValue[][] = [['Part Number', 'Description', 'ECCN', 'Destination', 'Value', 'Notes']];
  for (let i = 0; i < n; i++) {
    grid.push([`P-${i}`, `Item ${i} `.padEnd(descLength, 'x'), i % 3 === 0 ? '3A001' : 'EAR99', 'Germany', i * 10, i % 7 === 0 ? null : 'ok']);
  }
  return grid;
}

export function withFake(wb: FakeWorkbook): FakeWorkbook {
  const uninstall = installFakeOffice(wb);
  afterEachCleanups.push(uninstall);
  return wb;
}

const afterEachCleanups: Array<() => void> = [];
afterEach(() => {
  while (afterEachCleanups.length) afterEachCleanups.pop()!();
});

export const HEADERS: readonly string[] = OUTPUT_HEADERS;

export function outputRow(row: number, status: 'CLEAR' | 'FLAGGED' | 'NEEDS_REVIEW' = 'CLEAR', tag = '') {
  return {
    row,
    status,
    cells: HEADERS.map((h, i) => (i === HEADERS.length - 1 ? status : `${h.replace('EARmark ', '')} r${row}${tag}`)),
  };
}
