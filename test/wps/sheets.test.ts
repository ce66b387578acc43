import { toA1 } from '../../src/core/address';
import { check } from '../../src/core/check';
import { buildSummaries, LEADER_OVERVIEW_SHEET } from '../../src/core/summary';
import type { SheetModel } from '../../src/core/sheet-model';
import { loadFixture } from '../helpers/fixtures';
import { wpsHostOn, wpsWith } from './setup';

async function fixtureSummaries() {
  const fixture = await loadFixture('tongbao-2023-09.xlsx');
  const report = check(fixture);
  return { fixture, report, summary: buildSummaries(report, { by: 'both' }) };
}

describe('WpsHost.writeSheets', () => {
  it('writes the summary sheets after the report with values, links, merges, widths, panes, print setup and data bars', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { wps, host } = wpsWith(fixture);
    const active = wps.activeSheet();
    const written = await host.writeSheets(summary.sheets);
    expect(written.map((w) => w.name)).toEqual(summary.sheets.map((s) => s.name));
    expect(wps.activeSheet()).toBe(active);
    const names = wps.sheetNames();
    const report = fixture.sheets[0]?.name ?? '';
    expect(names.slice(names.indexOf(report) + 1, names.indexOf(report) + 1 + summary.sheets.length)).toEqual(summary.sheets.map((s) => s.name));

    for (const model of summary.sheets) {
      const sheet = wps.sheet(model.name);
      expect(sheet.merges).toHaveLength(model.merges.length);
      if (model.freeze) expect(sheet.freeze).toEqual(model.freeze);
      model.columnWidths.forEach((w, c) => expect(sheet.columnWidths[c]).toBe(w));
      if (model.print) {
        expect(sheet.pageSetup).toMatchObject({ Orientation: 2, PaperSize: 9, Zoom: false, FitToPagesWide: 1, FitToPagesTall: false });
        if (model.print.titleRows) expect(sheet.pageSetup.PrintTitleRows).toBe(`$${model.print.titleRows[0]}:$${model.print.titleRows[1]}`);
        if (model.print.footer) expect(sheet.pageSetup.CenterFooter).toContain('&P');
      }
      expect(sheet.dataBars).toHaveLength(model.dataBars?.length ?? 0);
      for (const bar of sheet.dataBars) expect(bar).toMatchObject({ min: { type: 0, value: 0 }, max: { type: 0, value: 1 } });
      model.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell || cell.value === null || cell.value === '') return;
          const got = wps.cell(model.name, toA1(r, c));
          expect(String(got.value)).toBe(String(cell.value));
          if (cell.link) expect(got.formula).toContain(`!${cell.link.cell}"`);
          const style = cell.style === undefined ? undefined : model.styles[cell.style];
          if (style?.border) expect(got.border).toBe(true);
          if (style?.bold) expect(got.bold).toBe(true);
        }),
      );
    }
  });

  it('gives the same workbook when generated twice, reusing its sheets', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { wps, host } = wpsWith(fixture);
    await host.writeSheets(summary.sheets);
    const once = wps.dump();
    const again = await wpsHostOn(wps).writeSheets(summary.sheets);
    expect(again.every((w) => w.replaced)).toBe(true);
    expect(wps.dump()).toEqual(once);
  });

  it('clears what a previous, longer summary left on a reused sheet', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { wps, host } = wpsWith(fixture);
    const overview = summary.sheets.find((s) => s.name === LEADER_OVERVIEW_SHEET);
    if (!overview) throw new Error('the summary should have an overview');
    const longer: SheetModel = { ...overview, rows: [...overview.rows, [{ value: '多余的一行' }]] };
    await host.writeSheets([longer]);
    await host.writeSheets([overview]);
    expect(JSON.stringify(wps.values(LEADER_OVERVIEW_SHEET))).not.toContain('多余的一行');
  });

  it('never writes to a sheet the user made: the summary takes a suffix', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { wps, host } = wpsWith(fixture);
    wps.addSheet(LEADER_OVERVIEW_SHEET, [['我自己的表']]);
    const written = await host.writeSheets(summary.sheets);
    const overview = written.find((w) => w.wanted === LEADER_OVERVIEW_SHEET);
    expect(overview?.name).toBe(`${LEADER_OVERVIEW_SHEET}(2)`);
    expect(wps.values(LEADER_OVERVIEW_SHEET)).toEqual([['我自己的表']]);
    expect(wps.values(`${LEADER_OVERVIEW_SHEET}(2)`).length).toBeGreaterThan(2);
  });

  it('deletes the sheets it added when WPS refuses a write half-way', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { wps, host } = wpsWith(fixture);
    const names = wps.sheetNames();
    wps.failAfterWrites(200);
    await expect(host.writeSheets(summary.sheets)).rejects.toThrow('已经撤回');
    expect(wps.sheetNames()).toEqual(names);
  });
});

describe('WpsHost.selectCell and settings', () => {
  it('activates the sheet, then selects the cell', async () => {
    const { wps, host } = wpsWith({
      sheets: [
        { name: '说明', values: [['x']], merges: [] },
        { name: '9月', values: [['序号']], merges: [] },
      ],
    });
    expect(wps.activeSheet()).toBe('说明');
    await host.selectCell('9月', 'D17');
    expect(wps.activeSheet()).toBe('9月');
    expect(wps.selection()).toEqual({ sheet: '9月', address: 'D17' });
    await expect(host.selectCell('没有这张表', 'A1')).rejects.toThrow('找不到工作表“没有这张表”');
  });

  it('keeps the settings in the ledger sheet with the marks', async () => {
    const { wps, host } = wpsWith({ sheets: [{ name: '9月', values: [['序号']], merges: [] }] });
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ month: 9, disabledRules: ['seq.gap'] });
    expect(await wpsHostOn(wps).loadSettings()).toEqual({ month: 9, disabledRules: ['seq.gap'] });
    expect(wps.sheet('_tongbao').visible).toBe(2);
    expect(wps.activeSheet()).toBe('9月');
  });
});
