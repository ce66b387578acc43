import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';
import { grid, workbook, type GridValue } from '../../helpers/grid';
import { check } from '../../../src/core';

const sheetOf = (seqs: GridValue[]) => report({ rows: seqs.map((seq) => ({ seq })) });

describe('seq.invalid', () => {
  it.each([
    ['1.', 1],
    ['一', 1],
    ['（1）', 1],
    ['3、', 3],
    ['十二', 12],
  ])('fires on %j, keeps the number and suggests %d', (text, n) => {
    const sheet = sheetOf([text]);
    const [f] = findingsOf('seq.invalid', sheet);
    expect(f).toMatchObject({ cell: 'A3', seq: n, severity: 'warning', suggestion: { cell: 'A3', from: text, to: String(n) } });
    expect(f?.message).toBe(`序号“${text}”不是规范写法，应写“${n}”。`);
  });

  it('fires without a suggestion, as an error, when no number can be read', () => {
    const [f] = findingsOf('seq.invalid', sheetOf(['甲']));
    expect(f).toMatchObject({ seq: null, severity: 'error', message: '序号“甲”不是数字。请改为阿拉伯数字。' });
    expect(f?.suggestion).toBeUndefined();
  });

  it.each([['2.5'], [2.5], ['０.５']])('says %j is not a whole number, not that it is no number', (seq) => {
    const [f] = findingsOf('seq.invalid', sheetOf([seq]));
    expect(f?.message).toMatch(/^序号“.+”不是整数。/);
    expect(f?.message).not.toContain('不是数字');
  });

  it('only warns about outline numbers such as "1.2"', () => {
    const [f] = findingsOf('seq.invalid', sheetOf(['1.2']));
    expect(f).toMatchObject({ seq: null, severity: 'warning' });
    expect(f?.suggestion).toBeUndefined();
  });

  it('is silent on plain numbers, typed or as text, and on empty cells', () => {
    expect(findingsOf('seq.invalid', sheetOf([1, '2', 3]))).toEqual([]);
    expect(findingsOf('seq.invalid', report({ rows: [{ seq: null }] }))).toEqual([]);
  });
});

describe('seq.duplicate', () => {
  it('fires on the second use of a number, pointing at the first', () => {
    const found = findingsOf('seq.duplicate', sheetOf([1, 2, 2, 3]));
    expect(found.map((f) => [f.cell, f.params])).toEqual([['A5', { seq: 2, first: 'A4' }]]);
  });

  it('counts "2." and 2 as the same number', () => {
    expect(findingsOf('seq.duplicate', sheetOf([1, 2, '2.'])).map((f) => f.cell)).toEqual(['A5']);
  });

  it('is silent on distinct numbers', () => {
    expect(findingsOf('seq.duplicate', sheetOf([1, 2, 3]))).toEqual([]);
  });
});

describe('seq.gap', () => {
  it('fires after the number the missing ones should follow', () => {
    const found = findingsOf('seq.gap', sheetOf([1, 2, 5, 6]));
    expect(found.map((f) => [f.cell, f.params])).toEqual([['A4', { after: 2, missing: [3, 4] }]]);
    expect(found[0]?.message).toContain('3、4');
  });

  it('fires when numbering does not start at 1', () => {
    const [f] = findingsOf('seq.gap', sheetOf([3, 4]));
    expect(f?.params).toEqual({ after: 0, missing: [1, 2] });
    expect(f?.message).toContain('没有从 1 开始');
  });

  it('is silent when rows are only out of order, or numbered in full', () => {
    expect(findingsOf('seq.gap', sheetOf([1, 2, 4, 3, 5]))).toEqual([]);
    expect(findingsOf('seq.gap', sheetOf([1, 2, 3]))).toEqual([]);
  });

  it('does not list hundreds of numbers for one mistyped 序号', () => {
    expect(findingsOf('seq.gap', sheetOf([1, 2, 300, 4])).map((f) => f.params)).toEqual([{ after: 2, missing: [3] }]);
  });
});

describe('seq.order', () => {
  it('fires on a number smaller than the one before', () => {
    const found = findingsOf('seq.order', sheetOf([1, 2, 4, 3, 5]));
    expect(found.map((f) => [f.cell, f.params])).toEqual([['A6', { seq: 3, previous: 4 }]]);
  });

  it('fires on a mistyped number that jumps ahead', () => {
    expect(findingsOf('seq.order', sheetOf([1, 2, 300, 4])).map((f) => f.params)).toEqual([{ seq: 4, previous: 300 }]);
  });

  it('is silent on rising numbers and leaves repeats to seq.duplicate', () => {
    expect(findingsOf('seq.order', sheetOf([1, 2, 3]))).toEqual([]);
    expect(findingsOf('seq.order', sheetOf([1, 2, 3, 2]))).toEqual([]);
  });
});

describe('numbering by section', () => {
  const HEADER = ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位'];
  const task = (seq: GridValue) => [seq, '目标', '本月目标', '完成。好', '郭克华', '区发改局'];
  const rules = ['seq.duplicate', 'seq.gap', 'seq.order'] as const;
  const all = (sheet: ReturnType<typeof grid>) => rules.flatMap((r) => findingsOf(r, sheet));

  it('lets each section number its tasks from 1', () => {
    const sheet = grid([HEADER, ['一、经济发展'], task(1), task(2), ['二、社会民生'], task(1), task(2), task(3)]);
    expect(all(sheet)).toEqual([]);
    expect(check(workbook(sheet)).table?.sections).toEqual([
      { row: 1, title: '一、经济发展' },
      { row: 4, title: '二、社会民生' },
    ]);
  });

  it('still checks the numbers inside each section', () => {
    const sheet = grid([HEADER, ['一、经济发展'], task(1), task(2), ['二、社会民生'], task(1), task(1), task(3)]);
    expect(all(sheet).map((f) => [f.rule, f.cell])).toEqual([
      ['seq.duplicate', 'A7'],
      ['seq.gap', 'A6'],
    ]);
  });

  it('treats numbering carried on across sections as one run', () => {
    const sheet = grid([HEADER, ['一、经济发展'], task(1), task(2), ['二、社会民生'], task(4), task(5), task(2)]);
    expect(all(sheet).map((f) => [f.rule, f.params])).toEqual([
      ['seq.duplicate', { seq: 2, first: 'A4' }],
      ['seq.gap', { after: 2, missing: [3] }],
    ]);
  });

  it('does not take a restart with no section heading for a new run', () => {
    const sheet = grid([HEADER, task(1), task(2), [], task(1), task(2)]);
    expect(findingsOf('seq.duplicate', sheet).map((f) => f.cell)).toEqual(['A5', 'A6']);
  });
});
