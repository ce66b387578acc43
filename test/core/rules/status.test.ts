import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';
import { check } from '../../../src/core';

describe('status.missing', () => {
  it('fires when 完成情况 opens with no status, quoting its opening', () => {
    const [f, ...rest] = findingsOf('status.missing', report({ rows: [{ progress: '截至9月底，新增市场主体7601户，完成全年目标。' }] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cell: 'D3', seq: 1, severity: 'error', params: { opening: '截至9月底，新增市场主体…' } });
  });

  it('fires on a label that runs into the text without a break', () => {
    expect(findingsOf('status.missing', report({ rows: [{ progress: '已完成分期施工图设计。' }] }))).toHaveLength(1);
  });

  it.each(['完成。好', '部分完成，差一点', '未完成：资金未到位', '已完成。', '基本完成 还差验收'])('is silent on %j', (progress) => {
    expect(findingsOf('status.missing', report({ rows: [{ progress }] }))).toEqual([]);
  });

  it('leaves an empty cell to cell.empty', () => {
    expect(findingsOf('status.missing', report({ rows: [{ progress: null }] }))).toEqual([]);
  });
});

describe('status.nonstandard', () => {
  it.each([
    ['已完成。新增8家。', '已完成', '完成', '完成。新增8家。'],
    ['基本完成，尚待验收。', '基本完成', '部分完成', '部分完成，尚待验收。'],
    ['正在推进。已完成招标。', '正在推进', '部分完成', '部分完成。已完成招标。'],
    ['尚未完成。资金未到位。', '尚未完成', '未完成', '未完成。资金未到位。'],
    [' 全部完成：如期。', '全部完成', '完成', ' 完成：如期。'],
    ['【完成】新增8家', '【完成】', '完成', '完成。新增8家'],
    ['完 成。已建成', '完 成', '完成', '完成。已建成'],
    ['（未完成）。资金未到位', '（未完成）', '未完成', '未完成。资金未到位'],
  ])('fires on %j and suggests the standard label', (progress, label, standard, to) => {
    const [f] = findingsOf('status.nonstandard', report({ rows: [{ progress }] }));
    expect(f).toMatchObject({ cell: 'D3', severity: 'warning', params: { label, standard }, suggestion: { cell: 'D3', from: progress, to } });
  });

  it('counts the task under the standard status', () => {
    const sheet = report({ rows: [{ progress: '基本完成。' }, { progress: '已完成。' }] });
    expect(check({ sheets: [sheet] }).statusCounts).toEqual({ 完成: 1, 部分完成: 1, 未完成: 0, 缺失: 0 });
  });

  it('suggests on the first cell of a task written over sub-rows', () => {
    const sheet = report({ rows: [{ progress: '已完成。甲。' }, { seq: null, progress: '乙。' }] });
    const [f] = findingsOf('status.nonstandard', sheet);
    expect(f?.suggestion).toEqual({ cell: 'D3', from: '已完成。甲。', to: '完成。甲。' });
  });

  it.each(['完成。', '部分完成。', '未完成。', '截至9月底，无进展。'])('is silent on %j', (progress) => {
    expect(findingsOf('status.nonstandard', report({ rows: [{ progress }] }))).toEqual([]);
  });
});
