import { check, type Finding } from '../../../src/core';
import { report } from '../../helpers/grid';

/**
 * Rows worded the way other districts, counties and months word them, each labelled with what a
 * careful supervisor would say. None of them comes from the September fixture.
 */
interface Case {
  why: string;
  month: string;
  progress: string;
  annual?: string;
  expect: Array<[Finding['rule'], Finding['severity']]>;
}

const JUDGED = new Set(['status.mismatch', 'status.understated', 'overdue.deadline', 'overdue.schedule', 'text.restates-target']);

const CASES: Case[] = [
  { why: 'a count short of a 以上 target', month: '新增就业岗位300个以上。', progress: '完成。新增就业岗位280个，举办招聘会3场。', expect: [['status.mismatch', 'error']] },
  { why: 'growth target, actual fall, the subject named one clause before', month: '实现营业收入同比增长8%。', progress: '完成。实现营业收入3.2亿元，同比下降5.6%。', expect: [['status.mismatch', 'error']] },
  { why: 'a ceiling on working days exceeded', month: '审批办结时限压缩至5个工作日。', progress: '完成。审批平均办结时限为7个工作日。', expect: [['status.mismatch', 'error']] },
  { why: 'within a ceiling written with 内', month: '审批事项10个工作日内办结。', progress: '完成。审批事项平均6个工作日办结。', expect: [] },
  { why: 'Chinese numerals on both sides', month: '新建改造农村公路三十公里。', progress: '完成。新建改造农村公路二十五公里。', expect: [['status.mismatch', 'error']] },
  { why: 'a percentage in words', month: '群众来信办结率达到百分之九十五。', progress: '完成。群众来信办结率为百分之九十。', expect: [['status.mismatch', 'error']] },
  { why: '万元 against 亿元, met', month: '完成项目投资1.2亿元。', progress: '完成。完成项目投资12600万元。', expect: [] },
  { why: '万元 against 亿元, short', month: '完成项目投资1.2亿元。', progress: '完成。完成项目投资9860万元。', expect: [['status.mismatch', 'error']] },
  { why: 'accidents under a ceiling', month: '安全生产事故起数控制在3起以内。', progress: '完成。发生一般安全生产事故2起。', expect: [] },
  { why: 'a part after 其中 does not answer for the total', month: '完成投资2亿元。', progress: '完成。完成投资2.4亿元，其中中央资金0.5亿元。', expect: [] },
  { why: 'a share named 占比 is not judged against a ratio target', month: '优良天数比例达到70%。', progress: '完成。优良天数182天，占比66.7%。', expect: [] },
  { why: 'approximately the target', month: '社会消费品零售总额增长6%。', progress: '完成。社会消费品零售总额增长5.8%左右。', expect: [] },
  { why: 'an estimate short of the target is only a warning', month: '外贸进出口额达到12亿元。', progress: '完成。预计外贸进出口额11.2亿元。', expect: [['status.mismatch', 'warning']] },
  { why: 'a deferred opening', month: '项目竣工投用。', progress: '完成。受设备到货影响，投用时间推迟至11月。', expect: [['status.mismatch', 'warning']] },
  { why: 'a negated cue', month: '组织秋季招聘会。', progress: '完成。秋季招聘会按期举办，未出现推迟。', expect: [] },
  { why: 'every figure met under a 部分完成 label', month: '新增城镇就业3000人，发放创业担保贷款2000万元。', progress: '部分完成。新增城镇就业3250人，发放创业担保贷款2300万元。', expect: [['status.understated', 'warning']] },
  { why: 'met figures but a pending step', month: '新增城镇就业3000人。', progress: '部分完成。新增城镇就业3250人，数据待市局审核。', expect: [] },
  {
    why: 'a passed deadline on an unfinished task',
    month: '8月底前完成设备安装调试。',
    progress: '未完成。设备已到货，正在安装。',
    expect: [['overdue.deadline', 'warning']],
  },
  { why: 'a deadline still ahead', month: '11月30日前完成设备安装调试。', progress: '部分完成。设备已到货，正在安装。', expect: [] },
  {
    why: 'a running total far behind the year',
    annual: '全年新增城镇就业8000人。',
    month: '做好就业服务。',
    progress: '完成。1-9月累计新增城镇就业3000人。',
    expect: [['overdue.schedule', 'warning']],
  },
  { why: 'a stated share of the annual plan a little behind', month: '推进项目建设。', progress: '完成。项目完成年度计划投资的62%。', expect: [['overdue.schedule', 'info']] },
  { why: 'the year\'s figure quoted in the month target is not the month\'s goal', month: '全年新增城镇就业4500人，9月底累计完成3375人。', progress: '完成。截至9月底累计新增城镇就业3500人。', expect: [] },
  { why: 'a progress text that copies the target', month: '组织开展安全生产大检查，督促企业落实主体责任。', progress: '完成。组织开展安全生产大检查，督促企业落实主体责任。', expect: [['text.restates-target', 'info']] },
];

describe('reports worded unlike the September report', () => {
  it.each(CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const sheet = report({ rows: [{ annual: c.annual ?? '年度目标任务。', month: c.month, progress: c.progress }] });
    const found = check({ sheets: [sheet] }).findings.filter((f) => JUDGED.has(f.rule));
    expect(found.map((f) => [f.rule, f.severity])).toEqual(c.expect);
  });
});
