import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ScreeningHit } from '../../../engine';
import type { ReviewRow } from './reviewRow';
import { ScreeningHits } from './ScreeningHits';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  dl: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, margin: 0 },
  dd: { margin: 0, wordBreak: 'break-word' },
});

/** One row's determination: the answer, the reasoning, and the chain of citations it rests on. */
export interface ReviewDetailProps {
  row: ReviewRow;
  onClose(): void;
  busy?: boolean;
  onNotAMatch?(hit: ScreeningHit, reason: string): void;
  /** Opens the CCL look-up to choose an Override ECCN for this row. */
  onLookUp?(): void;
}

export function ReviewDetail({ row, onClose, busy = false, onNotAMatch, onLookUp }: ReviewDetailProps) {
  const styles = useStyles();
  const fields: Array<[string, string]> = [
    ['ECCN', `${row.eccn ?? '—'} (${row.eccnSource === 'override' ? 'reviewer override' : row.eccnSource})`],
    ['Destination', row.destination ?? '—'],
    ['Licence', row.licenseText],
    ['Status', row.status],
    ['Review', [row.reviewStatus, row.reviewer, row.reviewedOn].filter(Boolean).join(' · ') || 'Pending'],
  ];
  if (row.reviewNote) fields.push(['Note', row.reviewNote]);
  return (
    <section className={styles.root} aria-labelledby="earmark-detail-title" data-testid="review-detail">
      <Subtitle2 as="h3" id="earmark-detail-title">
        Row {row.row} · {row.partNumber ?? 'no part number'}
      </Subtitle2>
      <dl className={styles.dl}>
        {fields.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>
              <Caption1>{k}</Caption1>
            </dt>
            <dd className={styles.dd}>
              <Body1>{v}</Body1>
            </dd>
          </div>
        ))}
      </dl>
      <Caption1>Basis</Caption1>
      <Body1>{row.basis}</Body1>
      {row.citations.length > 0 && (
        <>
          <Caption1 id="earmark-citations">Citations, in the order applied</Caption1>
          <ol className={styles.list} aria-labelledby="earmark-citations">
            {row.citations.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ol>
        </>
      )}
      {row.warnings.length > 0 && (
        <>
          <Caption1 id="earmark-warnings">Warnings</Caption1>
          <ul className={styles.list} aria-labelledby="earmark-warnings">
            {row.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {onNotAMatch && <ScreeningHits hits={row.screening} busy={busy} onNotAMatch={onNotAMatch} />}
      {onLookUp && (
        <Button size="small" onClick={onLookUp}>
          Choose an override ECCN in the CCL look-up…
        </Button>
      )}
      <Button size="small" onClick={onClose}>
        Close details
      </Button>
    </section>
  );
}
