import { Body1, Button, Caption1, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ScreeningHit } from '../../../engine';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface ScreeningHitsProps {
  hits: readonly ScreeningHit[];
  busy: boolean;
  onNotAMatch(hit: ScreeningHit, reason: string): void;
}

/**
 * A row's restricted-party hits, each with the listed name that matched, its list, score and
 * Federal Register citation. A reviewer who has established that the listed party is not the
 * row's party records it here, with a reason; only list hits (with an entry and fingerprint) can
 * be ruled on, so a later change to the entry reopens the question.
 */
export function ScreeningHits({ hits, busy, onNotAMatch }: ScreeningHitsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  if (hits.length === 0) return null;
  return (
    <>
      <Caption1 id="earmark-hits">Screening hits</Caption1>
      <ul className={styles.list} aria-labelledby="earmark-hits">
        {hits.map((hit, i) => (
          <li key={`${hit.entryId ?? hit.name}-${i}`}>
            <Body1>
              {hit.party ? `"${hit.party}" matched ` : ''}
              {hit.listedName ?? hit.name} [{hit.list}] {Math.round(hit.score * 100)}%
              {hit.federalRegisterNotice ? ` · ${hit.federalRegisterNotice}` : ''}
            </Body1>
            {hit.entryId && hit.fingerprint && hit.party && open !== i && (
              <Button size="small" onClick={() => { setOpen(i); setReason(''); }}>
                Not this party…
              </Button>
            )}
            {open === i && (
              <div className={styles.form}>
                <Field label="Why is this not the listed party?" required>
                  <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" />
                </Field>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={busy || reason.trim() === ''}
                  onClick={() => {
                    onNotAMatch(hit, reason.trim());
                    setOpen(null);
                  }}
                >
                  Record as not a match
                </Button>
                <Button size="small" onClick={() => setOpen(null)}>
                  Cancel
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
