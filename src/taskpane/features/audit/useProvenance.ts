import { useEffect, useState } from 'react';
import type { PackMeta } from '../../../engine';
import type { RunMetadata, WorkbookPort } from '../../services/ports';

/**
 * The workbook's last run, read once when the pane opens: a colleague (or you, a year later)
 * sees which rules the results on the sheet rest on, and whether the pane's rules are newer.
 */
export function useProvenance(workbook: WorkbookPort, meta: PackMeta | null, refreshKey: unknown): { lastRun: RunMetadata | null; stale: boolean } {
  const [lastRun, setLastRun] = useState<RunMetadata | null>(null);
  useEffect(() => {
    let live = true;
    workbook.loadRunMetadata().then(
      (m) => live && setLastRun(m),
      () => live && setLastRun(null),
    );
    return () => {
      live = false;
    };
  }, [workbook, refreshKey]);
  const stale = !!lastRun && !!meta && (lastRun.effectiveDate !== meta.effectiveDate || lastRun.rulesVersion !== meta.version);
  return { lastRun, stale };
}
