import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Field, Input, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { DEFAULT_RECIPIENT, DEFAULT_REQUIREMENTS, type BulletinSettings as Saved } from '../../core/bulletin';
import type { SettingsState } from '../hooks/useSettings';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The office's own 主送, 落款 and 下步工作要求, kept in the workbook with the other settings. */
export function BulletinSettings({ settings }: { settings: SettingsState }) {
  const t = useStrings().bulletin;
  const s = useStyles();
  const saved = settings.settings.bulletin ?? {};
  const [form, setForm] = useState<Saved>(saved);
  const [message, setMessage] = useState<string | null>(null);
  const set = (key: keyof Saved) => (_: unknown, d: { value: string }) => {
    setMessage(null);
    setForm({ ...form, [key]: d.value });
  };
  const save = async () => {
    if (await settings.save({ ...settings.settings, bulletin: form })) setMessage(t.settingsSaved);
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader size="small">{t.settings}</AccordionHeader>
        <AccordionPanel className={s.panel}>
          <Field label={t.recipient}>
            <Input value={form.recipient ?? ''} placeholder={DEFAULT_RECIPIENT} onChange={set('recipient')} />
          </Field>
          <Field label={t.issuer} hint={t.issuerHint}>
            <Input value={form.issuer ?? ''} onChange={set('issuer')} />
          </Field>
          <Field label={t.requirements} hint={t.requirementsHint}>
            <Textarea value={form.requirements ?? ''} placeholder={DEFAULT_REQUIREMENTS} resize="vertical" rows={4} onChange={set('requirements')} />
          </Field>
          <div>
            <Button onClick={() => void save()} disabled={settings.saving}>
              {t.saveSettings}
            </Button>
          </div>
          {message ? <div role="status">{message}</div> : null}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
