import { check, exitCode } from '../../../src/core';
import type { Finding } from '../../../src/core/findings';
import type { RuleId } from '../../../src/core/rules/ids';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { workbook } from '../../helpers/grid';
import { ANNUAL, monthSheet, task, type MonthTask } from '../../helpers/months';

/** The findings of one rule on a workbook of these month sheets, the last one checked. */
function found<K extends RuleId>(rule: K, ...sheets: SheetSnapshot[]): Finding<K>[] {
  return check(workbook(...sheets)).findings.filter((f): f is Finding<K> => f.rule === rule);
}

function months(before: MonthTask[], now: MonthTask[]): [SheetSnapshot, SheetSnapshot] {
  return [monthSheet(8, before), monthSheet(9, now)];
}

describe('history.repeat', () => {
  it('counts months in a row back through every earlier month sheet', () => {
    const july = monthSheet(7, [task('road', '未完成。资金未到位。'), task('forest', '完成。'), task('school', '部分完成。')]);
    const august = monthSheet(8, [task('road', '部分完成。已招标。'), task('forest', '未完成。苗木短缺。'), task('school', '完成。')]);
    const september = monthSheet(9, [task('road', '部分完成。已开工。'), task('forest', '部分完成。已栽植。'), task('school', '未完成。')]);
    const r = check(workbook(july, august, september));
    const repeat = r.findings.filter((f): f is Finding<'history.repeat'> => f.rule === 'history.repeat');
    expect(repeat.map((f) => [f.seq, f.params.months, f.light, f.kind])).toEqual([
      [1, 3, 'red', 'progress'],
      [2, 2, 'red', 'progress'],
    ]);
    expect(repeat[0]?.message).toBe('连续 3 个月未完成（本月部分完成，上月“8月”为部分完成）。请列入重点督办，说明原因和下一步措施。');
    expect(repeat[0]?.evidence?.previous).toEqual({ sheet: '8月', seq: '1', status: '部分完成', text: '部分完成。已招标。' });
    expect(exitCode([r])).toBe(0);
  });

  it('keeps counting when the sheets are in any order and a task moved', () => {
    const august = monthSheet(8, [task('forest', '完成。'), task('road', '部分完成。已招标。')]);
    const july = monthSheet(7, [task('road', '未完成。')]);
    const september = monthSheet(9, [task('market', '完成。'), task('forest', '完成。'), task('road', '部分完成。')]);
    expect(found('history.repeat', september, july, august).map((f) => [f.seq, f.params.months])).toEqual([[3, 3]]);
  });

  it.each([
    ['done last month', '完成。已开工。', '未完成。'],
    ['done this month', '未完成。', '完成。全线通车。'],
    ['no status last month', '已招标，正在施工。', '部分完成。'],
  ])('is silent when %s', (_label, before, now) => {
    expect(found('history.repeat', ...months([task('road', before)], [task('road', now)]))).toEqual([]);
  });

  it('is silent without last month', () => {
    expect(found('history.repeat', monthSheet(9, [task('road', '未完成。')]))).toEqual([]);
  });
});

describe('history.copied', () => {
  it('fires when only the dates changed and the task is still not done', () => {
    const f = found(
      'history.copied',
      ...months([task('forest', '部分完成。截至8月底，累计造林1.35万亩，完成年度任务的54%。')], [task('forest', '部分完成。截至9月底，累计造林1.35万亩，完成年度任务的54%。')]),
    );
    expect(f.map((x) => [x.cell, x.params.same, x.severity])).toEqual([['D3', false, 'warning']]);
    expect(f[0]?.message).toContain('几乎相同（只有日期、空格或标点不同）');
    expect(f[0]?.evidence?.previous?.text).toBe('部分完成。截至8月底，累计造林1.35万亩，完成年度任务的54%。');
  });

  it('fires on the same text under a new month target, even when 完成', () => {
    const before = task('road', '完成。完成县道大修18公里。', { month: '完成县道大修18公里' });
    const now = task('road', '完成 。完成县道大修18公里', { month: '完成乡道大修25公里' });
    expect(found('history.copied', ...months([before], [now])).map((x) => x.params.same)).toEqual([true]);
  });

  it.each([
    ['new figures', '部分完成。累计造林1.35万亩。', '部分完成。累计造林1.62万亩。'],
    ['a 完成 under the same standing target', '完成。按序时推进，各项指标正常。', '完成。按序时推进，各项指标正常。'],
    ['a bare status', '未完成。', '未完成。'],
  ])('is silent on %s', (_label, before, now) => {
    expect(found('history.copied', ...months([task('forest', before)], [task('forest', now)]))).toEqual([]);
  });
});

