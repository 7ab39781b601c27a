import { Button, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import type { Progress } from '../../services/ports';
import { phaseText, type RunState } from './runState';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  progress: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
});

export interface RunControlsProps {
  phase: RunState['phase'];
  progress: Progress | null;
  disabled: boolean;
  onStart(): void;
  onCancel(): void;
}

/** The primary action, and while it runs: what it is doing, how far it is, and Cancel. */
export function RunControls({ phase, progress, disabled, onStart, onCancel }: RunControlsProps) {
  const styles = useStyles();
  const running = phase !== 'idle';
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <section className={styles.root} aria-label="Classify">
      <Button appearance="primary" size="large" disabled={disabled || running} onClick={onStart}>
        Classify sheet
      </Button>
      {running && (
        <div className={styles.progress}>
          <Field className={styles.field} label={phaseText(phase, progress)} validationMessage={undefined}>
            <ProgressBar value={value} thickness="large" aria-label="Progress" />
          </Field>
          <Button onClick={onCancel}>Cancel</Button>
        </div>
      )}
    </section>
  );
}
