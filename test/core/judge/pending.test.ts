import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';

function mismatch(month: number, target: string, progress: string) {
  return findingsOf('status.mismatch', report({ month, rows: [{ month: target, progress }] }));
}

describe('work not finished, in other words, under a 完成 label', () => {
  it.each([
    [9, '完成项目竣工验收', '完成。项目主体已完工，正在组织竣工验收。', '正在组织竣工验收'],
    [4, '取得施工许可', '完成。已完成方案设计，正在办理施工许可手续。', '正在办理'],
    [8, '污水处理厂投入运行', '完成。设备安装调试完毕，计划10月底投用。', '计划10月底投用'],
    [11, '完成老旧管网改造', '完成。完成改造工程量80%，预计12月完成全部改造。', '预计12月完成'],
    [6, '新建充电桩10个', '完成。新建充电桩10个，其中6个已通电、4个尚在调试。', '尚在'],
    [3, '开工建设', '完成。项目已具备开工条件，待资金到位后开工。', '待资金到位后'],
  ])('warns in month %i on %j, showing the cue', (month, target, progress, cue) => {
    const [f, ...rest] = mismatch(month, target, progress);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f?.evidence?.cue).toContain(cue.slice(0, 2));
    expect(f?.message).toContain(cue.slice(0, 4));
  });

  it.each([
    [9, '新增就业500人', '完成。新增就业620人，按计划完成全年任务。'],
    [12, '做好统计工作', '完成。预计全年地区生产总值增长6%。'],
    [5, '落实优抚政策', '完成。落实退役军人优抚待遇后续工作已全部办结。'],
    [7, '持续推进竣工验收', '完成。正在组织竣工验收，已完成消防验收。'],
    [10, '组织招聘会', '完成。举办招聘会3场，无待办事项。'],
  ])('is silent in month %i on %j', (month, target, progress) => {
    expect(mismatch(month, target, progress)).toEqual([]);
  });

  it('leaves rows not marked 完成 alone', () => {
    expect(mismatch(8, '污水处理厂投入运行', '部分完成。设备安装调试完毕，计划10月底投用。')).toEqual([]);
  });
});
