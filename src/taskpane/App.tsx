import { Body1, FluentProvider, makeStyles, MessageBar, MessageBarBody, tokens, type Theme } from '@fluentui/react-components';
import { PaneHeader } from './components/PaneHeader';
import { NoticeBar } from './components/NoticeBar';
import { MappingEditor } from './features/mapping/MappingEditor';
import { RunControls } from './features/run/RunControls';
import { useClassifyRun } from './features/run/useClassifyRun';
import { usePackMeta } from './features/run/usePackMeta';
import { ReviewList } from './features/review/ReviewList';
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
});

export interface AppProps {
  workbook: WorkbookPort;
  engine: EngineClient;
  theme: Theme;
}

export function App({ workbook, engine, theme }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={theme} className={styles.provider}>
      <main className={styles.main}>
        <Pane workbook={workbook} engine={engine} />
      </main>
    </FluentProvider>
  );
}

function Pane({ workbook, engine }: Omit<AppProps, 'theme'>) {
  const { meta, error: metaError } = usePackMeta(engine);
  const run = useClassifyRun(workbook, engine);
  const { state } = run;
  return (
    <>
      <PaneHeader meta={meta} metaError={metaError} />
      <Body1>
        Finds each product row&apos;s ECCN and whether a license is required for its destination, and writes the
        answer in columns right of your data. Your cells are never changed.
      </Body1>
      <RunControls
        phase={state.phase}
        progress={state.progress}
        disabled={metaError !== null}
        onStart={run.start}
        onCancel={run.cancel}
      />
      {state.notice && <NoticeBar notice={state.notice} onDismiss={run.dismissNotice} />}
      {state.mappingChanged && (
        <MessageBar intent="info" politeness="polite">
          <MessageBarBody>Mapping saved in the workbook. Classify again to apply it to the results.</MessageBarBody>
        </MessageBar>
      )}
      {state.summary && <SummaryView summary={state.summary} written={state.written} />}
      {state.summary && <ReviewList items={state.review} onGoTo={run.goToRow} />}
      {state.mapping && (
        <MappingEditor
          mapping={state.mapping}
          origin={state.origin}
          disabled={run.running}
          onChange={run.changeMapping}
        />
      )}
    </>
  );
}
