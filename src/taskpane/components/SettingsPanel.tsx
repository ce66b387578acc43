import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Divider,
  Field,
  Input,
  Link,
  makeStyles,
  Select,
  Subtitle2,
  Switch,
  tokens,
} from '@fluentui/react-components';
import { PeopleListRegular, SaveRegular } from '@fluentui/react-icons';
import type { KeyboardEvent } from 'react';
import { RULES } from '../../core/rules';
import { useHost } from '../hooks/HostContext';
import type { ReportState } from '../hooks/useReport';
import { useRoster } from '../hooks/useRoster';
import { useSettingsForm } from '../hooks/useSettingsForm';
import type { SettingsState } from '../hooks/useSettings';
import { useStrings } from '../i18n';
import { isCommitEnter } from '../logic/ime';
import { ErrorBar } from './ErrorBar';
import { Notice } from './Notice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  input: { minWidth: 0, width: '100%' },
  rules: { display: 'flex', flexDirection: 'column' },
});

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function SettingsPanel({ settings, state }: { settings: SettingsState; state: ReportState }) {
  const t = useStrings();
  const s = useStyles();
  const host = useHost();
  const form = useSettingsForm(settings);
  const roster = useRoster(host, state.checked?.report ?? null, () => state.refresh(state.shown));
  const onEnter = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isCommitEnter(e)) void form.save();
  };

  return (
    <div className={s.root}>
      <ErrorBar error={settings.error ?? roster.error} onDismiss={() => { settings.clearError(); roster.clearError(); }} />
      <Field label={t.settings.sheet} hint={t.settings.sheetHint}>
        <Select value={form.sheet} onChange={(_, d) => form.setSheet(d.value)}>
          <option value="">{t.noReport.auto}</option>
          {(state.checked?.sheets ?? []).map((name) => (
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
      <Accordion collapsible>
        <AccordionItem value="rules">
          <AccordionHeader>{t.settings.rulesSummary(RULES.length - form.disabled.size, RULES.length)}</AccordionHeader>
          <AccordionPanel>
            <div className={s.rules} role="group" aria-label={t.settings.rules}>
              {RULES.map((rule) => (
                <Switch
                  key={rule.id}
                  label={t.rules[rule.id]}
                  title={rule.description}
                  checked={!form.disabled.has(rule.id)}
                  onChange={(_, d) => form.setRule(rule.id, d.checked)}
                />
              ))}
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <div>
        <Button appearance="primary" icon={<SaveRegular />} onClick={() => void form.save()} disabled={form.invalid || settings.saving}>
          {t.settings.save}
        </Button>
      </div>
      {form.saved ? <Notice>{t.settings.saved}</Notice> : null}
      <Divider />
      <Subtitle2 as="h3">{t.settings.roster}</Subtitle2>
      <Body1>{t.settings.rosterHint}</Body1>
      <div>
        <Button icon={<PeopleListRegular />} onClick={() => void roster.make()} disabled={roster.busy || !state.checked?.report}>
          {t.settings.makeRoster}
        </Button>
      </div>
      {roster.written ? (
        <Notice>
          {t.settings.rosterMade(roster.written.name)}{' '}
          <Link as="button" onClick={() => void roster.select(roster.written?.name ?? '')}>
            {roster.written.name}
          </Link>
        </Notice>
      ) : null}
    </div>
  );
}
