import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import type { PackMeta } from '../../../engine';
import type { EngineClient } from '../../services/ports';
import { usePackLoader } from './usePackLoader';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  hidden: { display: 'none' },
});

export interface PackLoaderProps {
  engine: EngineClient;
  /** The pack in use now (shown, and named when a new one is refused). */
  current: PackMeta | null;
  onLoaded: (meta: PackMeta) => void;
}

/**
 * Lets the user switch to a newer rules pack file. Nothing leaves the machine: the file is read
 * in the pane and validated in the engine's worker.
 */
export function PackLoader({ engine, current, onLoaded }: PackLoaderProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { state, load } = usePackLoader(engine, onLoaded);
  const currentText = current ? `${current.version}, effective ${current.effectiveDate}` : 'the bundled pack';

  return (
    <section className={styles.root} aria-labelledby="pack-loader-title">
      <Text as="h2" weight="semibold" size={400} id="pack-loader-title">
        Rules pack
      </Text>
      <Text>In use: {currentText}.</Text>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".json,application/json"
        aria-label="Rules pack file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void load(file);
        }}
      />
      <Button onClick={() => input.current?.click()} disabled={state.kind === 'loading'}>
        Load a rules pack…
      </Button>
      {state.kind === 'loaded' && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Rules pack loaded</MessageBarTitle>
            {state.fileName}: version {state.meta.version}, effective {state.meta.effectiveDate}. Re-run to apply it.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'refused' && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>
            <MessageBarTitle>Rules pack refused</MessageBarTitle>
            {state.fileName}: {state.reason} The current pack ({currentText}) stays in use.
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
