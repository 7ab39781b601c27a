import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Notice } from '../features/run/runState';

/** A run's error or warning, as a Fluent MessageBar (never an alert dialog). */
export function NoticeBar({ notice, onDismiss }: { notice: Notice; onDismiss?: () => void }) {
  return (
    <MessageBar intent={notice.intent} layout="multiline" politeness={notice.intent === 'error' ? 'assertive' : 'polite'}>
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        {notice.body}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions
          containerAction={
            <Button appearance="transparent" size="small" aria-label="Dismiss message" onClick={onDismiss}>
              ✕
            </Button>
          }
        />
      )}
    </MessageBar>
  );
}
