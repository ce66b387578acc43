import { parseRuleFixture } from '../../helpers/rule-fixture';

/** The per-rule fixtures are only as good as their reader: marks, merges and values must land where written. */
describe('the rule fixture format', () => {
  const text = [
    '# a comment before the first case',
    '=== two sheets and options',
    '# month: 8',
    '# sheet: 8月',
    '--- sheet: 8月',
    '标题',
    '',
    "序号 | 年度目标任务 | '12",
    "1 | 完成\\n两行 | x | {seq.gap} {cell.empty:C warning}",
    '^ | 续 | y',
    '--- sheet: 名单',
    '分管领导 {leader.unknown:A}',
    '=== a case without a sheet line',
    '1 | a',
  ].join('\n');
  const [first, second] = parseRuleFixture(text);

  it('reads sheets, rows, values and options', () => {
    expect(first?.options).toEqual({ month: 8, sheet: '8月' });
    expect(first?.workbook.sheets.map((s) => s.name)).toEqual(['8月', '名单']);
    expect(first?.workbook.sheets[0]?.values).toEqual([['标题'], ['序号', '年度目标任务', '12'], [1, '完成\n两行', 'x'], [null, '续', 'y']]);
    expect(second?.workbook.sheets.map((s) => [s.name, s.values])).toEqual([['Sheet1', [[1, 'a']]]]);
  });

  it('makes a merged area of each ^ with the cell above', () => {
    expect(first?.workbook.sheets[0]?.merges).toEqual([{ top: 2, left: 0, bottom: 3, right: 0 }]);
  });

  it('reads the marks beside a row, with their sheet, row, column and level', () => {
    expect(first?.expected.map(({ rule, sheet, row, column, severity }) => ({ rule, sheet, row, column, severity }))).toEqual([
      { rule: 'seq.gap', sheet: '8月', row: 3, column: undefined, severity: undefined },
      { rule: 'cell.empty', sheet: '8月', row: 3, column: 'C', severity: 'warning' },
      { rule: 'leader.unknown', sheet: '名单', row: 1, column: 'A', severity: undefined },
    ]);
    expect(first?.workbook.sheets[1]?.values).toEqual([['分管领导']]);
  });

  it('refuses a row before the first case', () => {
    expect(() => parseRuleFixture('1 | a')).toThrow('line 1');
  });
});
