import type { Finding } from '../../src/core/findings';
import { fixesFor } from '../../src/core/fixes';
import { MARK_STYLES, marksFor } from '../../src/core/marks';

function finding(over: Partial<Finding>): Finding {
  return {
    rule: 'status.nonstandard',
    cell: 'D3',
    seq: 1,
    params: { label: '已完成', standard: '完成' },
    severity: 'warning',
    kind: 'data',
    sheet: '9月',
    message: '完成状态“已完成”不规范，应写“完成”。',
    ...over,
  } as Finding;
}

const red = finding({ rule: 'overdue.month', cell: 'D4', params: { status: '未完成' }, severity: 'warning', kind: 'progress', light: 'red', message: '本月目标未完成。' });
const yellow = finding({ rule: 'overdue.month', cell: 'D5', params: { status: '部分完成' }, severity: 'info', kind: 'progress', light: 'yellow', message: '本月目标部分完成。' });
const empty = finding({ rule: 'cell.empty', cell: 'D5', params: { column: 'progress' }, severity: 'error', message: '“完成情况”为空。请填写。' });

describe('marksFor', () => {
  it('one mark per cell, styled by severity for data issues and by light for progress', () => {
    const marks = marksFor([finding({}), red, yellow]);
    expect(marks.map((m) => [m.cell, m.style])).toEqual([
      ['D3', 'warning'],
      ['D4', 'light-red'],
      ['D5', 'light-yellow'],
    ]);
    expect(marks[1]?.note).toContain('本月目标未完成');
  });

  it('a cell with a data issue and a light shows the data issue and both messages, worst first', () => {
    const [mark, ...rest] = marksFor([yellow, finding({ cell: 'D5' }), empty]);
    expect(rest).toEqual([]);
    expect(mark?.style).toBe('error');
    const lines = mark?.note.split('\n') ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('为空');
    expect(lines[1]).toContain('不规范');
    expect(lines[2]).toContain('部分完成');
  });

  it('keeps sheets apart and does not repeat a message', () => {
    const marks = marksFor([finding({}), finding({}), finding({ sheet: '8月' })]);
    expect(marks).toHaveLength(2);
    expect(marks[0]?.note.split('\n')).toHaveLength(1);
  });

  it('nothing to mark gives no marks', () => {
    expect(marksFor([])).toEqual([]);
  });

  it('progress lights look nothing like data-issue marks', () => {
    const lights = [MARK_STYLES['light-red'], MARK_STYLES['light-yellow']];
    const data = [MARK_STYLES.error, MARK_STYLES.warning, MARK_STYLES.info];
    for (const l of lights) {
      expect(l.fontColor).toBeUndefined();
      for (const d of data) {
        expect(d.fill).not.toBe(l.fill);
        expect(d.fontColor).toMatch(/^FF[0-9A-F]{6}$/);
      }
    }
    for (const look of Object.values(MARK_STYLES)) expect(look.fill).toMatch(/^FF[0-9A-F]{6}$/);
  });
});

describe('fixesFor', () => {
  const withSuggestion = (over: Partial<Finding>) =>
    finding({ suggestion: { cell: over.cell ?? 'D3', from: '已完成。好', to: '完成。好' }, ...over });

  it('takes only safe suggestions, one per cell, the first winning', () => {
    const fixes = fixesFor({
      findings: [
        withSuggestion({}),
        withSuggestion({ rule: 'text.stray-space', suggestion: { cell: 'D3', from: '已完成。好', to: '已完成。好!' } }),
        withSuggestion({ cell: 'E3', rule: 'leader.spacing', suggestion: { cell: 'E3', from: '崔 赞', to: '崔赞' } }),
        finding({ cell: 'F3' }),
      ],
    });
    expect(fixes).toEqual([
      { sheet: '9月', cell: 'D3', from: '已完成。好', to: '完成。好', rule: 'status.nonstandard' },
      { sheet: '9月', cell: 'E3', from: '崔 赞', to: '崔赞', rule: 'leader.spacing' },
    ]);
  });

  it('--only keeps the listed rules, and a suggestion that changes nothing is dropped', () => {
    const findings = [
      withSuggestion({}),
      withSuggestion({ cell: 'E3', rule: 'leader.spacing', suggestion: { cell: 'E3', from: '崔 赞', to: '崔赞' } }),
      withSuggestion({ cell: 'F3', rule: 'unit.split', suggestion: { cell: 'F3', from: 'x', to: 'x' } }),
    ];
    expect(fixesFor({ findings }, ['leader.spacing']).map((f) => f.cell)).toEqual(['E3']);
    expect(fixesFor({ findings }).map((f) => f.cell)).toEqual(['D3', 'E3']);
  });
});
