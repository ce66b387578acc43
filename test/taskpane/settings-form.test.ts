import { draftFrom, settingsFrom } from '../../src/taskpane/logic/settings-form';

describe('settings form', () => {
  it('starts from the defaults when the workbook has none', () => {
    expect(draftFrom({})).toMatchObject({ sheet: '', month: '', yellow: '10', red: '30' });
  });

  it('saves numbers typed with full-width digits or a percent sign', () => {
    const draft = { ...draftFrom({}), month: '9', yellow: '１５', red: '40%' };
    expect(settingsFrom(draft, {})).toEqual({ month: 9, schedule: { yellowBelow: 15, redBelow: 40 }, disabledRules: [] });
  });

  it('refuses thresholds that are not numbers 0–100 with red beyond yellow', () => {
    const base = draftFrom({});
    expect(settingsFrom({ ...base, yellow: 'abc' }, {})).toBeNull();
    expect(settingsFrom({ ...base, red: '120' }, {})).toBeNull();
    expect(settingsFrom({ ...base, yellow: '30', red: '10' }, {})).toBeNull();
    expect(settingsFrom({ ...base, yellow: '', red: '30' }, {})).toBeNull();
  });

  it('drops the month and the sheet when set back to automatic', () => {
    const saved = settingsFrom({ ...draftFrom({ sheet: '9月', month: 9 }), sheet: '', month: '', disabled: new Set(['text.restates-target'] as const) }, { sheet: '9月', month: 9 });
    expect(saved).toEqual({ schedule: { yellowBelow: 10, redBelow: 30 }, disabledRules: ['text.restates-target'] });
  });

  it('keeps the sheet the user chose', () => {
    expect(settingsFrom({ ...draftFrom({}), sheet: '8月' }, {})).toMatchObject({ sheet: '8月' });
  });
});
