import { emptyLedger, encodeLedger } from '../../src/core/ledger';
import { encodeLook, LOOK_VERSION } from '../../src/core/look';
import type { LookRecord } from '../../src/core/look';
import { check } from '../../src/core/check';
import { marksFor } from '../../src/core/marks';
import { loadFixture } from '../helpers/fixtures';
import { generatedReport } from '../office/setup';
import { wpsHostOn, wpsWith } from './setup';

async function markedFixture() {
  const fixture = await loadFixture('tongbao-2023-09.xlsx');
  const { wps, host } = wpsWith(fixture);
  const report = check(await host.readSnapshot());
  return { wps, host, report, marks: marksFor(report.findings) };
}

describe('WpsHost marks', () => {
  it('marks each finding with its style and note, and clearing puts the workbook back exactly', async () => {
    const { wps, host, marks } = await markedFixture();
    const sheet = marks[0]?.sheet ?? '';
    const cell = marks[0]?.cell ?? '';
    wps.setNote(sheet, cell, '用户自己的批注');
    wps.setFill(sheet, cell, '#00B050');
    const before = wps.dump();
    await host.applyMarks(marks);

    const warning = marks.find((m) => m.style === 'warning' && m.cell !== cell);
    const light = marks.find((m) => m.style === 'light-red');
    if (!warning || !light) throw new Error('the sample should have a warning and a red light');
    expect(wps.cell(warning.sheet, warning.cell)).toMatchObject({ fill: '#FCE4D6', fontColor: '#C55A11' });
    expect(wps.cell(warning.sheet, warning.cell).note).toBe(`通报表助手：\n${warning.note}`);
    expect(wps.cell(light.sheet, light.cell).fill).toBe('#FF7C80');
    expect(wps.cell(sheet, cell).note).toMatch(/^用户自己的批注\n\n通报表助手：\n/);
    expect(wps.sheetNames({ includeHidden: true })).toContain('_tongbao');
    expect(wps.sheet('_tongbao').visible).toBe(2);
    expect(wps.screenUpdating).toBe(true);

    await host.clearMarks();
    const after = wps.dump() as { name: string }[];
    expect(after.filter((s) => s.name !== '_tongbao')).toEqual(before);
  });

  it('marking twice keeps the look saved the first time, and marks no longer found come off', async () => {
    const { wps, host, marks } = await markedFixture();
    const before = wps.dump();
    await host.applyMarks(marks);
    await wpsHostOn(wps).applyMarks(marks.slice(1));
    const first = marks[0];
    if (!first) throw new Error('no marks');
    expect(wps.cell(first.sheet, first.cell).note).toBeNull();
    await host.applyMarks(marks);
    await host.clearMarks();
    expect((wps.dump() as { name: string }[]).filter((s) => s.name !== '_tongbao')).toEqual(before);
  });

  it('paints with one union range per style group, each address under 255 characters, on a large report', async () => {
    const { wps, host } = wpsWith(generatedReport(3000));
    const report = check(await host.readSnapshot());
    const marks = marksFor(report.findings);
    wps.resetStats();
    await host.applyMarks(marks);
    expect(wps.stats.longestAddress).toBeLessThan(255);
    // Reading the looks and painting cost a few calls per group; the notes one handful per cell.
    expect(wps.stats.calls).toBeLessThan(marks.length * 12);
  });

  it('stops before writing anything when a marked sheet is protected', async () => {
    const { wps, host, marks } = await markedFixture();
    const sheet = marks[0]?.sheet ?? '';
    wps.protect(sheet);
    const before = wps.dump();
    wps.resetStats();
    await expect(host.applyMarks(marks)).rejects.toThrow('受保护');
    expect(wps.stats.writes).toBe(0);
    expect(wps.dump()).toEqual(before);
  });

  it('when WPS refuses a write half-way, undoes what was written and says so', async () => {
    const { wps, host, marks } = await markedFixture();
    const before = wps.dump();
    wps.failAfterWrites(40);
    await expect(host.applyMarks(marks)).rejects.toThrow('已经撤回');
    const after = wps.dump() as { name: string; cells: unknown[] }[];
    expect(after.filter((s) => s.name !== '_tongbao')).toEqual(before);
    // The ledger sheet made on the way stays, empty of marks: a later clear finds nothing to do.
    await host.clearMarks();
    expect((wps.dump() as { name: string }[]).filter((s) => s.name !== '_tongbao')).toEqual(before);
  });
});

describe('WpsHost clearing marks another host made', () => {
  it('puts back theme colours, the automatic font colour and a note from a look record', async () => {
    const { wps, host } = wpsWith({ sheets: [{ name: '9月', values: [['序号', '完成情况'], [1, '已完成']], merges: [] }] });
    wps.setFill('9月', 'B2', '#E4D4F4');
    wps.setFont('9月', 'B2', { color: '#7030A0', bold: true });
    wps.setNote('9月', 'B2', '通报表助手：\n完成状态写法不规范');
    const original: LookRecord = {
      v: LOOK_VERSION,
      fill: { kind: 'pattern', pattern: 'solid', fg: { kind: 'theme', theme: 4, tint: 0.4 } },
      fontColor: { kind: 'auto' },
      bold: false,
      note: { text: '原来的批注' },
      prompt: 'unchanged',
    };
    const ledger = { ...emptyLedger(), marks: [{ sheet: '9月', cell: 'B2', original: encodeLook(original) }] };
    wps.addSheet('_tongbao', encodeLedger(ledger).map((chunk) => [chunk]));
    wps.setVisibility('_tongbao', 2);
    await host.clearMarks();
    expect(wps.cell('9月', 'B2')).toMatchObject({ fillTheme: { theme: 5, tint: 0.4 }, fontAuto: true, bold: false, note: '原来的批注' });
  });
});
