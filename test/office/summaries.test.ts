import { toA1 } from '../../src/core/address';
import { check } from '../../src/core/check';
import { buildSummaries, LEADER_OVERVIEW_SHEET } from '../../src/core/summary';
import { rosterSheetModel, ROSTER_SHEET } from '../../src/core/roster-sheet';
import type { SheetModel } from '../../src/core/sheet-model';
import { loadFixture } from '../helpers/fixtures';
import { fakeWith, hostOn } from './setup';

async function fixtureSummaries() {
  const fixture = await loadFixture('tongbao-2023-09.xlsx');
  const report = check(fixture);
  const summary = buildSummaries(report, { by: 'both' });
  return { fixture, report, summary };
}

describe('OfficeHost.writeSheets', () => {
  it('writes the summary sheets with their values, links, merges, panes and print setup, in at most three round trips', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { excel, host } = fakeWith(fixture);
    const written = await host.writeSheets(summary.sheets);
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
    expect(written.map((w) => w.name)).toEqual(summary.sheets.map((s) => s.name));
    expect(written.every((w) => !w.replaced)).toBe(true);
    // Read back after writing: Excel took the one-page-wide print setting.
    expect(written.every((w) => w.fitsPageWidth === undefined)).toBe(true);
    expect(summary.sheets.some((s) => (s.dataBars?.length ?? 0) > 0)).toBe(true);

    for (const model of summary.sheets) {
      const sheet = excel.sheet(model.name);
      expect(sheet.merges.length).toBe(model.merges.length);
      if (model.freeze) expect(sheet.freeze).toEqual(model.freeze);
      if (model.print) {
        expect(sheet.pageLayout.orientation).toBe(model.print.orientation === 'landscape' ? 'Landscape' : 'Portrait');
        expect(sheet.pageLayout.paperSize).toBe('A4');
        expect(sheet.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
        if (model.print.titleRows) expect(sheet.pageLayout.printTitleRows).toBe(`$${model.print.titleRows[0]}:$${model.print.titleRows[1]}`);
        if (model.print.footer) expect(Object.values(sheet.pageLayout.footer).join('')).toContain('&P');
      }
      expect(sheet.conditionalFormats.length).toBe(model.dataBars?.length ?? 0);
      for (const cf of sheet.conditionalFormats) {
        expect(cf).toMatchObject({ type: 'DataBar', lower: { type: 'Number', formula: '0' }, upper: { type: 'Number', formula: '1' } });
      }
      model.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          // An empty string is an empty cell in Excel.
          if (!cell || cell.value === null || cell.value === '') return;
          const address = toA1(r, c);
          const got = excel.cell(model.name, address);
          expect(String(got.value)).toBe(String(cell.value));
          if (cell.link) expect(got.formula).toContain(`!${cell.link.cell}"`);
        }),
      );
    }
  });

  it('says which sheets Excel would not set to print one page wide, read back in the same round trips', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { excel, host } = fakeWith(fixture);
    excel.dropFitToPages();
    const written = await host.writeSheets(summary.sheets);
    const fitted = summary.sheets.filter((s) => s.print?.fitToWidth).map((s) => s.name);
    expect(fitted.length).toBeGreaterThan(0);
    expect(written.filter((w) => w.fitsPageWidth === false).map((w) => w.name)).toEqual(fitted);
    expect(excel.stats.syncs).toBeLessThanOrEqual(3);
  });

  it('gives the same workbook when generated twice, reusing the sheets instead of deleting them', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { excel, host } = fakeWith(fixture);
    await host.writeSheets(summary.sheets);
    const once = excel.dump();
    excel.resetStats();
    const again = await hostOn(excel).writeSheets(summary.sheets);
    expect(again.every((w) => w.replaced)).toBe(true);
    expect(excel.dump()).toEqual(once);
    expect(excel.stats.sheetsDeleted).toBe(0);
    // A host started later first asks whether there is a ledger before reading it.
    expect(excel.stats.syncs).toBeLessThanOrEqual(4);
  });

  it('clears what a previous, longer summary left on a reused sheet', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { excel, host } = fakeWith(fixture);
    const overview = summary.sheets.find((s) => s.name === LEADER_OVERVIEW_SHEET);
    if (!overview) throw new Error('the summary should have an overview');
    const longer: SheetModel = { ...overview, rows: [...overview.rows, [{ value: '多余的一行' }]] };
    await host.writeSheets([longer]);
    await host.writeSheets([overview]);
    const values = excel.values(LEADER_OVERVIEW_SHEET);
    expect(values.length).toBe(overview.rows.length);
    expect(JSON.stringify(values)).not.toContain('多余的一行');
  });

  it('never overwrites a sheet the user made: the summary takes a suffix and its links follow', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const leaderSheet = summary.sheets.find((s) => s.role === 'leader');
    if (!leaderSheet) throw new Error('the summary should have leader sheets');
    const { excel, host } = fakeWith({
      sheets: [...fixture.sheets, { name: leaderSheet.name, values: [['我自己的表']], merges: [] }],
    });
    excel.setFill(leaderSheet.name, 'A1', '#92D050');
    const mine = excel.cells(leaderSheet.name);

    const written = await host.writeSheets(summary.sheets);
    expect(excel.cells(leaderSheet.name)).toEqual(mine);
    const moved = written.find((w) => w.wanted === leaderSheet.name);
    expect(moved?.name).toBe(`${leaderSheet.name}(2)`);
    const overview = excel.cells(LEADER_OVERVIEW_SHEET);
    const links = Object.values(overview)
      .map((c) => c.formula ?? '')
      .filter((f) => f.includes(leaderSheet.name));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((f) => f.includes(`${leaderSheet.name}(2)`))).toBe(true);

    // And the next run reuses the suffixed sheet rather than making a third.
    const second = await host.writeSheets(summary.sheets);
    expect(second.find((w) => w.wanted === leaderSheet.name)).toMatchObject({ name: `${leaderSheet.name}(2)`, replaced: true });
    expect(excel.cells(leaderSheet.name)).toEqual(mine);
  });

  it('leaves its own output out of the next read, but reads back a 名单 sheet it made', async () => {
    const { fixture, report, summary } = await fixtureSummaries();
    const { host } = fakeWith(fixture);
    await host.writeSheets([...summary.sheets, rosterSheetModel(report)]);
    const names = (await host.readSnapshot()).sheets.map((s) => s.name);
    expect(names).toEqual(['9月', ROSTER_SHEET]);
  });

  it('refuses with a clear message when a reused sheet is protected', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { excel, host } = fakeWith(fixture);
    await host.writeSheets(summary.sheets);
    const first = summary.sheets[0];
    if (!first) throw new Error('the summary should have sheets');
    excel.protect(first.name);
    await expect(host.writeSheets(summary.sheets)).rejects.toMatchObject({ code: 'protected' });
  });

  it('never takes a sheet the user made under the name of a generated sheet they renamed', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const leaderSheet = summary.sheets.find((s) => s.role === 'leader');
    if (!leaderSheet) throw new Error('the summary should have leader sheets');
    const { excel, host } = fakeWith(fixture);
    await host.writeSheets(summary.sheets);
    // The user keeps last month's sheet under another name and starts their own under the old one.
    await excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(leaderSheet.name).name = `${leaderSheet.name}-留存`;
      ctx.workbook.worksheets.add(leaderSheet.name).getRange('A1').values = [['我的笔记']];
      await ctx.sync();
    });
    const kept = excel.cells(`${leaderSheet.name}-留存`);
    const written = await host.writeSheets(summary.sheets);
    expect(written.find((w) => w.wanted === leaderSheet.name)).toMatchObject({ name: `${leaderSheet.name}(2)`, replaced: false });
    expect(excel.values(leaderSheet.name)).toEqual([['我的笔记']]);
    expect(excel.cells(`${leaderSheet.name}-留存`)).toEqual(kept);
    // Both are the user's now, so the next check reads them; the new summary is Tongbao's own.
    const read = (await host.readSnapshot()).sheets.map((s) => s.name);
    expect(read).toEqual(expect.arrayContaining([leaderSheet.name, `${leaderSheet.name}-留存`]));
    expect(read).not.toContain(`${leaderSheet.name}(2)`);
  });

  it('reuses the sheets of a run cut short instead of treating them as the user\'s', async () => {
    const { fixture, summary } = await fixtureSummaries();
    const { excel, host } = fakeWith(fixture);
    excel.failNextSync('InactiveWorkbook', 'The workbook lost focus.', 2);
    await expect(host.writeSheets(summary.sheets)).rejects.toMatchObject({ code: 'workbook-changed' });
    const again = await host.writeSheets(summary.sheets);
    expect(again.every((w) => w.replaced && w.name === w.wanted)).toBe(true);
    expect(excel.sheetNames()).toEqual(['9月', ...summary.sheets.map((s) => s.name)]);
  });
});
