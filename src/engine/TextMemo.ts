/** Entries kept at most: past it, new keys are computed each time (bounds memory on huge files). */
const LIMIT = 20_000;
/** Longer keys are not kept: a 40,000-character cell is no memo key. */
const MAX_KEY_LENGTH = 2_000;

/**
 * A bounded memo for answers that depend only on a row's text. The values are shared between
 * rows, so callers must treat them as read-only.
 */
export class TextMemo<T> {
  private readonly map = new Map<string, T>();

  get(key: string, compute: () => T): T {
    if (key.length > MAX_KEY_LENGTH) return compute();
    let value = this.map.get(key);
    if (value === undefined) {
      value = compute();
      if (this.map.size < LIMIT) this.map.set(key, value);
    }
    return value;
  }
}
