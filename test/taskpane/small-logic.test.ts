import { HostError } from '../../src/office/errors';
import { STRINGS } from '../../src/taskpane/i18n';
import { describeError } from '../../src/taskpane/logic/errors';
import { isCommitEnter } from '../../src/taskpane/logic/ime';
import { resultName } from '../../src/taskpane/standalone/files';

describe('Enter with a Chinese IME', () => {
  it('acts on a plain Enter only', () => {
    expect(isCommitEnter({ key: 'Enter', keyCode: 13, nativeEvent: { isComposing: false } })).toBe(true);
    expect(isCommitEnter({ key: 'Enter', keyCode: 13, nativeEvent: { isComposing: true } })).toBe(false);
    expect(isCommitEnter({ key: 'Enter', keyCode: 229 })).toBe(false);
    expect(isCommitEnter({ key: 'a', keyCode: 65 })).toBe(false);
  });
});

describe('error text', () => {
  it('shows a host error as written, since it already says what to do', () => {
    const e = new Error('工作表“9月”受保护，无法标记。请先撤销工作表保护。');
    e.name = 'HostError';
    expect(describeError(e, STRINGS.zh)).toEqual({ message: e.message });
  });

  it('gives advice for an unexpected failure and keeps its own text as detail', () => {
    expect(describeError(new TypeError('x is undefined'), STRINGS.zh)).toEqual({ message: STRINGS.zh.errors.generic, detail: 'x is undefined' });
    expect(describeError(new TypeError('x is undefined'), STRINGS.en).message).toBe(STRINGS.en.errors.generic);
  });
});

describe('standalone files', () => {
  it('never downloads under the original name', () => {
    expect(resultName('2023年9月通报.xlsx')).toBe('2023年9月通报-已校验.xlsx');
    expect(resultName('REPORT.XLSX')).toBe('REPORT-已校验.xlsx');
    expect(resultName('.xlsx')).toBe('通报表-已校验.xlsx');
  });
});

describe('Excel errors in the pane language', () => {
  it('shows a protected sheet in Chinese or English with what to do', () => {
    const e = new HostError('protected', { sheet: '9月', detail: 'AccessDenied' });
    expect(describeError(e, STRINGS.zh, 'zh').message).toContain('撤消工作表保护');
    expect(describeError(e, STRINGS.en, 'en').message).toContain('Unprotect');
    // Excel's own words stay available for whoever helps the user, but never as the message.
    expect(describeError(e, STRINGS.en, 'en').detail).toBe('AccessDenied');
  });
});
