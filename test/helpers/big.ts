import type { SheetSnapshot } from '../../src/core/snapshot';
import { merge } from './grid';

const STATUSES = ['完成。', '部分完成。', '未完成。'];
const LEADERS = ['郭克华', '贾继元 房美男', '高晋 于海南', '崔 赞'];
const UNITS = ['区发改局（牵头） 区财政局', '区工信局', '区行政审批 服务局 (牵头) 区商务局'];

/** A report of `count` tasks in the shape of the real one, for scale tests and the benchmark. */
export function bigReport(count: number): SheetSnapshot {
  const values: (string | number | null)[][] = [
    ['2023年《政府工作报告》重点工作9月份完成情况通报表', null, null, null, null, null],
    ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位'],
  ];
  for (let i = 1; i <= count; i++) {
    values.push([
      i,
      `第${i}项：固定资产投资增长10%以上，新建标准厂房${i % 50}万平方米，全面完成上级下达的约束性指标。`,
      `完成投资${i % 9}亿元，主体施工至${i % 30}层。`,
      `${STATUSES[i % 3] ?? ''}截至9月底，累计完成投资${(i % 90) / 10}亿元，项目已完 成主体施工，正在推进装修。`,
      LEADERS[i % LEADERS.length] ?? null,
      UNITS[i % UNITS.length] ?? null,
    ]);
  }
  return { name: '9月', values, merges: [merge(0, 0, 0, 5)] };
}
