import { matchColumn, headerMonth } from '../../../src/core/table/columns';
import { findHeader } from '../../../src/core/table/header';
import { SheetGrid } from '../../../src/core/table/grid';
import { squash } from '../../../src/core/table/text';
import { grid, merge } from '../../helpers/grid';

describe('column names', () => {
  it.each([
    ['序号', 'seq'],
    ['编号', 'seq'],
    ['年度目标任务', 'annual'],
    ['年度目标', 'annual'],
    ['年度任务', 'annual'],
    ['年度重点工作', 'annual'],
    ['9月份工作目标', 'month'],
    ['9月份重点工作', 'month'],
    ['任务完成情况', 'progress'],
    ['2024年度目标任务', 'annual'],
    ['9月份目标任务', 'month'],
    ['9月目标任务', 'month'],
    ['10月份目标任务', 'month'],
    ['十月份目标任务', 'month'],
    ['本月目标任务', 'month'],
    ['月度目标任务', 'month'],
    ['完成情况', 'progress'],
    ['进展情况', 'progress'],
    ['推进情况', 'progress'],
    ['完成进度', 'progress'],
    ['9月份完成情况', 'progress'],
    ['分管区领导', 'leaders'],
    ['分管县领导', 'leaders'],
    ['分管市领导', 'leaders'],
    ['分管领导', 'leaders'],
    ['责任领导', 'leaders'],
    ['责任单位', 'units'],
    ['牵头单位', 'units'],
    ['责任部门', 'units'],
    ['责任单位（部门）', 'units'],
  ])('%s is the %s column', (text, key) => {
    expect(matchColumn(squash(text))).toBe(key);
  });

  it.each([
    ['完 成 情 况', 'progress'],
    ['年度\n目标任务', 'annual'],
    ['分管区\n领导', 'leaders'],
    ['序　号', 'seq'],
    ['９月份目标任务', 'month'],
    ['（责任单位）', 'units'],
    ['序號', 'seq'],
    ['*序号', 'seq'],
    ['责任单位※', 'units'],
    ['完成情況', 'progress'],
    ['分管區領導', 'leaders'],
  ])('tolerates spaces, line breaks and full-width characters in %j', (text, key) => {
    expect(matchColumn(squash(text))).toBe(key);
  });

  it.each(['备注', '目标', '完成', '领导', '单位', '2023年《政府工作报告》重点工作9月份完成情况通报表', ''])(
    '%j names no column',
    (text) => {
      expect(matchColumn(squash(text))).toBeNull();
    },
  );

  it('reads the month from the month column header', () => {
    expect(headerMonth(squash('9月份目标任务'))).toBe(9);
    expect(headerMonth(squash('十二月目标任务'))).toBe(12);
    expect(headerMonth(squash('1-9月份目标任务'))).toBe(9);
    expect(headerMonth(squash('本月目标任务'))).toBeNull();
  });
});

describe('findHeader', () => {
  it('finds the header under a merged title', () => {
    const sheet = grid(
      [
        ['2023年重点工作9月份完成情况通报表'],
        ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位'],
        [1, 'a', 'b', '完成。', '郭克华', '区发改局'],
      ],
      { merges: [merge(0, 0, 0, 5)] },
    );
    const h = findHeader(new SheetGrid(sheet));
    expect(h?.row).toBe(1);
    expect(h?.columns).toEqual({ seq: 0, annual: 1, month: 2, progress: 3, leaders: 4, units: 5 });
    expect(h?.headers.month).toBe('9月份目标任务');
  });

  it('finds columns in any order, after a blank column', () => {
    const sheet = grid([[null, '编号', '责任单位', '分管县领导', '年度任务', '本月目标任务', '进展情况']]);
    const h = findHeader(new SheetGrid(sheet));
    expect(h?.columns).toEqual({ seq: 1, annual: 4, month: 5, progress: 6, leaders: 3, units: 2 });
  });

  it('reads a two-row header with a group cell over 年度 and 9月份', () => {
    const sheet = grid(
      [
        ['序号', '目标任务', null, '完成情况', '分管区领导', '责任单位'],
        [null, '年度', '9月份', null, null, null],
        [1, 'a', 'b', '完成。', '郭克华', '区发改局'],
      ],
      { merges: [merge(0, 0, 1, 0), merge(0, 1, 0, 2), merge(0, 3, 1, 3), merge(0, 4, 1, 4), merge(0, 5, 1, 5)] },
    );
    const h = findHeader(new SheetGrid(sheet));
    expect(h?.row).toBe(0);
    expect(h?.endRow).toBe(1);
    expect(h?.columns).toEqual({ seq: 0, annual: 1, month: 2, progress: 3, leaders: 4, units: 5 });
  });

  it('finds nothing in a sheet that is no report', () => {
    expect(findHeader(new SheetGrid(grid([['姓名', '职务'], ['郭克华', '区长']])))).toBeNull();
    expect(findHeader(new SheetGrid(grid([])))).toBeNull();
  });
});
