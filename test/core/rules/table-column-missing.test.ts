import { grid } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';

describe('table.column-missing', () => {
  it('names each missing column, the month target as a warning', () => {
    const sheet = grid([
      ['序号', '年度目标任务', '完成情况', '分管领导'],
      [1, 'a', '完成。好', '郭克华'],
    ]);
    const found = findingsOf('table.column-missing', sheet);
    expect(found.map((f) => [f.params.column, f.severity, f.cell])).toEqual([
      ['month', 'warning', 'A1'],
      ['units', 'error', 'A1'],
    ]);
    expect(found[1]?.message).toContain('责任单位');
  });

  it('reports a missing 完成情况 column rather than no table at all', () => {
    const sheet = grid([
      ['序号', '年度目标任务', '9月份目标任务', '分管领导', '责任单位'],
      [1, 'a', 'b', '郭克华', '区发改局'],
    ]);
    expect(findingsOf('table.column-missing', sheet).map((f) => [f.params.column, f.severity])).toEqual([['progress', 'error']]);
  });

  it("marks the header's first cell", () => {
    const sheet = grid([
      [],
      [null, null, '序号', '年度目标任务', '9月份目标任务', '完成情况', '分管领导'],
      [null, null, 1, 'a', 'b', '完成。好', '郭克华'],
    ]);
    expect(findingsOf('table.column-missing', sheet).map((f) => f.cell)).toEqual(['C2']);
  });

  it('is silent when all six columns are there', () => {
    const sheet = grid([
      ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管领导', '责任单位'],
      [1, 'a', 'b', '完成。好', '郭克华', '区发改局'],
    ]);
    expect(findingsOf('table.column-missing', sheet)).toEqual([]);
  });
});
