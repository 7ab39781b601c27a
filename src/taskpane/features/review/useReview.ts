import { useCallback, useMemo, useState } from 'react';
import type { PackMeta, ScreeningHit } from '../../../engine';
import type { ReviewBlockLocation, RunMetadata, WorkbookPort } from '../../services/ports';
import { decisionAuditLines } from '../audit/auditLines';
import type { Notice } from '../run/runState';
import { reviewReport } from './reportModel';
import { applyFilters, type ReviewFilterId } from './reviewFilters';
import type { ReviewRow } from './reviewRow';

export type Decision = 'Approved' | 'Escalated';

export interface ReviewContext {
  workbook: WorkbookPort;
  rows: ReviewRow[];
  setRows(rows: ReviewRow[]): void;
  block: ReviewBlockLocation | null;
  meta: PackMeta | null;
  lastRun: RunMetadata | null;
  who: string;
  goToRow(row: number): void;
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The reviewer's pane: filters, selection, the open row, and the commands that write decisions. */
export function useReview({ workbook, rows, setRows, block, meta, lastRun, who, goToRow }: ReviewContext) {
  const [filters, setFilters] = useState<ReadonlySet<ReviewFilterId>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [openRow, setOpenRow] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const shown = useMemo(() => applyFilters(rows, filters), [rows, filters]);
  const detail = useMemo(() => rows.find((r) => r.row === openRow) ?? null, [rows, openRow]);

  const toggleFilter = useCallback((id: ReviewFilterId) => {
    setFilters((f) => {
      const next = new Set(f);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const toggleSelected = useCallback((row: number) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(row)) next.delete(row);
      else next.add(row);
      return next;
    });
  }, []);

  const selectAllShown = useCallback(
    (on: boolean) => setSelected(on ? new Set(shown.map((r) => r.row)) : new Set()),
    [shown],
  );

  const open = useCallback(
    (row: number) => {
      setOpenRow(row);
      goToRow(row);
    },
    [goToRow],
  );

  const decide = useCallback(
    async (decision: Decision) => {
      if (!block || selected.size === 0) return;
      const targets = [...selected].sort((a, b) => a - b);
      const now = new Date().toISOString();
      const reviewedOn = now.slice(0, 10);
      setBusy(true);
      try {
        await workbook.writeReviewDecisions(
          block,
          targets.map((row) => ({ row, status: decision, reviewer: who, note, reviewedOn })),
        );
        await workbook.appendAuditLines(
          decisionAuditLines({ when: now, who, decision, rows: targets, note, rulesVersion: meta?.version ?? '', effectiveDate: meta?.effectiveDate ?? '' }),
        );
        const set = new Set(targets);
        setRows(rows.map((r) => (set.has(r.row) ? { ...r, reviewStatus: decision, reviewer: who, reviewNote: note, reviewedOn } : r)));
        setSelected(new Set());
        setNote('');
        setNotice({ intent: 'success', title: `${decision}: ${targets.length} row${targets.length === 1 ? '' : 's'}`, body: 'Written to the review columns and the audit sheet.' });
      } catch (e) {
        setNotice({ intent: 'error', title: 'Decision not saved', body: errorText(e) });
      } finally {
        setBusy(false);
      }
    },
    [block, selected, workbook, who, note, meta, rows, setRows],
  );

  /**
   * An ECCN chosen in the CCL look-up, recorded as the row's Override ECCN (EARmark's review
   * column, never the analyst's own ECCN cell); the next run determines against it.
   */
  const recordOverride = useCallback(
    async (row: number, eccn: string, reason: string): Promise<boolean> => {
      if (!block) {
        setNotice({ intent: 'warning', title: 'Classify the sheet first', body: 'The override goes in the review columns a run creates.' });
        return false;
      }
      const now = new Date().toISOString();
      const reviewedOn = now.slice(0, 10);
      setBusy(true);
      try {
        await workbook.writeReviewDecisions(block, [
          { row, status: 'Overridden', reviewer: who, note: reason, reviewedOn, overrideEccn: eccn, overrideNote: reason },
        ]);
        await workbook.appendAuditLines(
          decisionAuditLines({ when: now, who, decision: `Override ECCN ${eccn}`, rows: [row], note: reason, rulesVersion: meta?.version ?? '', effectiveDate: meta?.effectiveDate ?? '' }),
        );
        setRows(rows.map((r) => (r.row === row ? { ...r, reviewStatus: 'Overridden', reviewer: who, reviewNote: reason, reviewedOn, overrideEccn: eccn } : r)));
        setNotice({ intent: 'success', title: `Row ${row}: override ${eccn}`, body: 'Written to the Override ECCN column and the audit sheet; re-run to determine against it.' });
        return true;
      } catch (e) {
        setNotice({ intent: 'error', title: 'Override not saved', body: errorText(e) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [block, workbook, who, meta, rows, setRows],
  );

  /** A list hit the reviewer rules is not this party: kept in the workbook and in the audit trail. */
  const markFalsePositive = useCallback(
    async (row: number, hit: ScreeningHit, reason: string) => {
      setBusy(true);
      try {
        await workbook.recordFalsePositive(hit, reason, who || '(name not set)');
        await workbook.appendAuditLines(
          decisionAuditLines({
            when: new Date().toISOString(),
            who,
            decision: 'Screening false positive',
            rows: [row],
            note: `${hit.party ?? ''} ≠ ${hit.listedName ?? hit.name} [${hit.list}${hit.entryId ? ` ${hit.entryId}` : ''}]: ${reason}`,
            rulesVersion: meta?.version ?? '',
            effectiveDate: meta?.effectiveDate ?? '',
          }),
        );
        setNotice({
          intent: 'success',
          title: 'Recorded as not a match',
          body: `Kept in the workbook; later runs suppress "${hit.listedName ?? hit.name}" for "${hit.party ?? ''}" until that list entry changes.`,
        });
      } catch (e) {
        setNotice({ intent: 'error', title: 'Decision not saved', body: errorText(e) });
      } finally {
        setBusy(false);
      }
    },
    [workbook, who, meta],
  );

  const exportReport = useCallback(async () => {
    setBusy(true);
    try {
      const audit = await workbook.readAuditLines();
      const { sheetName } = await workbook.writeReportSheet(reviewReport({ rows, lastRun, meta, who, now: new Date().toISOString(), audit }));
      setNotice({ intent: 'success', title: 'Review report written', body: `On the new sheet "${sheetName}", ready to print.` });
    } catch (e) {
      setNotice({ intent: 'error', title: 'Report not written', body: errorText(e) });
    } finally {
      setBusy(false);
    }
  }, [workbook, rows, lastRun, meta, who]);

  return {
    filters, toggleFilter, shown, selected, toggleSelected, selectAllShown, detail, open,
    closeDetail: () => setOpenRow(null), note, setNote, busy, decide, markFalsePositive, recordOverride, exportReport, notice, dismissNotice: () => setNotice(null),
  };
}
