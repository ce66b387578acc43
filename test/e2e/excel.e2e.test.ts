import type { Browser, Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { CellView, FakeExcel } from '../fake-excel';
import { collectErrors, launch, paneContext, type Traffic } from './browser';
import { DIST, fixtureSnapshot, simulatedOfficeJs } from './fixtures';
import { serveFolder, type StaticServer } from './server';

/** The fake Excel inside the page, as the stub exposes it. */
type FakeWindow = Window & { __tongbaoFake: FakeExcel };

let browser: Browser;
let server: StaticServer;
let stub: string;
let snapshot: WorkbookSnapshot;

beforeAll(async () => {
  [browser, server, stub, snapshot] = await Promise.all([launch(), serveFolder(DIST), simulatedOfficeJs(), fixtureSnapshot()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openInExcel(office: { displayLanguage?: string; apiVersion?: string; officeJs?: 'current' | 'package' } = {}, workbook: WorkbookSnapshot = snapshot): Promise<{ page: Page; traffic: Traffic; errors: string[] }> {
  const { context, traffic } = await paneContext(browser, { officeJs: { stub } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript(
    ({ workbook, settings }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__TONGBAO_WORKBOOK__ = workbook;
      w.__TONGBAO_OFFICE__ = settings;
    },
    { workbook, settings: office },
  );
  // Office opens an add-in's page with the host in its address.
  await page.goto(`${server.url}taskpane.html?_host_Info=Excel$Win32$16.01$zh-CN$$$$0`);
  return { page, traffic, errors };
}

function cells(page: Page, sheet: string, addresses: string[]): Promise<CellView[]> {
  return page.evaluate(({ sheet, addresses }) => addresses.map((a) => (window as unknown as FakeWindow).__tongbaoFake.cell(sheet, a)), { sheet, addresses });
}

async function findingCells(page: Page): Promise<{ sheet: string; cell: string }[]> {
  return page.locator('button[data-cell]').evaluateAll((els) =>
    els.map((el) => ({ sheet: el.getAttribute('data-sheet') ?? '', cell: el.getAttribute('data-cell') ?? '' })),
  );
}

describe('the pane inside a simulated Excel', () => {
  it('recognises the report on open', async () => {
    const { page, traffic, errors } = await openInExcel();
    await page.getByRole('heading', { name: '9月' }).waitFor();
    await page.getByText('共 124 项任务').waitFor();
    await page.getByText(/^完成 \d+$/).waitFor();
    await page.getByText(/^未完成 \d+$/).waitFor();
    expect(traffic.foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('checks, jumps to a finding, marks and clears the marks exactly', async () => {
    const { page, traffic, errors } = await openInExcel();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^发现 \d+ 处问题$/).waitFor();
    // Open every group so all findings are on the page.
    const closed = page.locator('button[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    const found = await findingCells(page);
    expect(found.length).toBeGreaterThan(10);

    const first = page.locator('button[data-cell]').first();
    await first.click();
    const target = found[0];
    expect(await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.selection())).toEqual({ sheet: target?.sheet, address: target?.cell });
    expect(await first.getAttribute('aria-current')).toBe('true');

    // Keyboard: the down arrow moves along a group's list, and Enter on a finding selects its cell too.
    const items = page.locator('ul:has(> li:nth-child(2))').first().locator('button[data-cell]');
    const next = { sheet: await items.nth(1).getAttribute('data-sheet'), address: await items.nth(1).getAttribute('data-cell') };
    await items.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.selection())).toEqual(next);

    const sheet = target?.sheet ?? '9月';
    const addresses = [...new Set(found.filter((f) => f.sheet === sheet).map((f) => f.cell))];
    const before = await cells(page, sheet, addresses);

    await page.getByRole('button', { name: '标记到表格' }).click();
    await page.getByText(/^已在 \d+ 个单元格上标记/).waitFor();
    const marked = await cells(page, sheet, addresses);
    marked.forEach((cell, i) => {
      expect(cell.fill).not.toBeNull();
      expect(cell.fill).not.toBe(before[i]?.fill);
      expect(cell.note).toBeTruthy();
      expect(cell.value).toEqual(before[i]?.value);
    });

    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText('标记已清除，单元格已恢复原样。').waitFor();
    expect(await cells(page, sheet, addresses)).toEqual(before);
    expect(traffic.foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('marks and clears under the office.js an intranet build bundles, with Excel reporting ExcelApi 1.18', async () => {
    // The package's script has no Worksheet.notes: the messages go into the cells' input prompts instead.
    const { page, errors } = await openInExcel({ apiVersion: '1.18', officeJs: 'package' });
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^发现 \d+ 处问题$/).waitFor();
    const closed = page.locator('button[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    const found = await findingCells(page);
    const sheet = found[0]?.sheet ?? '9月';
    const addresses = [...new Set(found.filter((f) => f.sheet === sheet).map((f) => f.cell))];
    const before = await cells(page, sheet, addresses);
    await page.getByRole('button', { name: '标记到表格' }).click();
    await page.getByText(/^已在 \d+ 个单元格上标记/).waitFor();
    for (const cell of await cells(page, sheet, addresses)) {
      expect(cell.note).toBeNull();
      expect(cell.prompt?.message).toBeTruthy();
    }
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.getByText('标记已清除，单元格已恢复原样。').waitFor();
    expect(await cells(page, sheet, addresses)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('applies the ticked fixes and undoes them', async () => {
    const { page, errors } = await openInExcel();
    await page.getByRole('heading', { name: '9月' }).waitFor();
    await page.getByRole('tab', { name: '一键修正' }).click();
    const items = page.locator('[data-fix-cell]');
    await items.first().waitFor();
    const fixes = await items.evaluateAll((els) => els.map((el) => ({ sheet: el.getAttribute('data-fix-sheet') ?? '', cell: el.getAttribute('data-fix-cell') ?? '' })));
    expect(fixes.length).toBeGreaterThan(0);
    const sheet = fixes[0]?.sheet ?? '';
    const addresses = fixes.filter((f) => f.sheet === sheet).map((f) => f.cell);
    const before = (await cells(page, sheet, addresses)).map((c) => c.value);

    // Leave the first one unticked: it must stay as it was.
    await items.first().getByRole('checkbox').uncheck();
    await page.getByRole('button', { name: /^应用所选（\d+）$/ }).click();
    await page.getByText(/^已修正 \d+ 处/).waitFor();
    const after = (await cells(page, sheet, addresses)).map((c) => c.value);
    expect(after[0]).toEqual(before[0]);
    const changed = after.filter((v, i) => v !== before[i]);
    expect(changed.length).toBe(addresses.length - 1);

    await page.getByRole('button', { name: '撤销修正' }).click();
    await page.getByText(/^已撤销，\d+ 个单元格恢复原值。$/).waitFor();
    expect((await cells(page, sheet, addresses)).map((c) => c.value)).toEqual(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('makes the leader sheets and links to them', async () => {
    const { page, errors } = await openInExcel();
    await page.getByRole('heading', { name: '9月' }).waitFor();
    await page.getByRole('tab', { name: '生成汇总表' }).click();
    await page.getByRole('radio', { name: '按分管领导' }).check();
    await page.getByRole('button', { name: '生成汇总表' }).click();
    // The sample has names only suspected to be variants (崔赟, 崔燮 beside 崔赞): the pane says so before writing anything.
    await page.getByText('有姓名写法尚未统一').waitFor();
    expect(await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.sheetNames())).toEqual(['9月']);
    await page.getByRole('button', { name: '从当前表格生成名单' }).waitFor();
    await page.getByRole('button', { name: '仍然生成' }).click();
    const made = page.getByText(/^已生成 \d+ 张汇总表/);
    await made.waitFor();
    const links = await page.locator('[role="status"] li button').allTextContents();
    expect(links.length).toBeGreaterThan(1);
    const names = await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.sheetNames());
    for (const name of links) expect(names).toContain(name);
    expect(names).toContain('9月');

    const last = links[links.length - 1] ?? '';
    await page.locator('[role="status"] li button').last().click();
    await page.waitForFunction((name) => (window as unknown as FakeWindow).__tongbaoFake.selection()?.sheet === name, last);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('makes a suspected variant the same name when the user says so, and can undo it', async () => {
    const { page, errors } = await openInExcel();
    await page.getByRole('heading', { name: '9月' }).waitFor();
    await page.getByRole('tab', { name: '生成汇总表' }).click();
    await page.getByRole('button', { name: '生成汇总表' }).click();
    await page.getByText('有姓名写法尚未统一').waitFor();
    const firstItem = page.locator('li', { has: page.getByRole('button', { name: /^统一为“/ }) }).first();
    const [, variant, canonical] = /“(.+?)”可能是“(.+?)”/.exec((await firstItem.textContent()) ?? '') ?? [];
    expect(variant && canonical).toBeTruthy();
    const holding = (await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.values('9月')))
      .flatMap((row, r) => row.map((v, c) => ({ v, r, c })))
      .filter(({ v }) => typeof v === 'string' && v.split(/[\s、，,]+/).includes(variant ?? ''));
    expect(holding.length).toBeGreaterThan(0);

    await firstItem.getByRole('button').click();
    const anyway = page.getByRole('button', { name: '仍然生成' });
    const made = page.getByText(/^已生成 \d+ 张汇总表/);
    await Promise.race([anyway.waitFor(), made.waitFor()]);
    if (await anyway.isVisible()) await anyway.click();
    await made.waitFor();
    const after = await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.values('9月'));
    for (const { r, c } of holding) {
      const text = String(after[r]?.[c]);
      expect(text.split(/[\s、，,]+/)).toContain(canonical);
      expect(text.split(/[\s、，,]+/)).not.toContain(variant);
    }

    await page.getByRole('tab', { name: '一键修正' }).click();
    await page.getByRole('button', { name: '撤销修正' }).click();
    await page.getByText(/^已撤销，\d+ 个单元格恢复原值。$/).waitFor();
    const undone = await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.values('9月'));
    for (const { v, r, c } of holding) expect(undone[r]?.[c]).toBe(v);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refreshes the findings when the sheet was edited and checked again', async () => {
    const { page } = await openInExcel();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^发现 \d+ 处问题$/).waitFor();
    const openAll = async () => {
      const closed = page.locator('button[aria-expanded="false"]');
      while ((await closed.count()) > 0) await closed.first().click();
    };
    await openAll();
    // Task 5 is 完成 and clean; its 完成情况 loses the status word it opened with.
    const edited = page.locator('button[data-cell="D7"]');
    expect(await edited.count()).toBe(0);
    await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.setValue('9月', 'D7', '中期调整后，我区共有50个项目入选市重点技改项目。'));
    await page.getByRole('button', { name: '重新校验' }).click();
    await page.getByText('没写完成状态').waitFor();
    await openAll();
    expect(await edited.count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('marks the sheet as it is now, even when it was edited after the check', async () => {
    const { page } = await openInExcel();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^发现 \d+ 处问题$/).waitFor();
    expect((await cells(page, '9月', ['D7']))[0]?.fill).toBeNull();
    await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.setValue('9月', 'D7', '中期调整后，我区共有50个项目入选市重点技改项目。'));
    await page.getByRole('button', { name: '标记到表格' }).click();
    await page.getByText(/^已在 \d+ 个单元格上标记/).waitFor();
    const [d7] = await cells(page, '9月', ['D7']);
    expect(d7?.fill).not.toBeNull();
    expect(d7?.note).toBeTruthy();
    // The list was refreshed with it: the edited cell is among the findings now.
    const closed = page.locator('button[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    expect(await page.locator('button[data-cell="D7"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('waits while the user is typing in a cell, then marks', async () => {
    const { page, errors } = await openInExcel();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^发现 \d+ 处问题$/).waitFor();
    await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.setCellEditMode(true));
    await page.getByRole('button', { name: '标记到表格' }).click();
    await page.waitForTimeout(300);
    expect(await page.getByText(/^已在 \d+ 个单元格上标记/).count()).toBe(0);
    await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.setCellEditMode(false));
    await page.getByText(/^已在 \d+ 个单元格上标记/).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('explains a protected sheet in plain Chinese and leaves the cells alone', async () => {
    const { page } = await openInExcel();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^发现 \d+ 处问题$/).waitFor();
    await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.protect('9月'));
    const before = await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.dump());
    await page.getByRole('button', { name: '标记到表格' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText(/撤消工作表保护/).waitFor();
    expect(await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.dump())).toEqual(before);
    await alert.getByRole('button', { name: '关闭' }).click();
    await alert.waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('keeps the settings in the workbook and checks with them', async () => {
    const { page } = await openInExcel();
    await page.getByText('2023年9月 · 共 124 项任务').waitFor();
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('combobox', { name: '通报月份' }).selectOption('8');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存到工作簿中，随文件一起保存。').waitFor();
    await page.getByText('2023年8月 · 共 124 项任务').waitFor();
    const ledger = await page.evaluate(() => {
      const fake = (window as unknown as FakeWindow).__tongbaoFake;
      return fake.sheetNames({ includeHidden: true }).includes('_tongbao') ? fake.values('_tongbao').flat().join('') : '';
    });
    expect(JSON.parse(ledger).settings).toMatchObject({ month: 8 });
    await page.context().close();
  });

  it('checks the sheet the user points it at when the workbook holds several months', async () => {
    const sheet = snapshot.sheets[0];
    if (!sheet) throw new Error('fixture has no sheet');
    const august = {
      name: '8月',
      values: sheet.values.map((row) => row.map((v) => (typeof v === 'string' ? v.replace('9月份', '8月份') : v))),
      merges: sheet.merges,
    };
    const { page } = await openInExcel({}, { sheets: [august, sheet] });
    await page.getByRole('heading', { name: '9月' }).waitFor();
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('combobox', { name: '通报表所在的工作表' }).selectOption('8月');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('heading', { name: '8月' }).waitFor();
    await page.getByText('2023年8月 · 共 124 项任务').waitFor();
    await page.context().close();
  });

  it('writes a 名单 sheet from the report', async () => {
    const { page } = await openInExcel();
    await page.getByRole('tab', { name: '设置' }).click();
    await page.getByRole('button', { name: '从当前表格生成名单' }).click();
    await page.getByText(/^已写入工作表“名单”。/).waitFor();
    expect(await page.evaluate(() => (window as unknown as FakeWindow).__tongbaoFake.hasSheet('名单'))).toBe(true);
    await page.context().close();
  });

  it('says what it looked for when no sheet holds a report', async () => {
    const other: WorkbookSnapshot = { sheets: [{ name: '工作安排', values: [['日期', '事项'], ['9月1日', '开会']], merges: [] }] };
    const { page, errors } = await openInExcel({}, other);
    await page.getByText('没有找到通报表').waitFor();
    await page.getByText(/序号、年度目标任务、完成情况、分管领导、责任单位/).waitFor();
    const options = await page.getByRole('combobox', { name: '选择通报表所在的工作表' }).locator('option').allTextContents();
    expect(options).toEqual(['自动识别', '工作安排']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a long list a page at a time', async () => {
    const tasks = Array.from({ length: 150 }, (_, i) => [i + 1, `年度目标任务${i + 1}`, `9月份目标任务${i + 1}`, `未完成。第${i + 1}项工作正在推进。`, '郭克华', '区发改局']);
    const big: WorkbookSnapshot = {
      sheets: [
        {
          name: '9月',
          values: [['2023年重点工作9月份完成情况通报表'], ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位'], ...tasks],
          merges: [],
        },
      ],
    };
    const { page } = await openInExcel({}, big);
    await page.getByText('共 150 项任务').waitFor();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByRole('combobox', { name: '按类别' }).selectOption('progress');
    const items = page.locator('button[data-cell]');
    await items.first().waitFor();
    expect(await items.count()).toBe(100);
    await page.getByRole('button', { name: '再显示 50 处（共 150 处）' }).click();
    await page.waitForFunction(() => document.querySelectorAll('button[data-cell]').length === 150);
    await page.context().close();
  });

  it('in an Excel older than ExcelApi 1.9, says why and offers to work on the saved file instead', async () => {
    const { page, errors } = await openInExcel({ apiVersion: '1.7' });
    await page.getByText('这个 Excel 版本无法直接操作表格').waitFor();
    await page.getByRole('button', { name: '打开 Excel 文件' }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('speaks English when Office does', async () => {
    const { page } = await openInExcel({ displayLanguage: 'en-US' });
    await page.getByText('124 tasks').waitFor();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByText(/^\d+ problems found$/).waitFor();
    await page.context().close();
  });
});
