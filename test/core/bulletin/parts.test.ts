import { reasonOf } from '../../../src/core/bulletin/reason';
import { shortName } from '../../../src/core/bulletin/short-name';
import { bulletinTitle, workName } from '../../../src/core/bulletin/title';
import { chineseNumber } from '../../../src/core/bulletin/problems';

describe('the title follows the report', () => {
  it.each([
    ['2023年《政府工作报告》重点工作9月份完成情况通报表', '《政府工作报告》重点工作'],
    ['2024年县政府重点任务推进情况通报（8月）', '重点任务'],
    ['市政府2025年重点工作任务6月份进展情况', '重点工作任务'],
    ['2024年民生实事项目进展情况表', '民生实事'],
    ['2024年《政府工作报告》任务分解落实情况', '《政府工作报告》重点工作'],
    [null, '重点工作'],
  ])('%s → %s', (title, work) => {
    expect(workName(title)).toBe(work);
  });

  it('names the year and month, leaving out what the report does not say', () => {
    expect(bulletinTitle(2023, 9, '2023年重点工作9月份完成情况通报表')).toBe('关于2023年9月份重点工作完成情况的通报');
    expect(bulletinTitle(null, 9, '重点任务推进表')).toBe('关于9月份重点任务完成情况的通报');
  });
});

describe('the reason is quoted from the 完成情况', () => {
  it.each([
    ['部分完成。已完成选址，因土地指标未落实，尚未开工。', '因土地指标未落实，尚未开工'],
    ['未完成，受汛期影响，施工暂停，计划10月复工。', '受汛期影响，施工暂停，计划10月复工'],
    ['未完成。主要原因是资金尚未到位；下步将积极争取。', '主要原因是资金尚未到位'],
    ['部分完成：由于审批流程较长（涉及省级审批），项目延期。', '由于审批流程较长（涉及省级审批），项目延期'],
  ])('%s', (progress, reason) => {
    expect(reasonOf(progress, progress.slice(0, progress.startsWith('部分') ? 4 : 3))).toEqual({ text: reason, kind: 'stated' });
  });

  it('does not take 因 in ordinary words for a reason', () => {
    const r = reasonOf('部分完成。坚持因地制宜，已完成3个村的改造。', '部分完成');
    expect(r).toEqual({ text: '坚持因地制宜，已完成3个村的改造', kind: 'progress' });
  });

  it('falls back to what was done, without list numbers or pasted spaces', () => {
    expect(reasonOf('部分完成。1.正在办理 土地 手续\n2.已完成设计', '部分完成')).toEqual({ text: '正在办理土地手续', kind: 'progress' });
  });

  it('says nothing when there is nothing after the status', () => {
    expect(reasonOf('未完成', '未完成')).toBeNull();
  });

  it('never leaves a bracket open when it shortens', () => {
    const long = `部分完成。累计争取资金26.97亿元，其中专项债券13.77亿元（专款4.64亿元，专项债券9.13亿元，政策性开发性金融工具${'资金'.repeat(20)}）`;
    const r = reasonOf(long, '部分完成');
    expect(r?.text.endsWith('…')).toBe(true);
    expect((r?.text.match(/（/g) ?? []).length).toBe((r?.text.match(/）/g) ?? []).length);
  });
});

describe('short names', () => {
  it('takes the first clause', () => {
    expect(shortName('完成固定资产投资126亿元，增长10%')).toBe('完成固定资产投资126亿元');
  });
  it('never cuts a figure in two', () => {
    expect(shortName('争取上级专款、专项债券、政策性贷款等各类资金50亿元以上')).toBe('争取上级专款、专项债券、政策性贷款等各类资金…');
  });
  it('drops the numbering a task text starts with', () => {
    expect(shortName('（3）建成农家书屋30处')).toBe('建成农家书屋30处');
  });
});

describe('Chinese ordinals', () => {
  it.each([[1, '一'], [10, '十'], [11, '十一'], [20, '二十'], [35, '三十五']])('%d', (n, text) => {
    expect(chineseNumber(n)).toBe(text);
  });
});
