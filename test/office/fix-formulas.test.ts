import type { Fix } from '../../src/core/host';
import { fakeWith } from './setup';

function fix(cell: string, from: string, to: string): Fix {
  return { sheet: 'S', cell, from, to, rule: 'leader.spacing' };
}

describe('OfficeHost fixes and formulas', () => {
  it('never writes a formula cell: its fix comes back for the user to make by hand, and undo leaves it alone', async () => {
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values: [['郭克 华', '贾 继元']], merges: [] }] });
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B1').formulas = [['="贾 继元"']];
      await ctx.sync();
    });
    const shown = String(excel.cell('S', 'B1').value ?? '');
    const result = await host.applyFixes([fix('A1', '郭克 华', '郭克华'), fix('B1', shown, '贾继元')]);
    expect(result.applied.map((f) => f.cell)).toEqual(['A1']);
    expect(result.manual?.map((f) => f.cell)).toEqual(['B1']);
    expect(excel.cell('S', 'B1').formula).toBe('="贾 继元"');
    expect(await host.undoFixes()).toBe(1);
    expect(excel.cell('S', 'A1').value).toBe('郭克 华');
    expect(excel.cell('S', 'B1').formula).toBe('="贾 继元"');
  });
});
