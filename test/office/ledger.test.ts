import type { Mark } from '../../src/core/host';
import { LEDGER_SHEET, emptyLedger, encodeLedger } from '../../src/core/ledger';
import { encodeLook, untouchedLook } from '../../src/core/look';
import { NOTE_HEADER } from '../../src/core/plan/marks';
import { fakeWith, hostOn } from './setup';

const CAP = 5 * 1024 * 1024;

describe('OfficeHost and its ledger', () => {
  it('clears a workbook whose ledger is far larger than one answer may carry, reading it in parts', async () => {
    const rows = 200;
    const values = [['序号', '完成情况'], ...Array.from({ length: rows }, (_, i) => [i + 1, `完成。第${i + 1}项`])];
    const { excel, host } = fakeWith({ sheets: [{ name: '9月', values, merges: [] }] });
    // The ledger as any host writes it, holding each cell's long note of the user's (as another host would have left it).
    const userNote = (i: number) => `第${i + 1}项的说明：${'情况复杂需要逐条核实'.repeat(2900)}`;
    const marks = Array.from({ length: rows }, (_, i) => ({
      sheet: '9月',
      cell: `B${i + 2}`,
      original: encodeLook({ ...untouchedLook(), fill: { kind: 'none' }, note: { text: userNote(i) } }),
    }));
    const chunks = encodeLedger({ ...emptyLedger(), marks });
    expect(chunks.length).toBeGreaterThan(100);
    excel.addSheet(LEDGER_SHEET, chunks.map((c) => [c]));
    excel.setVisibility(LEDGER_SHEET, 'VeryHidden');
    for (const m of marks) {
      excel.setFill('9月', m.cell, '#FCE4D6');
      excel.setNote('9月', m.cell, `${NOTE_HEADER}\n请核实`);
    }

    await host.clearMarks();
    expect(excel.stats.requests.every((r) => r.ok && r.requestBytes < CAP && r.responseBytes < CAP)).toBe(true);
    // Several requests just to read the ledger: no one answer could hold it.
    const ledgerReads = excel.stats.requests.filter((r) => r.responseBytes > 1024 * 1024);
    expect(ledgerReads.length).toBeGreaterThan(2);
    for (let i = 0; i < rows; i++) {
      expect(excel.cell('9月', `B${i + 2}`)).toMatchObject({ fill: null, note: userNote(i) });
    }
    expect(await host.loadSettings()).toEqual({});
    excel.resetStats();
    await host.clearMarks();
    expect(excel.stats.syncs).toBe(1);
  }, 60000);

  it('puts back only the notes that are still there: a note the user deleted is not deleted again, and theirs comes back', async () => {
    const values = [['序号', '完成情况'], [1, '完成'], [2, '进行中'], [3, '']];
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values, merges: [] }] });
    excel.setNote('S', 'B3', '用户自己的批注');
    const marks: Mark[] = ['B2', 'B3', 'B4'].map((cell) => ({ sheet: 'S', cell, style: 'warning', note: '请核实' }));
    const before = excel.cells('S');
    await host.applyMarks(marks);
    // The user deletes two of our notes, one of which held their own note too.
    excel.setNote('S', 'B2', null);
    excel.setNote('S', 'B3', null);

    await hostOn(excel).clearMarks();
    expect(excel.cells('S')).toEqual(before);
  });

  it('marks again where the user deleted a note since, adding ours instead of writing to a note that is gone', async () => {
    const values = [['序号', '完成情况'], [1, '完成'], [2, '进行中']];
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values, merges: [] }] });
    excel.setNote('S', 'B3', '用户自己的批注');
    const before = excel.cells('S');
    await host.applyMarks([{ sheet: 'S', cell: 'B3', style: 'warning', note: '请核实' }]);
    excel.setNote('S', 'B3', null);
    await host.applyMarks([
      { sheet: 'S', cell: 'B2', style: 'error', note: '序号重复' },
      { sheet: 'S', cell: 'B3', style: 'warning', note: '请再核实' },
    ]);
    expect(excel.cell('S', 'B3').note).toBe(`用户自己的批注\n\n${NOTE_HEADER}\n请再核实`);
    await host.clearMarks();
    expect(excel.cells('S')).toEqual(before);
  });

  it('asks again when the ledger it remembered is gone, and goes on as with a workbook never marked', async () => {
    const values = [['序号', '完成情况'], [1, '完成']];
    const { excel, host } = fakeWith({ sheets: [{ name: 'S', values, merges: [] }] });
    await host.saveSettings({ month: 9 });
    await excel.run(async (ctx: Excel.RequestContext) => {
      ctx.workbook.worksheets.getItem(LEDGER_SHEET).delete();
      await ctx.sync();
    });
    expect(await host.loadSettings()).toEqual({});
    expect((await host.readSnapshot()).sheets.map((s) => s.name)).toEqual(['S']);
  });
});
