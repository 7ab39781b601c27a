import { useCallback, useEffect, useRef, useState } from 'react';
import { toSavedMapping, type CatalogField, type ScreeningList } from '../../../engine';
import type { EngineClient, WorkbookPort } from '../../services/ports';
import { assignField } from '../mapping/mappingModel';
import { reviewFromSheet } from '../review/reviewFromSheet';
import { runClassification } from './runClassification';
import { INITIAL_RUN_STATE, noticeForError, type RunState } from './runState';

export interface ClassifyRun {
  state: RunState;
  running: boolean;
  start(): void;
  cancel(): void;
  changeMapping(field: CatalogField, column: number | null): void;
  goToRow(row: number): void;
  dismissNotice(): void;
  setRows(rows: RunState['rows']): void;
  /** Fills the review from what the sheet already holds (no run): for a colleague opening the workbook. */
  loadFromSheet(): void;
}

/** The pane's one workflow: state for the view, commands for the buttons; the steps live in runClassification. */
export function useClassifyRun(
  workbook: WorkbookPort,
  engine: EngineClient,
  who = '',
  screeningList: ScreeningList | null = null,
): ClassifyRun {
  const [state, setState] = useState<RunState>(INITIAL_RUN_STATE);
  const abortRef = useRef<AbortController | null>(null);
  // Column choices the user made in this session, with the header row they were made on.
  const choicesRef = useRef(new Map<CatalogField, number | null>());
  const choicesHeadersRef = useRef<string[] | null>(null);
  const mountedRef = useRef(true);

  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      abortRef.current?.abort();
    };
  }, []);

  const update = useCallback((patch: Partial<RunState>) => {
    if (mountedRef.current) setState((s) => ({ ...s, ...patch }));
  }, []);

  const start = useCallback(() => {
    if (abortRef.current) return;
    const controller = new AbortController();
    abortRef.current = controller;
    update({ phase: 'checking', progress: null, summary: null, written: null, review: [], notice: null, mappingChanged: false });
    runClassification(workbook, engine, {
      signal: controller.signal,
      choices: choicesRef.current,
      choicesHeaders: choicesHeadersRef.current,
      who,
      screeningList,
      events: {
        phase: (phase, progress) => update({ phase, progress: progress ?? null }),
        mapping: (mapping, { sheetName, firstRow, firstColumn }) =>
          update({ mapping, origin: { sheetName, firstRow, firstColumn } }),
      },
    })
      .then((outcome) => {
        if (outcome.kind === 'done') {
          const { summary, written, review, rows, reviewBlock, changes, changedSinceReview, catalogRows } = outcome;
          update({ summary, written, review, rows, reviewBlock, changes, changedSinceReview, catalogRows });
        } else {
          update({
            notice: {
              intent: 'warning',
              title: 'Cancelled',
              body:
                outcome.during === 'writing'
                  ? `Stopped while writing: ${outcome.rowsWritten.toLocaleString('en-US')} rows were written; the rest of EARmark's columns are not up to date. Run again to finish.`
                  : 'Stopped before anything was written to the sheet.',
            },
          });
        }
      })
      .catch((error: unknown) => update({ notice: noticeForError(error, (e) => workbook.isWriteRefused(e)) }))
      .finally(() => {
        abortRef.current = null;
        update({ phase: 'idle', progress: null });
      });
  }, [workbook, engine, update, who, screeningList]);

  const cancel = useCallback(() => abortRef.current?.abort(), []);

  const changeMapping = useCallback(
    (field: CatalogField, column: number | null) => {
      if (!state.mapping) return;
      const mapping = assignField(state.mapping, field, column);
      choicesRef.current.set(field, column);
      choicesHeadersRef.current = mapping.headers;
      update({ mapping, mappingChanged: state.summary !== null });
      workbook.saveSavedMapping(toSavedMapping(mapping)).catch((error: unknown) =>
        update({
          notice: {
            intent: 'warning',
            title: 'Mapping not saved in the workbook',
            body: error instanceof Error ? error.message : String(error),
          },
        }),
      );
    },
    [state.mapping, state.summary, workbook, update],
  );

  const goToRow = useCallback(
    (row: number) => {
      const w = state.written;
      if (!w) return;
      workbook
        .selectRow(w.sheetName, row, w.dataColumn, w.lastColumn - w.dataColumn + 1)
        .catch((error: unknown) =>
          update({
            notice: { intent: 'warning', title: `Could not go to row ${row}`, body: error instanceof Error ? error.message : String(error) },
          }),
        );
    },
    [state.written, workbook, update],
  );

  const dismissNotice = useCallback(() => update({ notice: null }), [update]);
  /** The review pane changed rows (decisions): keep the run's copy in step so filters stay right. */
  const setRows = useCallback((rows: RunState['rows']) => update({ rows }), [update]);

  const loadFromSheet = useCallback(() => {
    reviewFromSheet(workbook).then(
      (found) => {
        // A run that finished meanwhile is newer than the sheet we read: keep it.
        if (found) setState((s) => (s.rows.length ? s : { ...s, rows: found.rows, reviewBlock: found.reviewBlock, written: s.written ?? { ...found.written } }));
      },
      () => undefined, // nothing readable yet (no sheet, no block): the Classify tab says what to do
    );
  }, [workbook]);

  return { state, running: state.phase !== 'idle', start, cancel, changeMapping, goToRow, dismissNotice, setRows, loadFromSheet };
}
