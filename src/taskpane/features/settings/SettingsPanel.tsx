import { Body1, Field, Input, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Who is using EARmark: the name on every audit line and review decision. */
export function SettingsPanel({ name, onNameChange }: { name: string; onNameChange(name: string): void }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Settings">
      <Field label="Your name" hint="Written on the audit sheet with each run and review decision. Kept on this computer, not in the workbook.">
        <Input value={name} onChange={(_, d) => onNameChange(d.value)} placeholder="e.g. Dana Reyes" />
      </Field>
      <Body1>Results, review columns and the audit trail are saved in the workbook itself, so a colleague who opens it sees the same.</Body1>
    </section>
  );
}
