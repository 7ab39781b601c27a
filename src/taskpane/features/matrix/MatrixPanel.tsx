import { Body1, Button, Caption1, Combobox, Field, makeStyles, Option, Spinner, tokens } from '@fluentui/react-components';
import { NoticeBar } from '../../components/NoticeBar';
import type { useMatrix } from './useMatrix';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Pick destinations and/or Country Groups; EARmark writes a products × destinations sheet. */
export function MatrixPanel({ matrix, productCount }: { matrix: ReturnType<typeof useMatrix>; productCount: number }) {
  const styles = useStyles();
  const { choices } = matrix;
  if (!choices) return <Spinner size="tiny" label="Loading destinations…" />;
  return (
    <section className={styles.root} aria-label="Destination matrix">
      <Body1>One row per product, one column per destination: NLR, LIC (reasons), EMB or PROHIBITED, colour-coded, on a new sheet.</Body1>
      <Field label="Destinations">
        <Combobox
          multiselect
          placeholder="Choose destinations"
          selectedOptions={matrix.names}
          onOptionSelect={(_, d) => matrix.setNames(d.selectedOptions)}
        >
          {choices.destinations.map((d) => (
            <Option key={d.code} value={d.name}>
              {d.name}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Whole Country Groups">
        <Combobox
          multiselect
          placeholder="Choose Country Groups"
          selectedOptions={matrix.groups}
          onOptionSelect={(_, d) => matrix.setGroups(d.selectedOptions)}
        >
          {choices.groups.map((g) => (
            <Option key={g.id} value={g.id} text={`${g.id} ${g.title}`}>
              {`${g.id} — ${g.title} (${g.members.length})`}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Caption1 data-testid="matrix-size">
        {productCount} products × {matrix.destinations.length} destinations
      </Caption1>
      {productCount === 0 && <Body1>Classify the sheet first: the matrix uses the products the run read.</Body1>}
      <Button appearance="primary" disabled={matrix.busy || productCount === 0 || matrix.destinations.length === 0} onClick={() => void matrix.write()}>
        {matrix.busy ? 'Writing matrix…' : 'Write matrix sheet'}
      </Button>
      {matrix.notice && <NoticeBar notice={matrix.notice} onDismiss={matrix.dismissNotice} />}
    </section>
  );
}
