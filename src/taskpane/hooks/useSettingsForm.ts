import { useState } from 'react';
import type { RuleId } from '../../core/rules/ids';
import { draftFrom, settingsFrom, type SettingsDraft } from '../logic/settings-form';
import type { SettingsState } from './useSettings';

export function useSettingsForm(state: SettingsState) {
  const { settings, save: saveSettings } = state;
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(settings));
  const [saved, setSaved] = useState(false);
  const [shownFrom, setShownFrom] = useState(settings);

  // When the workbook's settings arrive or change, the form shows them (adjusted during render, not in an effect).
  if (shownFrom !== settings) {
    setShownFrom(settings);
    setDraft(draftFrom(settings));
  }

  const edit = (patch: Partial<SettingsDraft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const next = settingsFrom(draft, settings);

  return {
    sheet: draft.sheet,
    setSheet: (sheet: string) => edit({ sheet }),
    month: draft.month,
    yellow: draft.yellow,
    red: draft.red,
    disabled: draft.disabled,
    invalid: next === null,
    saved,
    setMonth: (month: string) => edit({ month }),
    setYellow: (yellow: string) => edit({ yellow }),
    setRed: (red: string) => edit({ red }),
    setRule: (id: RuleId, on: boolean) => {
      const disabled = new Set(draft.disabled);
      if (on) disabled.delete(id);
      else disabled.add(id);
      edit({ disabled });
    },
    save: async () => {
      if (next && (await saveSettings(next))) setSaved(true);
    },
  };
}
