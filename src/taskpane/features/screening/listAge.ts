/** A list older than this is out of date: BIS and OFAC amend their lists weekly or faster. */
export const STALE_AFTER_DAYS = 7;

/** Whole days from `since` to `now` (0 on the day itself); null when the date is missing or unreadable. */
export function ageInDays(since: string | null, now: Date): number | null {
  if (!since) return null;
  const t = Date.parse(since);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / 86_400_000));
}
