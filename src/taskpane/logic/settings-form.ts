import type { WorkbookSettings } from '../../core/host';
import { DEFAULT_SCHEDULE } from '../../core/options';
import type { RuleId } from '../../core/rules/ids';

/** The settings as the form edits them: text fields stay text until saved, so half-typed numbers are not lost. */
export interface SettingsDraft {
  /** '' lets the core find the report sheet. */
  sheet: string;
  month: string;
  yellow: string;
  red: string;
  disabled: ReadonlySet<RuleId>;
}

export function draftFrom(settings: WorkbookSettings): SettingsDraft {
  const schedule = settings.schedule ?? DEFAULT_SCHEDULE;
  return {
    sheet: settings.sheet ?? '',
    month: settings.month ? String(settings.month) : '',
    yellow: String(schedule.yellowBelow),
    red: String(schedule.redBelow),
    disabled: new Set(settings.disabledRules ?? []),
  };
}

/** Parses full-width digits too: a Chinese IME often types "１０". */
function points(text: string): number | null {
  const plain = text.normalize('NFKC').trim().replace(/%$/, '');
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  const n = Number(plain);
  return n >= 0 && n <= 100 ? n : null;
}

/** The settings to save, or null when the thresholds are not two numbers 0–100 with red beyond yellow. */
export function settingsFrom(draft: SettingsDraft, base: WorkbookSettings): WorkbookSettings | null {
  const yellow = points(draft.yellow);
  const red = points(draft.red);
  if (yellow === null || red === null || red <= yellow) return null;
  const month = draft.month ? Number(draft.month) : undefined;
  const next: WorkbookSettings = { ...base, schedule: { yellowBelow: yellow, redBelow: red }, disabledRules: [...draft.disabled] };
  if (month) next.month = month;
  else delete next.month;
  if (draft.sheet) next.sheet = draft.sheet;
  else delete next.sheet;
  return next;
}
