import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';
import { check, exitCode } from '../../../src/core';

describe('text.restates-target', () => {
  it('notes a progress text that copies its target', () => {
    const sheet = report({ rows: [{ month: '配合省考古院，做好南马坊战国大墓、稷下学宫遗址考古勘探发掘。', progress: '完成。积极配合省考古院，做好南马坊战国大墓、稷下学宫遗址考古勘探发掘。' }] });
    const found = findingsOf('text.restates-target', sheet);
    expect(found.map((f) => [f.cell, f.severity, f.kind])).toEqual([['D3', 'info', 'data']]);
    expect(found[0]?.params.similarity).toBeGreaterThanOrEqual(0.8);
    expect(found[0]?.message).toContain('照抄');
    expect(exitCode([check({ sheets: [sheet] })])).toBe(0);
  });

  it('is silent when the text adds a figure or says something else', () => {
    const rows = [
      { month: '完成北部污水处理厂建设任务50%。', progress: '完成。已完成北部污水处理厂建设任务55%。' },
      { month: '举办创业创新大赛决赛。', progress: '完成。9月22日成功举办临淄区第九届创业创新大赛决赛。' },
      { month: '新生入学。', progress: '完成。淄博市工业学校11个专业已完成招生工作。' },
    ];
    expect(findingsOf('text.restates-target', report({ rows }))).toEqual([]);
  });
});

describe('text.restates-target: results against copies, in other offices’ words', () => {
  const restates = (month: number, target: string, progress: string) =>
    findingsOf('text.restates-target', report({ month, rows: [{ month: target, progress }] }));

  it.each([
    [4, '做好春季植树造林苗木调运和栽植准备工作。', '完成。做好春季植树造林苗木调运和栽植准备工作。'],
    [7, '配合市生态环境局做好中央环保督察反馈问题整改工作。', '完成。积极配合市生态环境局做好中央环保督察反馈问题整改工作。'],
    [10, '推进城东片区棚户区改造项目征收补偿工作。', '部分完成。持续推进城东片区棚户区改造项目征收补偿工作。'],
  ])('fires in month %i when the progress only repeats %j', (month, target, progress) => {
    expect(restates(month, target, progress)).toHaveLength(1);
  });

  it.each([
    [5, '人民医院新院区门诊楼完成主体封顶。', '完成。人民医院新院区门诊楼已完成主体封顶。'],
    [8, '第二污水处理厂扩建工程：竣工投用。', '完成。第二污水处理厂扩建工程：已竣工投用。'],
    [11, '城北学校：正式投用。城南学校：正式投用。', '完成。城北学校：已正式投用。城南学校：已正式投用。'],
  ])('is silent in month %i when the milestone %j is reported reached', (month, target, progress) => {
    expect(restates(month, target, progress)).toEqual([]);
  });
});
