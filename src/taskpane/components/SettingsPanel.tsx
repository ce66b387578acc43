import { Body1, Button, Divider, Field, Input, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import type { KeyboardEvent } from 'react';
import type { ReportState } from '../hooks/useReport';
import { useSettingsForm } from '../hooks/useSettingsForm';
import type { SettingsState } from '../hooks/useSettings';
import { useStrings } from '../i18n';
import { isCommitEnter } from '../logic/ime';
import { ErrorBar } from './ErrorBar';
import { Notice } from './Notice';
import { RosterSection } from './RosterSection';
import { RuleSwitches } from './RuleSwitches';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: '100%' },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The sheets that could be the report, and the one chosen before even if it no longer looks like one. */
function pickable(reports: string[], chosen: string): string[] {
  return chosen && !reports.includes(chosen) ? [...reports, chosen] : reports;
}

export function SettingsPanel({ settings, state }: { settings: SettingsState; state: ReportState }) {
  const t = useStrings();
  const s = useStyles();
  const form = useSettingsForm(settings);
  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isCommitEnter(e)) void form.save();
  };

  return (
    <div className={s.root}>
      <ErrorBar error={settings.error} onDismiss={settings.clearError} />
      <Field label={t.settings.sheet} hint={t.settings.sheetHint}>
        <Select value={form.sheet} onChange={(_, d) => form.setSheet(d.value)}>
          <option value="">{t.noReport.auto}</option>
          {pickable(state.checked?.reportSheets ?? [], form.sheet).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.settings.month}>
        <Select value={form.month} onChange={(_, d) => form.setMonth(d.value)}>
          <option value="">{t.settings.monthAuto}</option>
          {MONTHS.map((m) => (
            <option key={m} value={String(m)}>
              {t.settings.monthOption(m)}
            </option>
          ))}
        </Select>
      </Field>
      <Subtitle2 as="h3">{t.settings.schedule}</Subtitle2>
      <div className={s.pair}>
        <Field label={t.settings.yellowBelow} validationState={form.invalid ? 'error' : 'none'}>
          <Input className={s.input} inputMode="decimal" value={form.yellow} onChange={(_, d) => form.setYellow(d.value)} onKeyDown={onEnter} />
        </Field>
        <Field label={t.settings.redBelow} validationState={form.invalid ? 'error' : 'none'}>
          <Input className={s.input} inputMode="decimal" value={form.red} onChange={(_, d) => form.setRed(d.value)} onKeyDown={onEnter} />
        </Field>
      </div>
      {form.invalid ? <Body1 role="alert">{t.settings.thresholdHint}</Body1> : null}
      <RuleSwitches disabled={form.disabled} onToggle={form.setRule} />
      <div>
        <Button appearance="primary" icon={<SaveRegular />} onClick={() => void form.save()} disabled={form.invalid || settings.saving}>
          {t.settings.save}
        </Button>
      </div>
      {form.saved ? <Notice>{t.settings.saved}</Notice> : null}
      <Divider />
      <RosterSection state={state} />
    </div>
  );
}
