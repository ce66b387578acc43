import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';

const row = (month: string, progress: string) => ({ month, progress });

describe('status.understated', () => {
  it('fires when every figure of the target is met on a row marked 未完成', () => {
    const found = findingsOf(
      'status.understated',
      report({ rows: [row('1.累计发放创业担保贷款4500万元。2.累计引进大学生3500人，技能人才500人。', '未完成。1.累计发放创业担保贷款6358.9万元。2.累计引进大学生3695人，技能人才649人。')] }),
    );
    expect(found).toHaveLength(1);
    const f = found[0];
    expect(f?.severity).toBe('warning');
    expect(f?.kind).toBe('data');
    expect(f?.params.status).toBe('未完成');
    expect(f?.params.met).toHaveLength(3);
    expect(f?.message).toContain('3695人');
  });

  it('fires on 部分完成 too', () => {
    const found = findingsOf('status.understated', report({ rows: [row('力争新设立市场主体达7600户。', '部分完成。截至9月底，新增市场主体7601户。')] }));
    expect(found.map((f) => f.params.status)).toEqual(['部分完成']);
  });

  it.each([
    ['a figure falls short', '一般公共预算收入增长3%，固定资产投资增长10%。', '部分完成。一般公共预算收入增长8.1%，固定资产投资增长0%。'],
    ['a demand joined by 并 has no figure', '完成主体施工80%并开始设备安装。', '部分完成。主体施工完成85%。'],
    ['a point of the target has no figure', '区医疗中心：项目整体累计完成64.4%。齐都中心卫生院：办理文物、土地等各项手续。', '部分完成。区医疗中心：项目整体累计完成65%。齐都中心卫生院：拟将方案改为原址改扩建，正在测算项目费用。'],
    ['the text sounds pending', '完成22个村庄治理验收。', '部分完成。累计完成22个村庄治理，尚未验收。'],
    ['a target figure has no partner', '累计放贷27900万元。', '未完成。在保653户，正在使用担保贷款32943万元。'],
    ['the target has no figure', '开展新招聘人员的培训实践工作。', '未完成。制定招聘计划，确定岗位类别。'],
    ['the actual is only an estimate', '新引进过亿元项目累计42个', '未完成。预计新引进过亿元项目累计42个'],
  ])('is silent when %s', (_why, month, progress) => {
    expect(findingsOf('status.understated', report({ rows: [row(month, progress)] }))).toEqual([]);
  });

  it('says nothing about rows marked 完成', () => {
    expect(findingsOf('status.understated', report({ rows: [row('完成70%', '完成。已完成80%')] }))).toEqual([]);
  });
});
