import { useCallback, useState } from 'react';

export const REVIEWER_NAME_KEY = 'earmark.reviewerName';

/** localStorage, or nothing when the host blocks it (some locked-down Office installs do). */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The name written into the audit trail: set once per user and machine, kept out of the workbook. */
export function useReviewerName(): { name: string; setName(name: string): void } {
  const [name, setState] = useState(() => storage()?.getItem(REVIEWER_NAME_KEY) ?? '');
  const setName = useCallback((next: string) => {
    setState(next);
    try {
      storage()?.setItem(REVIEWER_NAME_KEY, next.trim());
    } catch {
      /* not persisted; the session still uses it */
    }
  }, []);
  return { name, setName };
}
