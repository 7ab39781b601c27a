import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PackMeta } from '../../../engine';
import type { RunMetadata } from '../../services/ports';
import { screeningListText } from './auditLines';

/** Where the results on the sheet came from; a warning when the pane's rules differ from theirs. */
export function ProvenanceBar({ lastRun, meta, stale }: { lastRun: RunMetadata | null; meta: PackMeta | null; stale: boolean }) {
  if (!lastRun) return null;
  const when = lastRun.ranAt.slice(0, 10);
  const who = lastRun.ranBy ? ` by ${lastRun.ranBy}` : '';
  if (stale && meta) {
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="provenance">
        <MessageBarBody>
          <MessageBarTitle>Results are from older rules</MessageBarTitle>
          Results are from rules effective {lastRun.effectiveDate}; your rules are effective {meta.effectiveDate} — re-run to compare.
          (Last run {when}{who}, pack {lastRun.rulesVersion}.)
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" layout="multiline" data-testid="provenance">
      <MessageBarBody>
        Results on the sheet: run {when}{who}, rules pack {lastRun.rulesVersion} effective {lastRun.effectiveDate}, screening{' '}
        {screeningListText(lastRun.screeningListDate)}, {lastRun.rowsRead} rows.
      </MessageBarBody>
    </MessageBar>
  );
}
