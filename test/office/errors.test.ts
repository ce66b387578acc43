import { HostError, hostErrorText, toHostError } from '../../src/office';
import { FakeOfficeError } from '../fake-excel';
import { fakeWith, hostOn } from './setup';

describe('Office errors as HostError', () => {
  it.each([
    ['InvalidOperationInCellEditMode', 'cell-edit', '按 Enter 或 Esc'],
    ['AccessDenied', 'protected', '撤消工作表保护'],
    ['ItemAlreadyExists', 'sheet-exists', '重命名'],
    ['RequestPayloadSizeLimitExceeded', 'too-large', '命令行'],
    ['ResponsePayloadSizeLimitExceeded', 'too-large', '命令行'],
    ['InactiveWorkbook', 'workbook-changed', '回到要处理的工作簿'],
    ['GeneralException', 'unknown', '保存工作簿后再试'],
    ['MemoryLimitReached', 'memory', '关闭其他工作簿'],
    ['ApiNotAvailable', 'unsupported', 'Microsoft 365'],
    ['Conflict', 'conflict', '稍等片刻'],
    ['InsertDeleteConflict', 'conflict', '重新校验'],
    ['ItemNotFound', 'not-found', '重新校验'],
    ['ApiNotFound', 'unsupported', 'Microsoft 365'],
    ['InvalidArgument', 'invalid', '重新校验'],
  ] as const)('maps %s to %s with a message that says what to do', (officeCode, code, hint) => {
    const error = toHostError(new FakeOfficeError(officeCode, 'raw message'));
    expect(error).toBeInstanceOf(HostError);
    expect(error.code).toBe(code);
    expect(error.message).toContain(hint);
    expect(error.message).not.toContain('raw message');
    expect(error.detail).toContain(officeCode);
  });

  it('keeps anything else as unknown, with the original text kept for support', () => {
    const error = toHostError(new TypeError('x is undefined'));
    expect(error.code).toBe('unknown');
    expect(error.detail).toBe('x is undefined');
  });

  it('speaks English when the pane does', () => {
    expect(hostErrorText('cell-edit', 'en')).toContain('Press Enter or Esc');
    expect(new HostError('protected', { sheet: '9月' }).text('en')).toContain('"9月"');
  });

  it('reports a workbook switched away during an operation', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['x']], merges: [] }] });
    excel.failNextSync('InactiveWorkbook');
    await expect(host.readSnapshot()).rejects.toMatchObject({ code: 'workbook-changed' });
  });

  it('reports a missing sheet when asked to select a cell on it', async () => {
    const { host } = fakeWith({ sheets: [{ name: 'S', values: [['x']], merges: [] }] });
    await expect(host.selectCell('已删除', 'A1')).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('OfficeHost.selectCell and settings', () => {
  it('activates the sheet and selects the cell in one round trip', async () => {
    const { excel, host } = fakeWith({
      sheets: [
        { name: '封面', values: [['x']], merges: [] },
        { name: '9月', values: [['序号']], merges: [] },
      ],
    });
    await host.selectCell('9月', 'D17');
    expect(excel.activeSheet()).toBe('9月');
    expect(excel.selection()).toEqual({ sheet: '9月', address: 'D17' });
    expect(excel.stats.syncs).toBe(1);
  });

  it('keeps settings in the workbook, so another host reads them back', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['x']], merges: [] }] });
    expect(await host.loadSettings()).toEqual({});
    const settings = { month: 8, schedule: { yellowBelow: 5, redBelow: 20 }, disabledRules: ['text.stray-space' as const] };
    await host.saveSettings(settings);
    expect(await hostOn(excel).loadSettings()).toEqual(settings);
    expect(excel.sheetNames()).toEqual(['S']);
  });
});
