import { NoHeaderRowError, type ColumnMapping, type RunSummary } from '../../../engine';
import type { Progress } from '../../services/ports';
import type { CatalogRow } from '../../../engine';
import type { ReviewBlockLocation } from '../../services/ports';
import type { ReviewRow } from '../review/reviewRow';
import type { RerunChange } from './reviewBookkeeping';
import { UnsupportedHostError, type ReviewItem, type RunPhase, type WrittenBlock } from './runClassification';

export type Notice = {
  intent: 'error' | 'warning' | 'info' | 'success';
  title: string;
  body: string;
};

export interface RunState {
  phase: RunPhase | 'idle';
  progress: Progress | null;
  mapping: ColumnMapping | null;
  /** Where the region read starts on the sheet (to show sheet rows and column letters). */
  origin: { sheetName: string; firstRow: number; firstColumn: number };
  /** The mapping was changed after the last run: the output on the sheet does not reflect it yet. */
  mappingChanged: boolean;
  summary: RunSummary | null;
  written: WrittenBlock | null;
  review: ReviewItem[];
  notice: Notice | null;
  /** From the last completed run in this session (empty before one). */
  rows: ReviewRow[];
  reviewBlock: ReviewBlockLocation | null;
  changes: RerunChange[];
  changedSinceReview: number[];
  catalogRows: CatalogRow[];
}

export const INITIAL_RUN_STATE: RunState = {
  phase: 'idle',
  progress: null,
  mapping: null,
  origin: { sheetName: '', firstRow: 1, firstColumn: 0 },
  mappingChanged: false,
  summary: null,
  written: null,
  review: [],
  notice: null,
  rows: [],
  reviewBlock: null,
  changes: [],
  changedSinceReview: [],
  catalogRows: [],
};

/** The words under the progress bar. */
export function phaseText(phase: RunState['phase'], progress: Progress | null): string {
  const n = (x: number) => x.toLocaleString('en-US');
  switch (phase) {
    case 'checking':
      return 'Checking Excel…';
    case 'reading':
      return progress && progress.total > 0 ? `Reading rows ${n(progress.done)} of ${n(progress.total)}…` : 'Reading the sheet…';
    case 'classifying':
      return progress ? `Classifying ${n(progress.done)} of ${n(progress.total)} rows…` : 'Classifying…';
    case 'writing':
      return progress ? `Writing ${n(progress.done)} of ${n(progress.total)} rows…` : 'Writing results…';
    default:
      return '';
  }
}

/** Turns what a run threw into the MessageBar the user sees. */
export function noticeForError(error: unknown, isWriteRefused: (e: unknown) => boolean): Notice {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UnsupportedHostError) {
    return { intent: 'error', title: 'Excel version not supported', body: message };
  }
  if (error instanceof NoHeaderRowError || (error instanceof Error && error.name === 'NoHeaderRowError')) {
    return { intent: 'warning', title: 'No header row found', body: message };
  }
  if (isWriteRefused(error)) {
    return {
      intent: 'error',
      title: 'Results not written',
      body: `${message} Nothing on the sheet was changed. Move or clear the cells right of your data, then try again.`,
    };
  }
  // Matched by name: the pane does not import src/excel (only services/excelWorkbook.ts does).
  if (error instanceof Error && error.name === 'CatalogTooLargeError') {
    return { intent: 'error', title: 'Sheet too large for the add-in', body: message };
  }
  return { intent: 'error', title: 'Classification failed', body: message };
}
