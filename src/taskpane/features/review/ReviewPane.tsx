import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  makeStyles,
  Subtitle2,
  Textarea,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { NoticeBar } from '../../components/NoticeBar';
import { ReviewCharts } from './ReviewCharts';
import { ReviewDetail } from './ReviewDetail';
import { REVIEW_FILTERS } from './reviewFilters';
import type { ReviewRow } from './reviewRow';
import type { useReview } from './useReview';

const MAX_SHOWN = 200;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  open: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, flexGrow: 1, minWidth: 0 },
  text: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const STATUS_COLOR = { CLEAR: 'success', FLAGGED: 'danger', NEEDS_REVIEW: 'warning' } as const;

function RowLine({ row, checked, onCheck, onOpen }: { row: ReviewRow; checked: boolean; onCheck(): void; onOpen(): void }) {
  const styles = useStyles();
  const label = `Row ${row.row} · ${row.partNumber ?? '—'} · ${row.license.replace('_', ' ').toLowerCase()}${row.destination ? ` · ${row.destination}` : ''}`;
  return (
    <li className={styles.item}>
      <Checkbox checked={checked} onChange={onCheck} aria-label={`Select row ${row.row}`} />
      <Button className={styles.open} appearance="subtle" size="small" onClick={onOpen} title="Show details and select this row on the sheet">
        <span className={styles.text}>
          <Badge appearance="tint" shape="rounded" color={STATUS_COLOR[row.status]}>
            {row.status.replace('_', ' ')}
          </Badge>{' '}
          {label}
          {row.reviewStatus && row.reviewStatus !== 'Pending' ? ` · ${row.reviewStatus}` : ''}
        </span>
      </Button>
    </li>
  );
}

/** The reviewer's tab: filter the rows, open one, decide on a selection, print a report. */
export interface ReviewPaneProps {
  review: ReturnType<typeof useReview>;
  rows: ReviewRow[];
  hasBlock: boolean;
  /** Opens the CCL look-up for a row, to choose its Override ECCN. */
  onLookUp?(row: ReviewRow): void;
}

export function ReviewPane({ review, rows, hasBlock, onLookUp }: ReviewPaneProps) {
  const styles = useStyles();
  if (rows.length === 0) {
    return <Body1>Classify the sheet first (Classify tab): the rows to review, their reasons and the review columns come from a run.</Body1>;
  }
  const shown = review.shown.slice(0, MAX_SHOWN);
  const allChecked = shown.length > 0 && shown.every((r) => review.selected.has(r.row));
  return (
    <div className={styles.root}>
      {review.notice && <NoticeBar notice={review.notice} onDismiss={review.dismissNotice} />}
      <section aria-labelledby="earmark-filters-title">
        <Subtitle2 as="h2" id="earmark-filters-title">
          Filters
        </Subtitle2>
        <div className={styles.filters} role="group" aria-labelledby="earmark-filters-title">
          {REVIEW_FILTERS.map((f) => (
            <ToggleButton key={f.id} size="small" checked={review.filters.has(f.id)} onClick={() => review.toggleFilter(f.id)}>
              {f.label}
            </ToggleButton>
          ))}
        </div>
      </section>
      <section aria-labelledby="earmark-rows-title">
        <Subtitle2 as="h2" id="earmark-rows-title">
          Rows ({review.shown.length} of {rows.length})
        </Subtitle2>
        <Checkbox
          label="Select all shown"
          checked={allChecked ? true : review.selected.size > 0 ? 'mixed' : false}
          onChange={(_, d) => review.selectAllShown(d.checked === true)}
        />
        <ul className={styles.list} aria-label="Matching rows">
          {shown.map((r) => (
            <RowLine key={r.row} row={r} checked={review.selected.has(r.row)} onCheck={() => review.toggleSelected(r.row)} onOpen={() => review.open(r.row)} />
          ))}
        </ul>
        {review.shown.length > MAX_SHOWN && <Caption1>and {review.shown.length - MAX_SHOWN} more: narrow the filters.</Caption1>}
      </section>
      {review.detail && (
        <ReviewDetail
          row={review.detail}
          onClose={review.closeDetail}
          busy={review.busy}
          onNotAMatch={(hit, reason) => void review.markFalsePositive(review.detail!.row, hit, reason)}
          onLookUp={onLookUp && (() => onLookUp(review.detail!))}
        />
      )}
      <section aria-labelledby="earmark-decide-title">
        <Subtitle2 as="h2" id="earmark-decide-title">
          Decide on {review.selected.size} selected row{review.selected.size === 1 ? '' : 's'}
        </Subtitle2>
        <Field label="Note (written with the decision)">
          <Textarea value={review.note} onChange={(_, d) => review.setNote(d.value)} resize="vertical" />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={!hasBlock || review.busy || review.selected.size === 0} onClick={() => void review.decide('Approved')}>
            Approve selected
          </Button>
          <Button disabled={!hasBlock || review.busy || review.selected.size === 0} onClick={() => void review.decide('Escalated')}>
            Escalate selected
          </Button>
        </div>
      </section>
      <ReviewCharts rows={rows} />
      <Button disabled={review.busy} onClick={() => void review.exportReport()}>
        Export review report
      </Button>
    </div>
  );
}
