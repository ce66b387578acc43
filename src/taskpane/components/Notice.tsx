import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/** A quiet confirmation of what just happened, announced to screen readers without moving focus. */
export function Notice({ intent = 'success', children }: { intent?: 'success' | 'info' | 'warning'; children: ReactNode }) {
  return (
    <MessageBar intent={intent} layout="multiline" aria-live="polite">
      <MessageBarBody>{children}</MessageBarBody>
    </MessageBar>
  );
}
