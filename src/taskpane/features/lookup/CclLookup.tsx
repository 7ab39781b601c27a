import {
  Badge,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Combobox,
  Field,
  makeStyles,
  Option,
  SearchBox,
  Textarea,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  Engine,
  explainFor,
  InputEccnClassifier,
  searchCcl,
  type CclExplanation,
  type CclSearchResult,
  type RulesPack,
} from '../../../engine';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  results: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  resultButton: { justifyContent: 'flex-start', textAlign: 'left', width: '100%' },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  answer: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const LICENSE_TEXT: Record<string, string> = {
  NLR: 'No licence required (CCL and Country Chart only)',
  LICENSE_REQUIRED: 'Licence required',
  PROHIBITED: 'Prohibited',
  NOT_DETERMINED: 'Not determined',
};

const SPECIAL_TEXT: Record<string, string> = {
  '600-series': '600-series military item: own licence rules (740.2(a)(12), 744.21)',
  '9x515': '9x515 spacecraft item: own licence rules',
  'itar-reference': 'Points to items subject to the ITAR',
  reserved: 'Reserved',
  removed: 'Removed',
};

/**
 * Looking things up: find a CCL entry by ECCN or words, read its reasons, licence rows and
 * exceptions, and see what the engine answers for a chosen destination, with its citations.
 * Pure over the pack it is given; the task pane decides where it is shown.
 */
export interface CclLookupProps {
  pack: RulesPack;
  /** When the look-up was opened for a sheet row: record the chosen entry as that row's Override ECCN. */
  forRow?: { row: number; partNumber: string | null; onChoose(eccn: string, note: string): void };
}

export function CclLookup({ pack, forRow }: CclLookupProps) {
  const styles = useStyles();
  const resultsLabel = useId();
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<CclSearchResult | null>(null);
  const [destination, setDestination] = useState<string | null>(null);
  const engine = useMemo(() => new Engine(pack, { classifier: new InputEccnClassifier() }), [pack]);
  const results = useMemo(() => searchCcl(pack, query, 10), [pack, query]);
  const destinations = useMemo(() => pack.destinations.map((d) => d.name).sort((a, b) => a.localeCompare(b)), [pack]);
  const [destinationText, setDestinationText] = useState('');
  const [overrideNote, setOverrideNote] = useState('');
  const shownDestinations = destinations.filter((d) => d.toLowerCase().includes(destinationText.toLowerCase())).slice(0, 50);

  const eccn = selected ? (selected.paragraph ? `${selected.eccn}.${selected.paragraph}` : selected.eccn) : null;
  const answer: CclExplanation | null = useMemo(
    () => (eccn && destination ? explainFor(pack, eccn, destination, engine) : null),
    [pack, engine, eccn, destination],
  );

  return (
    <section className={styles.root} aria-labelledby="earmark-lookup-title">
      <Subtitle2 as="h2" id="earmark-lookup-title">
        Look up the CCL
      </Subtitle2>
      <Field label="ECCN or words" hint='For example "6A003.b.4.b" or "thermal camera".'>
        <SearchBox
          value={query}
          onChange={(_, data) => {
            setQuery(data.value);
            setSelected(null);
          }}
        />
      </Field>

      {query.trim() && (
        <>
          <Caption1 id={resultsLabel}>
            {results.length ? `${results.length} ${results.length === 1 ? 'entry' : 'entries'} found` : 'No CCL entry found'}
          </Caption1>
          <ul className={styles.results} aria-labelledby={resultsLabel}>
            {results.map((r) => (
              <li key={r.eccn}>
                <Button
                  appearance={selected?.eccn === r.eccn ? 'primary' : 'subtle'}
                  className={styles.resultButton}
                  aria-pressed={selected?.eccn === r.eccn}
                  onClick={() => setSelected(r)}
                >
                  {r.eccn} — {r.title}
                  {r.matched.length > 0 && ` (matched ${r.matched.map((m) => `'${m}'`).join(', ')})`}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}

      {selected && (
        <Card aria-label={`ECCN ${selected.eccn}`}>
          <CardHeader
            header={
              <Text weight="semibold" as="h3">
                {eccn} — {selected.title}
              </Text>
            }
            description={<Caption1>{selected.citation}</Caption1>}
          />
          <div className={styles.badges} aria-label="Reasons for control">
            {selected.reasons.length ? selected.reasons.map((r) => <Badge key={r} appearance="outline">{r}</Badge>) : <Caption1>No reasons for control listed</Caption1>}
          </div>
          {selected.special.map((s) => (
            <Body1 key={s}>{SPECIAL_TEXT[s] ?? s}</Body1>
          ))}
          <Text weight="semibold" as="h4">Licence requirements</Text>
          <ul className={styles.list} aria-label="Licence requirements">
            {selected.rows.map((row, i) => (
              <li key={i}>
                <Body1>{row}</Body1>
              </li>
            ))}
          </ul>
          <Body1>Licence exceptions: {selected.exceptions.length ? selected.exceptions.join(', ') : 'none listed'}</Body1>

          <Field label="Destination">
            <Combobox
              placeholder="Choose a destination"
              value={destinationText}
              onChange={(e) => setDestinationText((e.target as HTMLInputElement).value)}
              onOptionSelect={(_, data) => {
                setDestination(data.optionText ?? null);
                setDestinationText(data.optionText ?? '');
              }}
            >
              {shownDestinations.map((d) => (
                <Option key={d}>{d}</Option>
              ))}
            </Combobox>
          </Field>

          {forRow && eccn && (
            <div className={styles.answer} role="group" aria-label={`Override for row ${forRow.row}`}>
              <Field label={`Why ${eccn} for row ${forRow.row}${forRow.partNumber ? ` (${forRow.partNumber})` : ''}?`} required>
                <Textarea value={overrideNote} onChange={(_, d) => setOverrideNote(d.value)} resize="vertical" />
              </Field>
              <Button appearance="primary" disabled={overrideNote.trim() === ''} onClick={() => forRow.onChoose(eccn, overrideNote.trim())}>
                Use {eccn} as the override for row {forRow.row}
              </Button>
              <Caption1>Written to the row's Override ECCN column, never into your own cells; the next run determines against it.</Caption1>
            </div>
          )}

          {answer && (
            <div className={styles.answer} role="region" aria-label="Answer" aria-live="polite">
              <Text weight="semibold">
                {eccn} to {answer.determination.destination ?? destination}: {LICENSE_TEXT[answer.determination.licenseRequirement]}
                {answer.determination.licenseReasons.length > 0 && ` (${answer.determination.licenseReasons.join(', ')})`}
              </Text>
              <Body1>{answer.answer}</Body1>
              <Caption1>Citations</Caption1>
              <ul className={styles.list} aria-label="Citations">
                {answer.citations.map((c) => (
                  <li key={c}>
                    <Caption1>{c}</Caption1>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </Card>
      )}
    </section>
  );
}
