/**
 * The audit trail: an Excel table on its own sheet, one line per run and per review decision or
 * override, only ever appended to. The sheet is protected (no password) so that nobody edits a
 * line by accident; EARmark lifts the protection for the instant it appends, then restores it.
 * A password would stop EARmark too (it could not keep the password anywhere safe), so this is
 * a guard against slips, not against intent — the file's own history is the tamper record.
 */
import { runInExcel } from './runInExcel';

export const AUDIT_SHEET = 'EARmark Audit';
export const AUDIT_TABLE = 'EARmarkAudit';

export const AUDIT_HEADERS = [
  'When',
  'Who',
  'Event',
  'Rows',
  'Rules pack',
  'Rules effective',
  'Screening list',
  'Rows read',
  'Counts',
  'Rows changed',
  'Note',
] as const;

export interface AuditLine {
  /** ISO 8601. */
  when: string;
  who: string;
  /** "Run", "Approved", "Escalated", "Override", … */
  event: string;
  /** Sheet rows concerned ("4, 7"), or "" for a run. */
  rows: string;
  rulesVersion: string;
  effectiveDate: string;
  screeningList: string;
  rowsRead: number | '';
  counts: string;
  rowsChanged: number | '';
  note: string;
}

function cells(line: AuditLine): Array<string | number> {
  return [
    line.when,
    line.who,
    line.event,
    line.rows,
    line.rulesVersion,
    line.effectiveDate,
    line.screeningList,
    line.rowsRead,
    line.counts,
    line.rowsChanged,
    line.note,
  ];
}

/** Text format on the rows about to be added, so a note typed as "=HYPERLINK(…)" or a version "1.10" stays text. */
const TEXT_FORMAT = AUDIT_HEADERS.map((h) => (h === 'Rows read' || h === 'Rows changed' ? 'General' : '@'));

const PROTECTION: Excel.WorksheetProtectionOptions = { allowAutoFilter: true, allowSort: true, allowFormatColumns: true };

/** Appends lines to the audit table, creating sheet and table on first use. */
export async function appendAuditLines(lines: readonly AuditLine[]): Promise<void> {
  if (lines.length === 0) return;
  await runInExcel({ writes: true }, async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET);
    sheet.load('name');
    await context.sync();
    let table: Excel.Table;
    if (sheet.isNullObject) {
      const created = context.workbook.worksheets.add(AUDIT_SHEET);
      const header = created.getRangeByIndexes(0, 0, 1, AUDIT_HEADERS.length);
      header.values = [[...AUDIT_HEADERS]];
      table = created.tables.add(`A1:${String.fromCharCode(64 + AUDIT_HEADERS.length)}1`, true);
      table.name = AUDIT_TABLE;
      created.getRangeByIndexes(1, 0, lines.length, AUDIT_HEADERS.length).numberFormat = lines.map(() => TEXT_FORMAT);
      table.rows.add(undefined, lines.map(cells));
      created.protection.protect(PROTECTION);
    } else {
      sheet.protection.load('protected');
      await context.sync();
      table = sheet.tables.getItem(AUDIT_TABLE);
      const whole = table.getRange();
      whole.load('rowIndex,rowCount');
      await context.sync();
      if (sheet.protection.protected) sheet.protection.unprotect();
      sheet.getRangeByIndexes(whole.rowIndex + whole.rowCount, 0, lines.length, AUDIT_HEADERS.length).numberFormat = lines.map(() => TEXT_FORMAT);
      table.rows.add(undefined, lines.map(cells));
      sheet.protection.protect(PROTECTION);
    }
    await context.sync();
  });
}

/** Every line of the audit table (for the pane's history and the review report); [] when there is none. */
export async function readAuditLines(): Promise<string[][]> {
  return runInExcel({ writes: false }, async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(AUDIT_SHEET);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) return [];
    const table = sheet.tables.getItemOrNullObject(AUDIT_TABLE);
    table.load('name');
    await context.sync();
    if (table.isNullObject) return [];
    const body = table.getRange();
    body.load('values');
    await context.sync();
    return (body.values as unknown[][]).slice(1).map((r) => r.map((v) => String(v ?? '')));
  });
}
