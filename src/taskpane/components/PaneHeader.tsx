import { Caption1, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { PackMeta } from '../../engine';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  mark: { width: '32px', height: '32px', flexShrink: 0 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

export interface PaneHeaderProps {
  meta: PackMeta | null;
  metaError: string | null;
}

/** EARmark's name, and which rules pack (version, effective date) its answers rest on. */
export function PaneHeader({ meta, metaError }: PaneHeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <svg className={styles.mark} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <path d="M7 3h18v26l-9-6-9 6z" fill={tokens.colorBrandBackground} />
        <path d="M12 9h9v2.4h-6.4v2.4h5.6v2.4h-5.6v2.4H21V21h-9z" fill={tokens.colorNeutralForegroundOnBrand} />
      </svg>
      <div className={styles.text}>
        <Text as="h1" size={500} weight="semibold">
          EARmark
        </Text>
        {meta ? (
          <Caption1 data-testid="pack-info">
            Rules pack {meta.version} · effective {meta.effectiveDate}
          </Caption1>
        ) : metaError ? (
          <Caption1 role="alert">Rules pack not loaded: {metaError}</Caption1>
        ) : (
          <Spinner size="extra-tiny" label="Loading rules pack…" labelPosition="after" />
        )}
      </div>
    </header>
  );
}
