import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useStrings } from '../i18n';
import type { UnresolvedName } from '../logic/engine';

const SHOWN = 8;

interface Props {
  unresolved: UnresolvedName[];
  /** How many of them a safe fix can settle; with none, the way out is a roster the user corrects. */
  fixable: number;
  busy: boolean;
  onFix: () => void;
  onRoster: () => void;
  onAnyway: () => void;
}

/** Asked before summaries are written while some names may be one person written two ways. */
export function UnresolvedNames({ unresolved, fixable, busy, onFix, onRoster, onAnyway }: Props) {
  const t = useStrings();
  const names =
    unresolved
      .slice(0, SHOWN)
      .map((u) => `${u.name} → ${u.canonical}`)
      .join('；') + (unresolved.length > SHOWN ? '…' : '');
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.summary.unresolvedTitle}</MessageBarTitle>
        {t.summary.unresolved(names)}
        {fixable === 0 ? <div>{t.summary.noFixable}</div> : null}
      </MessageBarBody>
      <MessageBarActions>
        {fixable > 0 ? (
          <Button appearance="primary" onClick={onFix} disabled={busy}>
            {t.summary.fixNames}
          </Button>
        ) : (
          <Button appearance="primary" onClick={onRoster} disabled={busy}>
            {t.settings.makeRoster}
          </Button>
        )}
        <Button onClick={onAnyway} disabled={busy}>
          {t.summary.anyway}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
