import { contiguousRuns } from '../../src/excel/contiguousRuns';

describe('contiguousRuns', () => {
  it('groups consecutive rows and splits on gaps', () => {
    const runs = contiguousRuns([2, 3, 4, 7, 8, 10].map((row) => ({ row })));
    expect(runs.map((r) => [r.startRow, r.items.length])).toEqual([[2, 3], [7, 2], [10, 1]]);
  });

  it('splits further by a predicate', () => {
    const items = [
      { row: 1, s: 'a' },
      { row: 2, s: 'a' },
      { row: 3, s: 'b' },
      { row: 5, s: 'b' },
    ];
    expect(contiguousRuns(items, (a, b) => a.s === b.s).map((r) => [r.startRow, r.items.length])).toEqual([[1, 2], [3, 1], [5, 1]]);
  });

  it('handles no rows', () => {
    expect(contiguousRuns([])).toEqual([]);
  });
});
