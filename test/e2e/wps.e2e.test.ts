import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { FakeWps } from '../fake-wps';
import { collectErrors, launch, paneContext } from './browser';
import { fixtureSnapshot, ROOT } from './fixtures';
import { serveFolder, type StaticServer } from './server';

/** The fake WPS inside the page, as the stub exposes it. */
type WpsWindow = Window & { __tongbaoWps: FakeWps; __tongbaoPane: { Visible: boolean } };

const DIST_WPS = path.join(ROOT, 'dist-wps');
let browser: Browser;
let server: StaticServer;
let stub: string;
let snapshot: WorkbookSnapshot;

beforeAll(async () => {
  [browser, server, stub, snapshot] = await Promise.all([launch(), serveFolder(DIST_WPS), readFile(path.join(ROOT, '.tmp/e2e/wps-stub.js'), 'utf8'), fixtureSnapshot()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openInWps(): Promise<{ page: Page; errors: string[]; foreign: string[] }> {
  // No office.js is on the WPS page: any request for it would show up as foreign traffic.
  const { context, traffic } = await paneContext(browser, { officeJs: 'offline' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.addInitScript((workbook) => {
    (window as unknown as Record<string, unknown>).__TONGBAO_WORKBOOK__ = workbook;
  }, snapshot);
  await page.addInitScript({ content: stub });
  await page.goto(`${server.url}taskpane.html?wps=1`);
  return { page, errors, foreign: traffic.foreign };
}

function wps<T>(page: Page, fn: (fake: FakeWps) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__tongbaoWps)`) as Promise<T>;
}

describe('the pane inside a simulated WPS 表格', () => {
  it('recognises the report, checks, jumps to a finding, marks and clears exactly', async () => {
    const { page, errors, foreign } = await openInWps();
    await page.getByRole('heading', { name: '9月' }).waitFor();
    await page.getByText('共 124 项任务').waitFor();
    const before = await wps(page, (f) => JSON.stringify(f.dump()));

    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^发现 \d+ 处问题$/).waitFor();
    const first = page.locator('button[data-cell]').first();
    const target = { sheet: await first.getAttribute('data-sheet'), cell: await first.getAttribute('data-cell') };
    await first.click();
    await page.waitForFunction((t) => JSON.stringify((window as unknown as WpsWindow).__tongbaoWps.selection()) === JSON.stringify({ sheet: t.sheet, address: t.cell }), target);

    await page.getByRole('button', { name: '标记到表格' }).click();
    await page.waitForFunction(() => (window as unknown as WpsWindow).__tongbaoWps.hasSheet('_tongbao'));
    await page.waitForFunction((t) => ((window as unknown as WpsWindow).__tongbaoWps.cell(t.sheet ?? '', t.cell ?? '').note ?? '').includes('通报表助手'), target);
    await page.getByRole('button', { name: '清除标记' }).click();
    await page.waitForFunction((t) => (window as unknown as WpsWindow).__tongbaoWps.cell(t.sheet ?? '', t.cell ?? '').note === null, target);
    const after = await wps(page, (f) => JSON.stringify((f.dump() as { name: string }[]).filter((s) => s.name !== '_tongbao')));
    expect(after).toBe(before);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('fixes and undoes, makes the leader sheets, and closes from its own button', async () => {
    const { page, errors } = await openInWps();
    await page.getByText('共 124 项任务').waitFor();
    const before = await wps(page, (f) => JSON.stringify(f.values('9月')));

    await page.getByRole('tab', { name: '一键修正' }).click();
    await page.locator('[data-fix-cell]').first().waitFor();
    await page.getByRole('button', { name: /^应用所选（\d+）$/ }).click();
    await page.getByText(/^已修正 \d+ 处/).waitFor();
    expect(await wps(page, (f) => JSON.stringify(f.values('9月')))).not.toBe(before);
    await page.getByRole('button', { name: '撤销修正' }).click();
    await page.getByText(/^已撤销，\d+ 个单元格恢复原值。$/).waitFor();
    expect(await wps(page, (f) => JSON.stringify(f.values('9月')))).toBe(before);

    await page.getByRole('tab', { name: '生成汇总表' }).click();
    await page.getByRole('radio', { name: '按分管领导' }).check();
    await page.getByRole('button', { name: '生成汇总表' }).click();
    await page.getByRole('button', { name: '仍然生成' }).click();
    await page.getByText(/^已生成 \d+ 张汇总表/).waitFor();
    expect(await wps(page, (f) => f.sheet('分管领导汇总').pageSetup.FitToPagesWide)).toBe(1);
    expect(await wps(page, (f) => f.activeSheet())).toBe('9月');

    await page.getByRole('button', { name: '关闭窗格' }).click();
    expect(await page.evaluate(() => (window as unknown as WpsWindow).__tongbaoPane.Visible)).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
