import type { Determination, RunSummary } from '../../../engine';
import type { AuditLine, ReviewCells } from '../../services/ports';

/** "CLEAR 5 · FLAGGED 4 · NEEDS_REVIEW 3 · NLR 5 · LICENSE_REQUIRED 4 …": counts in one cell, readable when printed. */
export function countsText(summary: RunSummary): string {
  const parts = [
    ...Object.entries(summary.byStatus).map(([k, v]) => `${k} ${v}`),
    ...Object.entries(summary.byLicense).map(([k, v]) => `${k} ${v}`),
  ];
  return parts.join(' · ');
}

export const screeningListText = (date: string | null | undefined) => (date ? `list of ${date}` : 'none loaded');

/** The audit lines of one run: the run itself, then one per override it applied for the first time. */
export function runAuditLines(input: {
  ranAt: string;
  who: string;
  summary: RunSummary;
  screeningListDate: string | null;
  changedRows: number;
  overrides: Determination[];
  reviewCells: Map<number, ReviewCells> | null;
}): AuditLine[] {
  const { ranAt, who, summary, screeningListDate } = input;
  const base = {
    when: ranAt,
    who: who || '(name not set)',
    rulesVersion: summary.rulesVersion,
    effectiveDate: summary.effectiveDate,
    screeningList: screeningListText(screeningListDate),
  };
  return [
    { ...base, event: 'Run', rows: '', rowsRead: summary.rowsRead, counts: countsText(summary), rowsChanged: input.changedRows, note: '' },
    ...input.overrides.map((d) => ({
      ...base,
      event: 'Override',
      rows: String(d.row),
      rowsRead: '' as const,
      counts: '',
      rowsChanged: '' as const,
      note: `ECCN ${d.eccn} (override) → ${d.licenseRequirement}. ${input.reviewCells?.get(d.row)?.overrideNote ?? ''}`.trim(),
    })),
  ];
}

/** One line per row decided in the pane. */
export function decisionAuditLines(input: {
  when: string;
  who: string;
  decision: string;
  rows: number[];
  note: string;
  rulesVersion: string;
  effectiveDate: string;
}): AuditLine[] {
  return input.rows.map((row) => ({
    when: input.when,
    who: input.who || '(name not set)',
    event: input.decision,
    rows: String(row),
    rulesVersion: input.rulesVersion,
    effectiveDate: input.effectiveDate,
    screeningList: '',
    rowsRead: '',
    counts: '',
    rowsChanged: '',
    note: input.note,
  }));
}
