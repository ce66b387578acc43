import { Body1, Button, Field, makeStyles, ProgressBar, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { TableSimpleRegular } from '@fluentui/react-icons';
import { useHost } from '../hooks/HostContext';
import type { ReportState } from '../hooks/useReport';
import type { SettingsState } from '../hooks/useSettings';
import { useRoster } from '../hooks/useRoster';
import { useSummaries } from '../hooks/useSummaries';
import { useStrings } from '../i18n';
import type { SummaryBy } from '../logic/engine';
import { BulletinSection } from './BulletinSection';
import { ErrorBar } from './ErrorBar';
import { RosterNotice } from './RosterNotice';
import { UnresolvedNames } from './UnresolvedNames';
import { WrittenSheets } from './WrittenSheets';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function SummaryPanel({ state, settings }: { state: ReportState; settings: SettingsState }) {
  const t = useStrings();
  const s = useStyles();
  const host = useHost();
  const report = state.checked?.report ?? null;
  const sum = useSummaries(host, state.checked, () => state.refresh(state.shown));
  const roster = useRoster(host, report, () => state.refresh(state.shown));
  const phase = sum.phase;

  return (
    <div className={s.root}>
      <Field label={t.summary.by}>
        <RadioGroup value={sum.by} onChange={(_, d) => sum.setBy(d.value as SummaryBy)} disabled={sum.busy}>
          <Radio value="leader" label={t.summary.byLeader} />
          <Radio value="unit" label={t.summary.byUnit} />
          <Radio value="both" label={t.summary.byBoth} />
        </RadioGroup>
      </Field>
      <div>
        <Button appearance="primary" icon={<TableSimpleRegular />} onClick={() => void sum.run()} disabled={!report || sum.busy}>
          {t.summary.run}
        </Button>
      </div>
      {!report ? <Body1>{t.summary.needReport}</Body1> : null}
      <ErrorBar error={sum.error ?? roster.error} onDismiss={() => { sum.clearError(); roster.clearError(); }} />
      <RosterNotice written={roster.written} onSelect={(name) => void roster.select(name)} />
      {phase.kind === 'confirm' ? (
        <UnresolvedNames
          unresolved={phase.unresolved}
          units={phase.units}
          fixable={phase.fixable}
          busy={sum.busy || roster.busy}
          onFix={() => void sum.fixNames()}
          onRename={(choice) => void sum.rename(choice)}
          onRoster={() => void roster.make().then((sheet) => sheet && roster.select(sheet.name))}
          onAnyway={() => void sum.proceed()}
        />
      ) : null}
      {phase.kind === 'working' || sum.busy ? (
        <Field validationMessage={t.summary.working} validationState="none">
          <ProgressBar aria-label={t.summary.working} />
        </Field>
      ) : null}
      {phase.kind === 'done' ? <WrittenSheets written={phase.written} leftOut={phase.leftOut} onSelect={(name) => void sum.select(name)} /> : null}
      {report ? <BulletinSection state={state} settings={settings} /> : null}
    </div>
  );
}
