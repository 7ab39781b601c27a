/**
 * ScreeningListPanel — the restricted-party list the add-in screens against.
 *
 * Contract for the lead wiring it into the pane (App.tsx / the run feature are not touched here):
 *
 *   <ScreeningListPanel
 *     store={indexedDbScreeningListStore()}   // ScreeningListStore; create once (e.g. useMemo) —
 *                                             // memoryScreeningListStore() in tests
 *     onListChange={(list) => ...}            // ScreeningList | null: called once the saved list is
 *                                             // read on mount, and after every load or clear
 *     now={() => new Date()}                  // optional clock (tests)
 *   />
 *
 * The run then builds its engine with
 *   new Engine(pack, { screener: list ? new ListScreener(list, { destinations: pack.destinations,
 *                                                             decisions: await loadScreeningDecisions() })
 *                                     : undefined })
 * (no list: the engine's default reports screening as not performed, never as "no match").
 * `useScreeningList(store, onChange, now)` gives the same state without the UI.
 *
 * What it shows: a file picker for trade.gov's consolidated.csv / consolidated.json; the list in
 * use with its file name, date, age and entries per source list; a warning when the list is older
 * than 7 days; why a file was refused (the previous list stays in use).
 */
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useRef } from 'react';
import type { ScreeningList } from '../../../engine';
import { ageInDays, STALE_AFTER_DAYS } from './listAge';
import type { ScreeningListStore } from './screeningListStore';
import { useScreeningList } from './useScreeningList';

export interface ScreeningListPanelProps {
  store: ScreeningListStore;
  onListChange?: (list: ScreeningList | null) => void;
  now?: () => Date;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', width: '30%' },
  hidden: { display: 'none' },
});

const n = (x: number) => x.toLocaleString('en-US');

export function ScreeningListPanel({ store, onListChange, now = () => new Date() }: ScreeningListPanelProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const state = useScreeningList(store, onListChange, now);
  const { current } = state;
  const listDate = current ? (current.fileDate ?? current.importedAt) : null;
  const age = ageInDays(listDate, now());
  const sources = useMemo(
    () => (current ? Object.entries(current.list.countsBySource).sort((a, b) => b[1] - a[1]) : []),
    [current],
  );

  return (
    <section className={styles.root} aria-labelledby="screening-list-title">
      <Subtitle2 id="screening-list-title">Screening list</Subtitle2>
      {state.status === 'loading' ? (
        <Caption1>Reading the saved screening list…</Caption1>
      ) : current ? (
        <>
          <Caption1>
            {current.fileName}: {n(current.list.entries.length)} entries, dated {listDate?.slice(0, 10)}
            {age !== null && ` (${age === 0 ? 'today' : `${age} day${age === 1 ? '' : 's'} old`})`}
          </Caption1>
          {age !== null && age > STALE_AFTER_DAYS && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>The screening list is out of date</MessageBarTitle>
                It is {age} days old; the agencies amend their lists often. Download the current consolidated list from trade.gov and load it.
              </MessageBarBody>
            </MessageBar>
          )}
          <Table size="extra-small" aria-label="Entries per source list">
            <TableBody>
              {sources.map(([source, count]) => (
                <TableRow key={source}>
                  <TableCell>{source}</TableCell>
                  <TableCell className={styles.count}>{n(count)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : (
        <Caption1>No screening list loaded: end users and consignees are reported as not screened (not as “no match”).</Caption1>
      )}
      {state.error && (
        <MessageBar intent="error" layout="multiline" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Screening list refused</MessageBarTitle>
            {state.error}
            {current ? ' The previous list stays in use.' : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".csv,.json"
          aria-label="Screening list file"
          data-testid="screening-list-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void state.importFile(file);
          }}
        />
        <Button appearance="primary" disabled={state.busy || state.status === 'loading'} onClick={() => input.current?.click()}>
          {state.busy ? 'Loading…' : current ? 'Load a newer list…' : 'Load screening list…'}
        </Button>
        {current && (
          <Button appearance="secondary" disabled={state.busy} onClick={() => void state.clear()}>
            Remove list
          </Button>
        )}
      </div>
    </section>
  );
}
