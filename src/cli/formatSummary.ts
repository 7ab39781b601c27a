import type { RunSummary } from '../engine';

export interface SummaryContext {
  input: string;
  sheetName: string | null;
  headerRowNumber: number;
  outputPath: string | null;
}

/** The human run summary (for stderr): rows, statuses, licence outcomes, the rules pack, the output. */
export function formatSummary(summary: RunSummary, context: SummaryContext): string {
  const where = context.sheetName === null ? context.input : `${context.input}, worksheet "${context.sheetName}"`;
  const s = summary.byStatus;
  const l = summary.byLicense;
  const lines = [
    `EARmark classified ${plural(summary.rowsRead, 'row')} of ${where} (header on row ${context.headerRowNumber}); ${plural(summary.rowsSkipped, 'blank row')} skipped.`,
    `  Status:   ${s.CLEAR} CLEAR, ${s.FLAGGED} FLAGGED, ${s.NEEDS_REVIEW} NEEDS_REVIEW`,
    `  Licence:  ${l.NLR} NLR, ${l.LICENSE_REQUIRED} LICENSE REQUIRED, ${l.PROHIBITED} PROHIBITED, ${l.NOT_DETERMINED} NOT DETERMINED`,
  ];
  if (summary.screeningNotPerformed > 0) {
    lines.push(`  Screening: ${plural(summary.screeningNotPerformed, 'row')} with an end user not screened`);
  }
  lines.push(`  Rules:    pack ${summary.rulesVersion}, effective ${summary.effectiveDate}`);
  lines.push(context.outputPath ? `  Written:  ${context.outputPath}` : '  Written:  no file (--out -)');
  lines.push('  NLR covers the CCL and the Country Chart only; end-user and end-use checks still apply.');
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
