import { Badge, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReviewItem } from '../run/runClassification';

/** More than this and the list stops helping; the Status column (filterable) is the place. */
const MAX_SHOWN = 50;

const LICENSE_TEXT: Record<ReviewItem['license'], string> = {
  NLR: 'NLR',
  LICENSE_REQUIRED: 'License required',
  PROHIBITED: 'Prohibited',
  NOT_DETERMINED: 'Not determined',
};

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { justifyContent: 'flex-start', width: '100%', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  text: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', minWidth: 0 },
  part: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export interface ReviewListProps {
  items: ReviewItem[];
  onGoTo(row: number): void;
}

/** FLAGGED and NEEDS_REVIEW rows; choosing one selects it on the sheet. */
export function ReviewList({ items, onGoTo }: ReviewListProps) {
  const styles = useStyles();
  if (items.length === 0) return null;
  const shown = items.slice(0, MAX_SHOWN);
  return (
    <section className={styles.root} aria-labelledby="earmark-review-title">
      <Subtitle2 as="h2" id="earmark-review-title">
        Rows to review
      </Subtitle2>
      <ul className={styles.list}>
        {shown.map((item) => (
          <li key={item.row}>
            <Button
              className={styles.item}
              appearance="subtle"
              size="small"
              onClick={() => onGoTo(item.row)}
              title="Select this row on the sheet"
            >
              <span className={styles.text}>
                <Badge appearance="tint" shape="rounded" color={item.status === 'FLAGGED' ? 'danger' : 'warning'}>
                  {item.status === 'FLAGGED' ? 'FLAGGED' : 'REVIEW'}
                </Badge>
                <span className={styles.part}>
                  Row {item.row} · {item.partNumber ?? '—'} · {LICENSE_TEXT[item.license]}
                  {item.destination ? ` · ${item.destination}` : ''}
                </span>
              </span>
            </Button>
          </li>
        ))}
      </ul>
      {items.length > MAX_SHOWN && (
        <Caption1>
          and {items.length - MAX_SHOWN} more: filter the EARmark Status column to see them all.
        </Caption1>
      )}
    </section>
  );
}
