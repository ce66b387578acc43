import type { Finding } from '../../src/core/findings';
import { MARK_STYLES } from '../../src/core/marks';
import { cssColor, gridModel, visibleRange } from '../../src/taskpane/logic/grid-view';
import { grid } from '../helpers/grid';

const finding = (cell: string, severity: Finding['severity']): Finding =>
  ({ rule: 'seq.gap', cell, seq: 1, params: {}, severity, kind: 'data', sheet: '9月', message: `问题 ${cell}` }) as unknown as Finding;

describe('gridModel', () => {
  const sheet = grid(
    [
      ['序号', '年度目标任务', '分管领导'],
      [1, '推进项目', '崔 赞'],
      [2, '另一项', '郭克华'],
    ],
    { name: '9月' },
  );

  it('draws a finding\'s mark as the download will have it, with its note', () => {
    const model = gridModel(sheet, [finding('B2', 'error')], []);
    expect(model.rows).toBe(3);
    expect(model.cols).toBe(3);
    expect(model.look(1, 1)).toEqual({ fill: cssColor(MARK_STYLES.error.fill), color: cssColor(MARK_STYLES.error.fontColor ?? ''), bold: true, note: expect.stringContaining('问题 B2') });
    expect(model.look(2, 1)).toBeNull();
  });

  it('previews a fix in its cell and leaves the others as read', () => {
    const fix = { sheet: '9月', cell: 'C2', from: '崔 赞', to: '崔赞', rule: 'leader.spacing' as const };
    const model = gridModel(sheet, [], [fix]);
    expect(model.fix(1, 2)).toEqual(fix);
    expect(model.fix(2, 2)).toBeNull();
    expect(model.text(2, 2)).toBe('郭克华');
  });

  it('ignores marks and fixes on other sheets', () => {
    const model = gridModel(sheet, [{ ...finding('B2', 'error'), sheet: '8月' }], [{ sheet: '8月', cell: 'C2', from: 'a', to: 'b', rule: 'leader.spacing' }]);
    expect(model.look(1, 1)).toBeNull();
    expect(model.fix(1, 2)).toBeNull();
  });
});

describe('visibleRange', () => {
  it('draws only the rows in view and a few either side, wherever a 10,000-row sheet is scrolled', () => {
    expect(visibleRange(0, 520, 26, 10000)).toEqual({ first: 0, last: 28 });
    const deep = visibleRange(26 * 9000, 520, 26, 10000);
    expect(deep.first).toBe(8992);
    expect(deep.last - deep.first).toBeLessThan(40);
    expect(visibleRange(26 * 9995, 520, 26, 10000).last).toBe(9999);
  });
});
