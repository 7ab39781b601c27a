import { Button, Caption1, makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { RerunChange } from './reviewBookkeeping';

const MAX_SHOWN = 100;
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  cell: { wordBreak: 'break-word', verticalAlign: 'top' },
});

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s || '—');

/** After a re-run: each answer that changed, before → after, and a way to mark them on the sheet. */
export function RerunChanges({ changes, onMark, marked }: { changes: RerunChange[]; onMark(): void; marked: boolean }) {
  const styles = useStyles();
  if (changes.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby="earmark-changes-title">
      <Subtitle2 as="h2" id="earmark-changes-title">
        Changed since the last run ({changes.length})
      </Subtitle2>
      <Table size="extra-small" aria-label="Answers changed since the last run">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Row</TableHeaderCell>
            <TableHeaderCell>What</TableHeaderCell>
            <TableHeaderCell>Before → after</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.slice(0, MAX_SHOWN).map((c) => (
            <TableRow key={`${c.row}-${c.field}`}>
              <TableCell className={styles.cell}>{c.row}</TableCell>
              <TableCell className={styles.cell}>{c.field}</TableCell>
              <TableCell className={styles.cell}>
                {short(c.before)} → {short(c.after)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {changes.length > MAX_SHOWN && <Caption1>and {changes.length - MAX_SHOWN} more.</Caption1>}
      <Button onClick={onMark} disabled={marked}>
        {marked ? 'Marked in the sheet' : 'Mark changed cells in the sheet'}
      </Button>
    </section>
  );
}
