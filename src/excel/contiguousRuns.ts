/**
 * Groups sorted sheet rows into runs of consecutive rows, so the writer sends one range per run
 * instead of one per row (a catalog with a few blank rows is still a handful of ranges).
 */
export interface Run<T> {
  /** 1-based sheet row of the run's first item. */
  startRow: number;
  items: T[];
}

/** `items` must be sorted by row, rows distinct. `same` further splits runs (e.g. by status). */
export function contiguousRuns<T extends { row: number }>(
  items: readonly T[],
  same: (a: T, b: T) => boolean = () => true,
): Run<T>[] {
  const runs: Run<T>[] = [];
  let current: Run<T> | null = null;
  for (const item of items) {
    const prev: T | undefined = current?.items[current.items.length - 1];
    if (current && prev && item.row === prev.row + 1 && same(prev, item)) {
      current.items.push(item);
    } else {
      current = { startRow: item.row, items: [item] };
      runs.push(current);
    }
  }
  return runs;
}
