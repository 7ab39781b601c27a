import {
  Body1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  tokens,
  type SelectTabData,
  type Theme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { PackMeta } from '../engine';
import { PackLoader } from './features/pack/PackLoader';
import { ScreeningListPanel } from './features/screening/ScreeningListPanel';
import type { ScreeningListStore } from './features/screening/screeningListStore';
import { useSavedScreeningList } from './features/screening/useSavedScreeningList';
import { PaneHeader } from './components/PaneHeader';
import { NoticeBar } from './components/NoticeBar';
import { ProvenanceBar } from './features/audit/ProvenanceBar';
import { useProvenance } from './features/audit/useProvenance';
import { LookupTab } from './features/lookup/LookupTab';
import { MappingEditor } from './features/mapping/MappingEditor';
import { MatrixPanel } from './features/matrix/MatrixPanel';
import { useMatrix } from './features/matrix/useMatrix';
import { RerunChanges } from './features/run/RerunChanges';
import { RunControls } from './features/run/RunControls';
import { useClassifyRun } from './features/run/useClassifyRun';
import { usePackMeta } from './features/run/usePackMeta';
import { ReviewList } from './features/review/ReviewList';
import { ReviewPane } from './features/review/ReviewPane';
import { useReview } from './features/review/useReview';
import { SettingsPanel } from './features/settings/SettingsPanel';
import { useReviewerName } from './features/settings/useReviewerName';
import { SummaryView } from './features/summary/SummaryView';
import type { EngineClient, WorkbookPort } from './services/ports';

const useStyles = makeStyles({
  provider: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    maxWidth: '520px',
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  workbook: WorkbookPort;
  engine: EngineClient;
  theme: Theme;
  /** Where the screening list is kept on this machine (default: IndexedDB; tests pass an in-memory store). */
  screeningStore?: ScreeningListStore;
}

export function App({ workbook, engine, theme, screeningStore }: AppProps) {
  const styles = useStyles();
  return (
    // Layout goes on an inner div: Fluent copies the provider's className onto every portal
    // mount node (tooltips, listboxes), and a 100vh portal would cover the pane.
    <FluentProvider theme={theme}>
      <div className={styles.provider}>
        <main className={styles.main}>
          <Pane workbook={workbook} engine={engine} screeningStore={screeningStore} />
        </main>
      </div>
    </FluentProvider>
  );
}

const TABS = [
  { id: 'classify', label: 'Classify' },
  { id: 'review', label: 'Review' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'lookup', label: 'Look up' },
  { id: 'screening', label: 'Screening' },
  { id: 'settings', label: 'Settings' },
] as const;
type TabId = (typeof TABS)[number]['id'];

function Pane({ workbook, engine, screeningStore }: Omit<AppProps, 'theme'>) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('classify');
  // The review row the CCL look-up was opened for (to choose its Override ECCN), if any.
  const [lookupFor, setLookupFor] = useState<{ row: number; partNumber: string | null } | null>(null);
  const { name, setName } = useReviewerName();
  const screening = useSavedScreeningList(screeningStore);
  const { meta: bundledMeta, error: metaError } = usePackMeta(engine);
  // A pack loaded in Settings replaces the bundled one for this session.
  const [loadedMeta, setLoadedMeta] = useState<PackMeta | null>(null);
  const meta = loadedMeta ?? bundledMeta;
  const run = useClassifyRun(workbook, engine, name, screening.list);
  const { state } = run;
  // A colleague opening an annotated workbook sees its review without classifying anything.
  const { loadFromSheet } = run;
  const reviewEmpty = state.rows.length === 0;
  useEffect(() => {
    if (tab === 'review' && reviewEmpty) loadFromSheet();
  }, [tab, reviewEmpty, loadFromSheet]);
  const provenance = useProvenance(workbook, meta, state.summary);
  const review = useReview({
    workbook,
    rows: state.rows,
    setRows: run.setRows,
    block: state.reviewBlock,
    meta,
    lastRun: provenance.lastRun,
    who: name,
    goToRow: run.goToRow,
  });
  const matrix = useMatrix(workbook, engine, state.catalogRows, meta);
  const [marked, setMarked] = useState(false);
  const markChanges = useCallback(() => {
    if (!state.written) return;
    workbook.markChangedCells(state.written.sheetName, state.changes).then(() => setMarked(true), () => setMarked(false));
  }, [workbook, state.written, state.changes]);

  const panelId = (id: TabId) => `earmark-panel-${id}`;
  return (
    <>
      <PaneHeader meta={meta} metaError={metaError} />
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, d: SelectTabData) => setTab(d.value as TabId)}
        size="small"
        aria-label="EARmark"
      >
        {TABS.map((t) => (
          <Tab key={t.id} value={t.id} id={`earmark-tab-${t.id}`} aria-controls={panelId(t.id)}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" id={panelId(tab)} aria-labelledby={`earmark-tab-${tab}`}>
        {tab !== 'settings' && <ProvenanceBar lastRun={provenance.lastRun} meta={meta} stale={provenance.stale} />}
        {tab === 'classify' && (
          <>
            <Body1>
              Finds each product row&apos;s ECCN and whether a license is required for its destination, and writes the
              answer in columns right of your data. Your cells are never changed.
            </Body1>
            <RunControls phase={state.phase} progress={state.progress} disabled={metaError !== null} onStart={run.start} onCancel={run.cancel} />
            {state.notice && <NoticeBar notice={state.notice} onDismiss={run.dismissNotice} />}
            {state.mappingChanged && (
              <MessageBar intent="info" politeness="polite">
                <MessageBarBody>Mapping saved in the workbook. Classify again to apply it to the results.</MessageBarBody>
              </MessageBar>
            )}
            {state.changedSinceReview.length > 0 && (
              <MessageBar intent="warning" data-testid="changed-since-review">
                <MessageBarBody>
                  {state.changedSinceReview.length} reviewed row{state.changedSinceReview.length === 1 ? '' : 's'} changed since review
                  (rows {state.changedSinceReview.slice(0, 10).join(', ')}): marked &quot;Changed since review&quot; on the sheet.
                </MessageBarBody>
              </MessageBar>
            )}
            {state.summary && <SummaryView summary={state.summary} written={state.written} />}
            <RerunChanges changes={state.changes} onMark={markChanges} marked={marked} />
            {state.summary && <ReviewList items={state.review} onGoTo={run.goToRow} />}
            {state.mapping && (
              <MappingEditor mapping={state.mapping} origin={state.origin} disabled={run.running} onChange={run.changeMapping} />
            )}
          </>
        )}
        {tab === 'review' && (
          <ReviewPane
            review={review}
            rows={state.rows}
            hasBlock={state.reviewBlock !== null}
            onLookUp={(row) => {
              setLookupFor({ row: row.row, partNumber: row.partNumber });
              setTab('lookup');
            }}
          />
        )}
        {tab === 'matrix' && <MatrixPanel matrix={matrix} productCount={state.catalogRows.length} />}
        {tab === 'lookup' && (
          <LookupTab
            engine={engine}
            meta={meta}
            forRow={
              lookupFor ? {
                ...lookupFor,
                onChoose: (eccn, note) => {
                  void review.recordOverride(lookupFor.row, eccn, note).then((saved) => {
                    if (!saved) return;
                    setLookupFor(null);
                    setTab('review');
                  });
                },
              } : undefined
            }
          />
        )}
        {tab === 'screening' && <ScreeningListPanel store={screening.store} onListChange={screening.setList} />}
        {tab === 'settings' && (
          <>
            <SettingsPanel name={name} onNameChange={setName} />
            <PackLoader engine={engine} current={meta} onLoaded={setLoadedMeta} />
          </>
        )}
      </div>
    </>
  );
}
