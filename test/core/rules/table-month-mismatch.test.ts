import { grid, merge, report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';

describe('table.month-mismatch', () => {
  it('fires when the header still names last month: an error, marked on the title', () => {
    const sheet = report({ month: 9, monthHeader: '8月份目标任务', rows: [{}] });
    const [f, ...rest] = findingsOf('table.month-mismatch', sheet);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'error', cell: 'A1', params: { title: 9, header: 8, sheet: 9, used: 9 } });
    expect(f?.message).toContain('标题为9月');
    expect(f?.message).toContain('表头为8月');
  });

  it('only warns when the sheet name alone disagrees', () => {
    const sheet = report({ month: 9, name: '8月', rows: [{}] });
    const [f] = findingsOf('table.month-mismatch', sheet);
    expect(f).toMatchObject({ severity: 'warning', params: { title: 9, header: 9, sheet: 8, used: 9 } });
  });

  it('marks the month header when there is no title month', () => {
    const sheet = report({ title: '重点工作完成情况通报表', month: 9, name: '8月', rows: [{}], merges: [merge(0, 0, 0, 5)] });
    const [f] = findingsOf('table.month-mismatch', sheet);
    expect(f?.cell).toBe('C2');
    expect(f?.params).toEqual({ title: null, header: 9, sheet: 8, used: 9 });
  });

  it('reads the month from the progress header when the target header names none', () => {
    const sheet = grid(
      [
        ['2023年重点工作9月份完成情况通报表'],
        ['序号', '年度目标任务', '本月目标任务', '8月份完成情况', '分管区领导', '责任单位'],
        [1, 'a', 'b', '完成。好', '郭克华', '区发改局'],
      ],
      { name: '9月', merges: [merge(0, 0, 0, 5)] },
    );
    expect(findingsOf('table.month-mismatch', sheet).map((f) => f.params)).toEqual([{ title: 9, header: 8, sheet: 9, used: 9 }]);
  });

  it('warns when the month given to the check differs from the sheet', () => {
    const sheet = report({ month: 9, rows: [{}] });
    const [f] = findingsOf('table.month-mismatch', sheet, { month: 10 });
    expect(f).toMatchObject({ severity: 'warning', params: { title: 9, header: 9, sheet: 9, used: 10 } });
    expect(f?.message).toBe('表中写的是9月，已按指定的10月校验。请确认月份。');
    expect(findingsOf('table.month-mismatch', sheet, { month: 9 })).toEqual([]);
  });

  it.each([
    ['all agree', report({ month: 9, rows: [{}] })],
    ['the sheet name has no month', report({ month: 9, name: 'Sheet1', rows: [{}] })],
    ['the header says 本月', report({ month: 9, monthHeader: '本月目标任务', rows: [{}] })],
    ['the title spans 1-9月', report({ month: 9, title: '2023年1-9月重点工作完成情况', rows: [{}] })],
  ])('is silent when %s', (_, sheet) => {
    expect(findingsOf('table.month-mismatch', sheet)).toEqual([]);
  });
});
