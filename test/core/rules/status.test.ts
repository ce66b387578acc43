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

describe('status words in other places and other words', () => {
  it('reads the on-schedule words as 完成 and suggests the standard label', () => {
    const rows = [
      { progress: '序时推进。已完成土方开挖3万立方米。' },
      { progress: '达到序时进度，累计完成投资2.1亿元。' },
      { progress: '按计划推进。完成设备采购招标。' },
    ];
    const sheet = report({ month: 6, rows });
    expect(check({ sheets: [sheet] }).statusCounts).toEqual({ 完成: 3, 部分完成: 0, 未完成: 0, 缺失: 0 });
    const found = findingsOf('status.nonstandard', sheet);
    expect(found.map((f) => f.params.standard)).toEqual(['完成', '完成', '完成']);
    expect(found[1]?.suggestion?.to).toBe('完成，累计完成投资2.1亿元。');
    expect(findingsOf('overdue.month', sheet)).toEqual([]);
  });

  it('reads the behind-schedule words as 部分完成 and the not-started ones as 未完成', () => {
    const sheet = report({ month: 4, rows: [{ progress: '滞后序时。已签约2个项目。' }, { progress: '欠进度，正在协调资金。' }, { progress: '未开工。手续办理中。' }] });
    expect(check({ sheets: [sheet] }).statusCounts).toEqual({ 完成: 0, 部分完成: 2, 未完成: 1, 缺失: 0 });
  });

  it('reads a verdict standing at the end, reports its place and moves it to the front', () => {
    const progress = '1-10月新签约亿元以上项目12个，到位资金3.2亿元，滞后。';
    const sheet = report({ month: 10, rows: [{ progress }] });
    expect(findingsOf('status.missing', sheet)).toEqual([]);
    const [f] = findingsOf('status.nonstandard', sheet);
    expect(f).toMatchObject({ cell: 'D3', params: { label: '滞后', standard: '部分完成', place: 'end' } });
    expect(f?.message).toContain('末尾');
    expect(f?.suggestion).toEqual({ cell: 'D3', from: progress, to: '部分完成。1-10月新签约亿元以上项目12个，到位资金3.2亿元。' });
    expect(check({ sheets: [sheet] }).statusCounts.部分完成).toBe(1);
  });

  it('reads a verdict after a heading, even a standard one, and suggests opening with it', () => {
    const progress = '总体情况：完成。本月新增规上工业企业5家。';
    const [f] = findingsOf('status.nonstandard', report({ month: 3, rows: [{ progress }] }));
    expect(f).toMatchObject({ params: { label: '完成', standard: '完成', place: 'heading' } });
    expect(f?.suggestion?.to).toBe('完成。本月新增规上工业企业5家。');
  });

  it('judges the text before a closing verdict as the progress', () => {
    const sheet = report({ rows: [{ month: '新培育科技型中小企业20家', progress: '新培育科技型中小企业12家，完成。' }] });
    expect(findingsOf('status.mismatch', sheet)).toHaveLength(1);
  });

  it('still reports a text with no verdict anywhere as missing', () => {
    const sheet = report({ rows: [{ progress: '截至11月底，新增市场主体7601户，完成全年目标。' }, { progress: '项目已于9月完成' }] });
    expect(findingsOf('status.missing', sheet)).toHaveLength(2);
    expect(findingsOf('status.nonstandard', sheet)).toEqual([]);
  });
});
