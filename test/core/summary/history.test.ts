import { check } from '../../../src/core';
import type { SheetModel } from '../../../src/core/sheet-model';
import { buildSummaries } from '../../../src/core/summary';
import { workbook } from '../../helpers/grid';
import { monthSheet, task } from '../../helpers/months';

/** A sheet's rows as plain values, from the header row on. */
function table(sheet: SheetModel | undefined): (string | number | boolean | null)[][] {
  return (sheet?.rows ?? []).slice(2).map((row) => row.map((cell) => cell?.value ?? null));
}

function column(sheet: SheetModel | undefined, header: string): (string | number | boolean | null)[] {
  const [head = [], ...body] = table(sheet);
  const c = head.indexOf(header);
  return c < 0 ? [] : body.map((row) => row[c] ?? null);
}

const july = monthSheet(7, [
  task('forest', '未完成。苗木未到位。', { leaders: '郭克华' }),
  task('invest', '部分完成。1-7月完成投资60亿元。', { leaders: '贾继元' }),
  task('talent', '完成。累计引进大学生2800人。', { leaders: '郭克华' }),
]);
const august = monthSheet(8, [
  task('forest', '部分完成。累计造林1.2万亩。', { leaders: '郭克华' }),
  task('invest', '完成。1-8月完成投资80亿元。', { leaders: '贾继元' }),
  task('talent', '完成。累计引进大学生3200人。', { leaders: '郭克华' }),
]);
const september = monthSheet(9, [
  task('forest', '部分完成。累计造林1.5万亩。', { leaders: '郭克华' }),
  task('invest', '完成。1-9月完成投资92亿元。', { leaders: '贾继元' }),
  task('talent', '未完成。人才公寓尚未开工。', { leaders: '郭克华' }),
  task('market', '完成。新增市场主体9000户。', { leaders: '贾继元' }),
]);

describe('summaries beside last month', () => {
  const summary = buildSummaries(check(workbook(july, august, september)));
  const overview = summary.sheets.find((s) => s.role === 'overview');

  it('give each leader last month\'s completion rate and the change', () => {
    expect(column(overview, '分管领导')).toEqual(['郭克华', '贾继元', '合计']);
    expect(column(overview, '完成率')).toEqual([0, 1, 0.5]);
    expect(column(overview, '上月完成率')).toEqual([0.5, 1, 2 / 3]);
    expect(column(overview, '变化')).toEqual(['-50.0个百分点', '持平', '-16.7个百分点']);
  });

  it('mark on a leader\'s sheet the tasks unfinished months in a row, and what changed', () => {
    const guo = summary.sheets.find((s) => s.name === '郭克华');
    expect(column(guo, '序号')).toEqual([3, 1]);
    expect(column(guo, '与上月比')).toEqual(['上月完成，本月未完成', '连续3个月未完成']);
    const jia = summary.sheets.find((s) => s.name === '贾继元');
    expect(column(jia, '与上月比')).toEqual(['', '本月新增']);
  });

  it('keep their columns as they were when there is no last month', () => {
    const alone = buildSummaries(check(workbook(september)));
    const plain = alone.sheets.find((s) => s.role === 'overview');
    expect(table(plain)[0]).not.toContain('上月完成率');
    expect(table(alone.sheets.find((s) => s.name === '郭克华'))[0]).not.toContain('与上月比');
  });
});
