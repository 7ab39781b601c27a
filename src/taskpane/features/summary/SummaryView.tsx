import {
  Badge,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { LicenseRequirement, RowStatus, RunSummary } from '../../../engine';
import { columnLetter } from '../../../engine';
import type { WrittenBlock } from '../run/runClassification';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', width: '30%' },
  groupTitle: { marginTop: tokens.spacingVerticalXS },
});

const STATUS_ROWS: Array<{ key: RowStatus; label: string; color: BadgeProps['color'] }> = [
  { key: 'CLEAR', label: 'CLEAR', color: 'success' },
  { key: 'FLAGGED', label: 'FLAGGED', color: 'danger' },
  { key: 'NEEDS_REVIEW', label: 'NEEDS REVIEW', color: 'warning' },
];

const LICENSE_ROWS: Array<{ key: LicenseRequirement; label: string }> = [
  { key: 'NLR', label: 'NLR (no license required)' },
  { key: 'LICENSE_REQUIRED', label: 'License required' },
  { key: 'PROHIBITED', label: 'Prohibited' },
  { key: 'NOT_DETERMINED', label: 'Not determined' },
];

const n = (x: number) => x.toLocaleString('en-US');

function CountTable({ label, rows }: { label: string; rows: Array<{ id: string; label: ReactNode; count: number }> }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={label}>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} data-testid={`summary-${r.id}`}>
            <TableCell>{r.label}</TableCell>
            <TableCell className={styles.count}>{n(r.count)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What the run did, in counts, and what those counts do not mean. */
export function SummaryView({ summary, written }: { summary: RunSummary; written?: WrittenBlock | null }) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="earmark-summary-title">
      <Subtitle2 as="h2" id="earmark-summary-title">
        Summary
      </Subtitle2>
      {written && (
        <Caption1 data-testid="written-where">
          Results written to columns {columnLetter(written.firstColumn)}–{columnLetter(written.lastColumn)} of{' '}
          {written.sheetName} ({n(written.rows)} rows).
        </Caption1>
      )}
      <CountTable
        label="Rows"
        rows={[
          { id: 'rows-read', label: 'Rows read', count: summary.rowsRead },
          { id: 'rows-skipped', label: 'Rows skipped (blank)', count: summary.rowsSkipped },
          { id: 'not-screened', label: 'Rows not screened (no screening list)', count: summary.screeningNotPerformed },
        ]}
      />
      <Subtitle2 as="h3" className={styles.groupTitle}>
        By status
      </Subtitle2>
      <CountTable
        label="Rows by status"
        rows={STATUS_ROWS.map((s) => ({
          id: `status-${s.key}`,
          label: (
            <Badge appearance="tint" color={s.color} shape="rounded">
              {s.label}
            </Badge>
          ),
          count: summary.byStatus[s.key],
        }))}
      />
      <Subtitle2 as="h3" className={styles.groupTitle}>
        By license outcome
      </Subtitle2>
      <CountTable
        label="Rows by license outcome"
        rows={LICENSE_ROWS.map((l) => ({ id: `license-${l.key}`, label: l.label, count: summary.byLicense[l.key] }))}
      />
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>NLR is not a clearance</MessageBarTitle>
          NLR here rests on the Commerce Control List and the Country Chart only. End-user, end-use and restricted-party
          checks still apply. EARmark is an aid to classification, not a legal ruling. Rules pack {summary.rulesVersion},
          effective {summary.effectiveDate}.
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
