import type { Fix } from '../../src/core/host';
import { wpsWith } from './setup';

function scene() {
  return wpsWith({
    sheets: [
      {
        name: '9月',
        values: [
          ['序号', '完成情况', '分管领导'],
          ['1.', '已 完成', '崔 赞'],
          [2, '部分完成', '高晋'],
        ],
        merges: [],
      },
    ],
  });
}

const FIXES: Fix[] = [
  { sheet: '9月', cell: 'A2', from: '1.', to: '1', rule: 'seq.invalid' },
  { sheet: '9月', cell: 'B2', from: '已 完成', to: '已完成', rule: 'text.stray-space' },
  { sheet: '9月', cell: 'B2', from: '已完成', to: '完成', rule: 'status.nonstandard' },
  { sheet: '9月', cell: 'C2', from: '崔 赞', to: '崔赞', rule: 'leader.spacing' },
];

describe('WpsHost fixes', () => {
  it('applies fixes where the cell still holds the text, chaining two on one cell, and writes text as text', async () => {
    const { wps, host } = scene();
    const result = await host.applyFixes([...FIXES, { sheet: '9月', cell: 'B3', from: '未完成', to: '完成', rule: 'status.nonstandard' }]);
    expect(result.applied).toHaveLength(4);
    expect(result.skipped.map((f) => f.cell)).toEqual(['B3']);
    expect(wps.cell('9月', 'B2').value).toBe('完成');
    expect(wps.cell('9月', 'C2').value).toBe('崔赞');
    // "1" written as text: WPS would otherwise turn it into a number.
    expect(wps.cell('9月', 'A2').value).toBe('1');
  });

  it('undo puts every original back, newest first, and leaves a cell edited since alone', async () => {
    const { wps, host } = scene();
    const before = wps.dump();
    await host.applyFixes(FIXES);
    expect(await host.undoFixes()).toBe(4);
    expect(wps.dump()).not.toEqual(before);
    expect((wps.dump() as { name: string }[]).filter((s) => s.name !== '_tongbao')).toEqual(before);

    await host.applyFixes(FIXES);
    wps.setValue('9月', 'C2', '崔赞（已改）');
    expect(await host.undoFixes()).toBe(3);
    expect(wps.cell('9月', 'C2').value).toBe('崔赞（已改）');
    expect(wps.cell('9月', 'B2').value).toBe('已 完成');
  });

  it('puts back a number where the cell held a number', async () => {
    const { wps, host } = scene();
    await host.applyFixes([{ sheet: '9月', cell: 'A3', from: '2', to: '二', rule: 'seq.invalid' }]);
    expect(wps.cell('9月', 'A3').value).toBe('二');
    await host.undoFixes();
    expect(wps.cell('9月', 'A3').value).toBe(2);
  });

  it('writes nothing on a protected sheet and undoes a batch WPS refuses half-way', async () => {
    const { wps, host } = scene();
    const before = wps.dump();
    wps.protect('9月');
    await expect(host.applyFixes(FIXES)).rejects.toThrow('受保护');
    expect(wps.dump()).toEqual(before);
    wps.protect('9月', false);
    // The ledger sheet is made and written first; the second cell write is refused.
    wps.failAfterWrites(6);
    await expect(host.applyFixes(FIXES)).rejects.toThrow('已经撤回');
    expect((wps.dump() as { name: string }[]).filter((s) => s.name !== '_tongbao')).toEqual(before);
    expect(await host.undoFixes()).toBe(0);
  });
});
