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
