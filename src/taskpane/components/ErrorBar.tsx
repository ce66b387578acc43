import { Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useMode } from '../hooks/ModeContext';
import { useLocale, useStrings } from '../i18n';
import { describeError } from '../logic/errors';

const useStyles = makeStyles({
  detail: { display: 'block', overflowWrap: 'anywhere' },
});

interface Props {
  error: unknown;
  onDismiss: () => void;
  onRetry?: () => void;
}

/** A host or file error in plain words, with what to do next; nothing is left only in the console. */
export function ErrorBar({ error, onDismiss, onRetry }: Props) {
  const t = useStrings();
  const locale = useLocale();
  const s = useStyles();
  const excel = useMode() === 'excel';
  if (!error) return null;
  const shown = describeError(error, t, locale);
  // The page has no task pane to reopen: it says what to do in a browser.
  if (!excel && shown.message === t.errors.generic) shown.message = t.errors.genericPage;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t.errors.title}</MessageBarTitle>
        {shown.message}
        {shown.detail ? <Caption1 className={s.detail}>{t.errors.detail(shown.detail)}</Caption1> : null}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label={t.errors.dismiss} icon={<DismissRegular />} onClick={onDismiss} />}
      >
        {onRetry ? <Button onClick={onRetry}>{t.errors.retry}</Button> : null}
      </MessageBarActions>
    </MessageBar>
  );
}
