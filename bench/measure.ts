/** Small timing helpers for the benchmark scripts: figures are printed, never asserted. */

export interface Rate {
  operations: number;
  seconds: number;
  perSecond: number;
}

/** Runs `batch` (which performs `size` operations) until `minSeconds` have passed, after a warm-up. */
export function measureRate(size: number, batch: () => void, minSeconds = 2): Rate {
  batch(); // warm-up: let the JIT see the hot path once
  let operations = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minSeconds) {
    batch();
    operations += size;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { operations, seconds: elapsed, perSecond: operations / elapsed };
}

export function timeOnce<T>(fn: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

export function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function heading(title: string): void {
  console.log(`\n## ${title}`);
}
