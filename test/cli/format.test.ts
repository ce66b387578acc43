import { check } from '../../src/core/check';
import { jsonReport, textReport } from '../../src/cli/format';
import { report, workbook } from '../helpers/grid';

describe('a rule that failed on the file', () => {
  const sheet = report({ rows: [{ seq: 1 }, { seq: 2 }] });

  it('is named in the text report and the JSON, so a clean result is not taken on trust', () => {
    const checked = { ...check(workbook(sheet)), failedRules: ['seq.gap' as const] };
    expect(textReport('a.xlsx', checked)).toContain('注意：规则 seq.gap 在这份文件上运行出错');
    expect(jsonReport('a.xlsx', checked).failedRules).toEqual(['seq.gap']);
  });

  it('is not mentioned when every rule ran', () => {
    const checked = check(workbook(sheet));
    expect(textReport('a.xlsx', checked)).not.toContain('运行出错');
    expect(jsonReport('a.xlsx', checked)).not.toHaveProperty('failedRules');
  });
});
