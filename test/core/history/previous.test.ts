import { check } from '../../../src/core';
import { encodeLedger, emptyLedger, LEDGER_SHEET } from '../../../src/core/ledger';
import { historyNoteText } from '../../../src/core/history';
import { grid, workbook } from '../../helpers/grid';
import { monthSheet, task } from '../../helpers/months';

const august = monthSheet(8, [task('forest', '部分完成。累计造林1.2万亩。'), task('invest', '完成。1-8月完成投资80亿元。'), task('talent', '完成。累计引进大学生3200人。')]);
const september = monthSheet(9, [task('forest', '部分完成。累计造林1.5万亩。'), task('invest', '完成。1-9月完成投资92亿元。'), task('talent', '完成。累计引进大学生3600人。')]);

describe('finding last month', () => {
  it('takes the sheet of the month before from the same workbook, and says which', () => {
    const r = check(workbook(august, september));
    expect(r.sheet).toBe('9月');
    expect(r.history?.info).toMatchObject({ sheet: '8月', auto: true, month: 8, matched: 3, missing: 0, added: 0 });
    expect(r.historyNote).toBeUndefined();
  });

  it('says nothing when there is no earlier month', () => {
    const r = check(workbook(september));
    expect(r.history).toBeUndefined();
    expect(r.historyNote).toBeUndefined();
    expect(r.findings.filter((f) => f.rule.startsWith('history.'))).toEqual([]);
  });

  it('does not take a month two months back for last month', () => {
    const july = monthSheet(7, [task('forest', '部分完成。')]);
    expect(check(workbook(july, september)).history).toBeUndefined();
  });

  it('passes over 名单, hidden helper sheets and the sheets it generated', () => {
    const roster = grid([['分管领导', '责任单位'], ['郭克华', '区发改局']], { name: '名单' });
    const helper = { ...monthSheet(8, [task('forest', '部分完成。')]), name: '_8月备份' };
    const generated = { ...monthSheet(8, [task('forest', '部分完成。')]), name: '8月汇总' };
    const ledger = emptyLedger();
    ledger.generated.push('8月汇总');
    const ledgerSheet = grid(encodeLedger(ledger).map((chunk) => [chunk]), { name: LEDGER_SHEET });
    const r = check(workbook(roster, helper, generated, september, ledgerSheet));
    expect(r.sheet).toBe('9月');
    expect(r.history).toBeUndefined();
  });

  it('is turned off with none', () => {
    expect(check(workbook(august, september), { previous: { kind: 'none' } }).history).toBeUndefined();
  });

  it('takes a sheet of another workbook', () => {
    const r = check(workbook(september), { previous: { kind: 'file', file: '8月.xlsx', workbook: workbook(august) } });
    expect(r.history?.info).toMatchObject({ sheet: '8月', file: '8月.xlsx', auto: false, matched: 3 });
  });

  it('takes the month before from another workbook holding several months', () => {
    const july = monthSheet(7, [task('forest', '未完成。'), task('invest', '完成。'), task('talent', '完成。')]);
    const r = check(workbook(september), { previous: { kind: 'file', file: '上半年.xlsx', workbook: workbook(july, august) } });
    expect(r.history?.info.sheet).toBe('8月');
    const named = check(workbook(september), { previous: { kind: 'file', file: '上半年.xlsx', workbook: workbook(july, august), sheet: '7月' } });
    expect(named.history?.info.sheet).toBe('7月');
  });

  it.each([
    ['another year', monthSheet(8, [task('forest', '部分完成。')], { year: 2022 }), 'other-year', '2022年'],
    ['the same month', monthSheet(9, [task('forest', '部分完成。')], { name: '9月旧' }), 'same-month', '同为9月'],
    ['a later month', monthSheet(10, [task('forest', '部分完成。')]), 'later-month', '晚于本月'],
  ])('refuses %s in one line and checks on without history', (_label, previous, reason, words) => {
    const r = check(workbook(september), { previous: { kind: 'file', file: '上月.xlsx', workbook: workbook(previous) } });
    expect(r.history).toBeUndefined();
    expect(r.historyNote?.reason).toBe(reason);
    const line = historyNoteText(r.historyNote ?? { reason: 'no-table', sheet: '' });
    expect(line).toContain(words);
    expect(line).not.toContain('\n');
    expect(r.findings.filter((f) => f.rule.startsWith('history.'))).toEqual([]);
    expect(r.findings.length).toBe(check(workbook(september)).findings.length);
  });

  it('names a sheet that is not there', () => {
    const r = check(workbook(september), { previous: { kind: 'sheet', sheet: '8月份' } });
    expect(r.historyNote).toEqual({ reason: 'no-sheet', sheet: '8月份' });
  });

  it('says once that a sheet of another report does not match, instead of listing every task', () => {
    const other = monthSheet(8, [task('road', '完成。'), task('school', '完成。'), task('water', '完成。'), task('elder', '完成。'), task('trade', '完成。')]);
    const current = monthSheet(9, [task('forest', '完成。'), task('invest', '完成。'), task('talent', '完成。'), task('market', '完成。'), task('permit', '完成。')]);
    const r = check(workbook(other, current));
    expect(r.history).toBeUndefined();
    expect(r.historyNote).toMatchObject({ reason: 'mismatch', sheet: '8月', matched: 0, tasks: 5 });
    expect(r.findings.filter((f) => f.rule.startsWith('history.'))).toEqual([]);
  });

  it('reads last month in another layout', () => {
    const county = grid(
      [
        ['2023年县政府重点工作8月进展情况'],
        ['编号', '年度任务', '本月目标任务', '推进情况', '责任领导', '牵头单位'],
        ['1', '完成新增造林绿化2.5万亩 ，森林覆盖率提高0.5个百分点', '推进', '部分完成，累计造林1.2万亩', '郭克华', '区自然资源局'],
        ['2', '全年完成固定资产投资120亿元,同比增长8%以上', '推进', '完成', '贾继元', '区发改局'],
        ['3', '引进大学生4500人以上，新建人才公寓2处', '推进', '完成', '高晋', '区委组织部'],
      ],
      { name: 'Sheet1' },
    );
    const r = check(workbook(september), { previous: { kind: 'file', file: '县.xlsx', workbook: workbook(county) } });
    expect(r.history?.info).toMatchObject({ sheet: 'Sheet1', month: 8, matched: 3 });
  });
});