describe('history.cumulative-decrease', () => {
  it('fires when a running total went down, quoting both figures', () => {
    const f = found('history.cumulative-decrease', ...months([task('forest', '部分完成。累计造林1.35万亩。')], [task('forest', '部分完成。累计造林1.28万亩。')]));
    expect(f.map((x) => [x.cell, x.severity, x.params.before, x.params.now])).toEqual([['D3', 'error', '累计造林1.35万亩', '累计造林1.28万亩']]);
    expect(f[0]?.message).toBe('累计数比上月少：上月“8月”为“累计造林1.35万亩”，本月为“累计造林1.28万亩”。累计数只增不减，请核实数字。');
  });

  it('reads 1-N月 figures as running totals', () => {
    const f = found('history.cumulative-decrease', ...months([task('invest', '完成。1-8月完成固定资产投资80亿元。')], [task('invest', '完成。1-9月完成固定资产投资78.5亿元。')]));
    expect(f).toHaveLength(1);
  });

  it.each([
    ['万元 then 亿元, up', '累计完成投资9800万元。', '累计完成投资1.02亿元。'],
    ['the same total', '累计完成投资1.2亿元。', '截至9月底，累计完成投资12000万元。'],
    ['another measure', '累计造林1.35万亩。', '累计完成中幼林抚育1.1万亩。'],
    ['another unit', '累计引进大学生3200人。', '累计引进大学生300个。'],
    ['a month figure, not a total', '累计造林1.35万亩。', '本月造林0.2万亩。'],
    ['a growth rate', '1-8月增长12%。', '1-9月增长9%。'],
  ])('is silent on %s', (_label, before, now) => {
    expect(found('history.cumulative-decrease', ...months([task('invest', `部分完成。${before}`)], [task('invest', `部分完成。${now}`)]))).toEqual([]);
  });
});

describe('history.target-changed', () => {
  it('fires when the annual target of a matched task changed, with last month\'s text', () => {
    const before = task('water', '部分完成。');
    const now = task('water', '部分完成。', { annual: '完成淄河流域综合治理工程，8月底前主体完工。' });
    const f = found('history.target-changed', ...months([before], [now]));
    expect(f.map((x) => [x.cell, x.params.seq])).toEqual([['B3', '1']]);
    expect(f[0]?.evidence?.previous?.text).toBe(ANNUAL.water);
  });

  it('is silent when only spaces, punctuation or full-width forms differ', () => {
    const now = task('permit', '完成。', { annual: '推行 "一网通办" , 政务服务事项网上可办率达到９５％以上' });
    expect(found('history.target-changed', ...months([task('permit', '完成。')], [now]))).toEqual([]);
  });
});

describe('history.task-missing and history.task-added', () => {
  const before = [task('forest', '完成。'), task('invest', '完成。'), task('talent', '完成。'), task('market', '完成。'), task('road', '完成。')];

  it('follow a task moved by an insertion, reporting only the new one and the one dropped', () => {
    const now = [task('forest', '完成。'), task('clinic', '完成。'), task('invest', '完成。'), task('talent', '完成。'), task('market', '完成。')];
    const r = check(workbook(...months(before, now)));
    const missing = r.findings.filter((f): f is Finding<'history.task-missing'> => f.rule === 'history.task-missing');
    const added = r.findings.filter((f) => f.rule === 'history.task-added');
    expect(missing.map((f) => [f.cell, f.seq, f.params.seq, f.severity])).toEqual([['A2', null, '5', 'warning']]);
    expect(missing[0]?.message).toBe('上月“8月”序号 5 的任务（实施农村公路大中修工程120公里，年底前全部完工。）本月表中没有。如已销号或并入其他任务请注明；漏填请补上。');
    expect(added.map((f) => [f.cell, f.seq, f.severity])).toEqual([['A4', 2, 'info']]);
    expect(r.findings.filter((f) => f.rule === 'history.target-changed')).toEqual([]);
  });

  it('match a task whose text changed only by a date, with no missing or added', () => {
    const now = [...before.slice(0, 4), task('road', '完成。', { annual: '实施农村公路大中修工程120公里，11月底前全部完工。' })];
    const r = check(workbook(...months(before, now)));
    expect(r.findings.filter((f) => f.rule === 'history.task-missing' || f.rule === 'history.task-added')).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'history.target-changed').map((f) => f.seq)).toEqual([5]);
  });
});

describe('history.status-change', () => {
  it('lights a task done last month and not now; notes the reverse without a light', () => {
    const r = check(
      workbook(
        ...months(
          [task('forest', '完成。'), task('invest', '完成。'), task('talent', '未完成。'), task('market', '完成。')],
          [task('forest', '未完成。资金未到位。'), task('invest', '部分完成。'), task('talent', '完成。'), task('market', '完成。')],
        ),
      ),
    );
    const f = r.findings.filter((x): x is Finding<'history.status-change'> => x.rule === 'history.status-change');
    expect(f.map((x) => [x.seq, x.params.before, x.params.now, x.light ?? null, x.kind])).toEqual([
      [1, '完成', '未完成', 'red', 'progress'],
      [2, '完成', '部分完成', 'yellow', 'progress'],
      [3, '未完成', '完成', null, 'progress'],
    ]);
    expect(exitCode([r])).toBe(0);
  });
});

describe('the history rules', () => {
  it('can be turned off like any other', () => {
    const sheets = months([task('forest', '完成。累计造林1.35万亩。')], [task('forest', '未完成。累计造林1.28万亩。')]);
    const all = check(workbook(...sheets)).findings.filter((f) => f.rule.startsWith('history.'));
    expect(all.map((f) => f.rule).sort()).toEqual(['history.cumulative-decrease', 'history.status-change']);
    const off = check(workbook(...sheets), { disabledRules: ['history.cumulative-decrease', 'history.status-change'] });
    expect(off.findings.filter((f) => f.rule.startsWith('history.'))).toEqual([]);
  });

  it('speak English too', () => {
    const sheets = months([task('road', '部分完成。')], [task('road', '未完成。')]);
    const f = check(workbook(...sheets), { locale: 'en' }).findings.find((x) => x.rule === 'history.repeat');
    expect(f?.message).toBe('Not done for 2 months in a row (this month 未完成, last month "8月" 部分完成). Follow it up closely and state the reason and next steps.');
  });
});
