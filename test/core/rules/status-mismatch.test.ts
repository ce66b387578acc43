import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';
import { check, exitCode } from '../../../src/core';

const row = (month: string, progress: string) => ({ month, progress });

describe('status.mismatch', () => {
  it('fires as an error when a 完成 row\'s figure falls short, quoting both', () => {
    const sheet = report({ rows: [row('规上服务业营业收入完成同比增长15%左右。', '完成。1-8月份规上服务业营业收入实际完成同比增速1.2%。')] });
    const [f, ...rest] = findingsOf('status.mismatch', sheet);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.kind).toBe('data');
    expect(f?.cell).toBe('D3');
    expect(f?.message).toContain('目标15%左右');
    expect(f?.message).toContain('实际1.2%');
    expect(f?.evidence?.target).toEqual(expect.objectContaining({ value: 15, unit: '%' }));
    expect(f?.evidence?.progress).toEqual(expect.objectContaining({ value: 1.2, unit: '%' }));
    expect(exitCode([check({ sheets: [sheet] })])).toBe(1);
  });

  it.each([
    ['完成70%', '完成。已完成60%'],
    ['累计争取上级资金39.8亿元。', '完成。累计争取上级资金 26.97亿元 ，其中，上级专款及专项债券 13.77亿元 。'],
    ['力争三季度引进外资5000万美元。', '完成。1-9月完成实际利用外资4870万美元。'],
    ['三季度力争批复贷款22亿元，出款15.1亿元。', '完成。三季度已争取批复款3.15亿元，出款3.15亿元。'],
    ['累计到位资金1.2亿元', '完成。累计到位资金9860万元'],
    ['完成建设容量1万千瓦', '完成。完成建设容量9000千瓦'],
    ['能耗控制在5%以内', '完成。能耗6.2%'],
    ['开展对接活动3至5场次', '完成。开展对接活动2场次'],
    ['完成工程量的８０％', '完成。完成工程量的６５％'],
    ['本月完成土地整理100亩', '完成。本月完成土地整理80亩，累计完成土地整理900亩'],
  ])('fires on target %s, progress %s', (month, progress) => {
    const found = findingsOf('status.mismatch', report({ rows: [row(month, progress)] }));
    expect(found.map((f) => f.severity)).toEqual(['error']);
  });

  it('gives only a warning when the shortfall rests on an estimate', () => {
    const found = findingsOf('status.mismatch', report({ rows: [row('新引进过亿元项目累计42个', '完成。预计新引进过亿元项目累计40个')] }));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });

  it('warns about a negative cue on a 完成 row and quotes it', () => {
    const found = findingsOf('status.mismatch', report({ rows: [row('进行城区控制性详细规划编制', '完成。总体规划尚未批复，做好控制性详细规划前期工作。')] }));
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.params.cue).toBe('总体规划尚未批复');
    expect(found[0]?.evidence?.cue).toBe('尚未');
    expect(found[0]?.message).toContain('总体规划尚未批复');
  });

  it.each([
    ['target met', '投资完成率达75%', '完成。投资完成率 75.1% 。'],
    ['about the same figure', '社会消费品零售总额增速7%', '完成。社会消费品零售总额增速7%左右'],
    ['a part is not the total', '累计争取上级资金13亿元。', '完成。累计争取上级资金 26.97亿元 ，其中，上级专款及专项债券 12.77亿元 。'],
    ['a share is not the target ratio', '力争村集体收入20万元以上村比例达到30%，50万元以上村达到60个。', '完成。20万元以上的272个，占71.96%；50万元以上的77个，占20.37%。'],
    ['another figure meets it', '累计完成建设容量6万千瓦', '完成。完成建设容量1.32万千瓦，累计完成建设容量6.65万千瓦。'],
    ['a growth rate is not an amount', '固定资产投资增长10%', '完成。固定资产投资完成5亿元，增长12%。'],
    ['no partner for the figure', '累计放贷27900万元。', '完成。新增担保贷款1492万元。'],
    ['a count of points inspected', '对3处普法联系点工作开展情况进行实地检查和评价。', '完成。对2处普法联系点的中期工作开展情况进行检查。3处普法联系点圆满完成实地评估工作。'],
    ['under a ceiling', '能耗控制在5%以内', '完成。能耗4.8%'],
    ['work under way that the target asked for', '持续推进办理拆迁和土地、文物等手续', '完成。大顺路北延项目正在办理土地、文物等手续。'],
    ['a negated cue', '组织活动', '完成。活动如期举办，没有推迟。'],
  ])('is silent when %s', (_why, month, progress) => {
    expect(findingsOf('status.mismatch', report({ rows: [row(month, progress)] }))).toEqual([]);
  });

  it('judges only rows marked 完成', () => {
    const rows = [row('完成70%', '部分完成。已完成60%'), row('完成70%', '未完成。尚未开工'), row('完成70%', '已完成60%')];
    expect(findingsOf('status.mismatch', report({ rows }))).toEqual([]);
  });
});

describe('status.mismatch messages', () => {
  it('quote the figures alone when the target names nothing beyond them', () => {
    const [f] = findingsOf('status.mismatch', report({ rows: [row('完成70%', '完成。已完成60%')] }));
    expect(f?.message).toBe('标为“完成”，但数字未达到目标：目标70%，实际60%。请核实完成状态或数字。');
  });
});
