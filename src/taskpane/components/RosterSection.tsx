import { Body1, Button, Subtitle2 } from '@fluentui/react-components';
import { PeopleListRegular } from '@fluentui/react-icons';
import { useHost } from '../hooks/HostContext';
import type { ReportState } from '../hooks/useReport';
import { useRoster } from '../hooks/useRoster';
import { useStrings } from '../i18n';
import { ErrorBar } from './ErrorBar';
import { RosterNotice } from './RosterNotice';

export function RosterSection({ state }: { state: ReportState }) {
  const t = useStrings();
  const host = useHost();
  const report = state.checked?.report ?? null;
  const roster = useRoster(host, report, () => state.refresh(state.shown));
  return (
    <>
      <Subtitle2 as="h3">{t.settings.roster}</Subtitle2>
      <Body1>{t.settings.rosterHint}</Body1>
      <div>
        <Button icon={<PeopleListRegular />} onClick={() => void roster.make()} disabled={roster.busy || !report}>
          {t.settings.makeRoster}
        </Button>
      </div>
      <ErrorBar error={roster.error} onDismiss={roster.clearError} />
      <RosterNotice written={roster.written} onSelect={(name) => void roster.select(name)} />
    </>
  );
}
