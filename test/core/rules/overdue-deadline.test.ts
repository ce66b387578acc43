import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';
import { check, exitCode } from '../../../src/core';

describe('overdue.deadline', () => {
  it('lights a passed deadline red on a task not done, naming the date', () => {
    const sheet = report({ rows: [{ month: '方案9月28日前上报市自然资源局审查。', progress: '未完成。方案正在修改。' }] });
    const found = findingsOf('overdue.deadline', sheet);
    expect(found).toHaveLength(1);
    const f = found[0];
    expect([f?.cell, f?.light, f?.kind, f?.severity]).toEqual(['C3', 'red', 'progress', 'warning']);
    expect(f?.params).toEqual({ deadline: '9月28日前', date: '2023年9月28日' });
    expect(f?.message).toContain('9月28日前');
    expect(f?.evidence?.deadline).toBe('2023年9月28日');
    expect(exitCode([check({ sheets: [sheet] })])).toBe(0);
  });

  it('reads deadlines in the annual target too', () => {
    const found = findingsOf('overdue.deadline', report({ rows: [{ annual: '6月底前建成投用北部能源供应中心。', progress: '部分完成。设备调试中。' }] }));
    expect(found.map((f) => [f.cell, f.params.deadline])).toEqual([['B3', '6月底前']]);
  });

  it.each([
    ['二季度末前完成验收', 9],
    ['上半年开工建设', 7],
    ['8月中旬完成招标', 9],
    ['3月底前完成', 4],
  ])('%s has passed in month %d', (month, reportMonth) => {
    const found = findingsOf('overdue.deadline', report({ month: reportMonth, rows: [{ month, progress: '部分完成。正在推进。' }] }));
    expect(found).toHaveLength(1);
  });

  it.each([
    ['9月底前完成', 9, 'due at the end of the report month'],
    ['10月15日前完成', 9, 'still to come'],
    ['年底前建成', 9, 'still to come'],
    ['三季度末建成', 9, 'due at the end of the report month'],
    ['截至6月底累计完成50%', 9, 'a point of reference'],
    ['拟定9月12日至16日举办', 9, 'the dates of an event'],
  ])('is silent on %s in month %d (%s)', (month, reportMonth) => {
    expect(findingsOf('overdue.deadline', report({ month: reportMonth, rows: [{ month, progress: '部分完成。正在推进。' }] }))).toEqual([]);
  });

  it('is silent on tasks marked 完成 or without a status', () => {
    const rows = [
      { month: '6月底前完成', progress: '完成。已完成。' },
      { month: '6月底前完成', progress: '设备调试。' },
    ];
    expect(findingsOf('overdue.deadline', report({ rows }))).toEqual([]);
  });
});

describe('overdue.deadline and the work the deadline was for', () => {
  it('is silent when that work is reported done, though the task is late on other work', () => {
    const row = {
      annual: '6月底前建成投用北部能源供应中心，年底前完成二期工程。',
      progress: '部分完成。北部能源供应中心已建成投用；二期工程正在施工。',
    };
    expect(findingsOf('overdue.deadline', report({ rows: [row] }))).toEqual([]);
  });

  it('still fires when the progress says that work is not finished', () => {
    const row = {
      annual: '6月底前建成投用北部能源供应中心。',
      progress: '部分完成。北部能源供应中心主体已完成，设备尚未安装。',
    };
    expect(findingsOf('overdue.deadline', report({ rows: [row] })).map((f) => f.params.deadline)).toEqual(['6月底前']);
  });
});
