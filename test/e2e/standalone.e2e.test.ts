import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { LEDGER_SHEET } from '../../src/core/ledger';
import { collectErrors, launch, paneContext, type OfficeJs, type Traffic } from './browser';
import { DIST, FIXTURE, ROOT } from './fixtures';
import { serveFolder, type StaticServer } from './server';

let browser: Browser;
let server: StaticServer;
let tmp: string;

beforeAll(async () => {
  [browser, server, tmp] = await Promise.all([launch(), serveFolder(DIST), mkdtemp(path.join(os.tmpdir(), 'tongbao-e2e-'))]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

async function openStandalone(officeJs: OfficeJs, query = ''): Promise<{ page: Page; traffic: Traffic; errors: string[] }> {
  const { context, traffic } = await paneContext(browser, { officeJs });
  const page = await context.newPage();
  const errors = collectErrors(page);
  // A held office.js request keeps the window's load event from firing; the page is usable long before.
  await page.goto(`${server.url}taskpane.html${query}`, { waitUntil: officeJs === 'held' ? 'commit' : 'load' });
  return { page, traffic, errors };
}

/** Console noise the browser itself makes when office.js is unreachable: expected, and not the pane's. */
function paneErrors(errors: string[]): string[] {
  return errors.filter((e) => !/appsforoffice|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e));
}

describe('the standalone page', () => {
  it('shows its first screen while the request for office.js is still unanswered', async () => {
    const { page, traffic, errors } = await openStandalone('held');
    await page.getByText('文件只在本机浏览器中处理，不会上传到任何地方。').waitFor();
    await page.getByTestId('file-input').setInputFiles(FIXTURE);
    await page.getByText('共 124 项任务').waitFor();
    // The page asked for office.js and is working without it: nothing waited for the answer.
    expect(traffic.held.length).toBe(1);
    expect(paneErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('opens a report from disk, checks it and downloads a marked copy with summary sheets', async () => {
    const { page, traffic, errors } = await openStandalone('offline');
    await page.getByText('文件只在本机浏览器中处理，不会上传到任何地方。').waitFor();
    await page.getByTestId('file-input').setInputFiles(FIXTURE);
    await page.getByRole('heading', { name: '9月' }).waitFor();
    await page.getByText('共 124 项任务').waitFor();

    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^发现 \d+ 处问题$/).waitFor();
    // Going to a cell cannot move a file on disk: the download opens at it instead.
    const first = page.locator('button[data-cell]').first();
    const chosen = (await first.getAttribute('data-cell')) ?? '';
    await first.click();
    await page.getByText(`已记下 ${chosen}：下载结果后用 Excel 打开，会停在这个单元格。`).waitFor();

    await page.getByRole('button', { name: '标记到表格' }).click();
    const markedText = await page.getByText(/^已在 \d+ 个单元格上标记/).textContent();
    const markedCount = Number(/\d+/.exec(markedText ?? '')?.[0]);
    expect(markedCount).toBeGreaterThan(0);
    const unsaved = page.getByText('有修改尚未下载：关闭本页前请点“下载结果”保存。');
    await unsaved.waitFor();

    await page.getByRole('tab', { name: '生成汇总表' }).click();
    await page.getByRole('radio', { name: '两种都要' }).check();
    await page.getByRole('button', { name: '生成汇总表' }).click();
    const anyway = page.getByRole('button', { name: '仍然生成' });
    const made = page.getByText(/^已生成 \d+ 张汇总表/);
    await Promise.race([anyway.waitFor(), made.waitFor()]);
    if (await anyway.isVisible()) await anyway.click();
    await made.waitFor();
    const summaryNames = await page.locator('[role="status"] li [data-sheet-name]').allTextContents();
    expect(summaryNames.length).toBeGreaterThan(2);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载结果' }).click()]);
    expect(download.suggestedFilename()).toBe('tongbao-2023-09-已校验.xlsx');
    const saved = path.join(tmp, 'result.xlsx');
    await download.saveAs(saved);
    await unsaved.waitFor({ state: 'detached' });

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(saved)) as unknown as ExcelJS.Buffer);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toContain('9月');
    for (const name of summaryNames) expect(names).toContain(name);
    expect(wb.getWorksheet(LEDGER_SHEET)?.state).toBe('veryHidden');

    const report = wb.getWorksheet('9月');
    expect(report?.views[0]?.activeCell).toBe(chosen);
    let filled = 0;
    let noted = 0;
    report?.eachRow((row) =>
      row.eachCell((cell) => {
        const fill = cell.fill;
        if (fill?.type === 'pattern' && fill.pattern === 'solid') filled++;
        if (cell.note) noted++;
      }),
    );
    expect(filled).toBe(markedCount);
    expect(noted).toBe(markedCount);

    // The original file on disk is untouched: the page cannot write to it, and the copy has another name.
    const original = new ExcelJS.Workbook();
    await original.xlsx.load((await readFile(FIXTURE)) as unknown as ExcelJS.Buffer);
    expect(original.worksheets.map((ws) => ws.name)).toEqual(['9月']);

    expect(traffic.foreign).toEqual([]);
    expect(paneErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('filters the findings by 分管领导 and by 责任单位, and shows them all again on 全部', async () => {
    const { page, errors } = await openStandalone('offline');
    await page.getByTestId('file-input').setInputFiles(FIXTURE);
    await page.getByText('共 124 项任务').waitFor();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const found = await page.getByText(/^发现 \d+ 处问题$/).textContent();
    const total = Number(/\d+/.exec(found ?? '')?.[0]);
    expect(total).toBeGreaterThan(0);
    const shown = async () => Number(/显示 (\d+) \//.exec((await page.getByText(/^显示 \d+ \/ \d+ 处$/).textContent()) ?? '')?.[1]);
    for (const label of ['按分管领导', '按责任单位']) {
      const select = page.getByLabel(label);
      const names = (await select.locator('option').allTextContents()).filter((n) => n !== '全部');
      expect(names.length).toBeGreaterThan(1);
      let sum = 0;
      for (const name of names) {
        await select.selectOption(name);
        const n = await shown();
        expect(n).toBeLessThan(total);
        sum += n;
      }
      // Every finding with a name belongs to one of them; a finding of several units counts for each.
      expect(sum).toBeGreaterThan(0);
      // 全部: every finding again, and no count of the shown ones.
      await select.selectOption('');
      await page.getByText(/^显示 \d+ \/ \d+ 处$/).waitFor({ state: 'detached' });
    }
    expect(paneErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('reads a report pasted with its header repeated on every page as one table', async () => {
    const { page, errors } = await openStandalone('offline');
    await page.getByTestId('file-input').setInputFiles(path.join(ROOT, 'test/fixtures/tongbao-2023-09-pasted.xlsx'));
    await page.getByRole('heading', { name: '9月份通报' }).waitFor();
    await page.getByText('2023年9月 · 共 124 项任务').waitFor();
    await page.getByText(/^完成 104$/).waitFor();
    expect(paneErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('opens the bundled sample straight away with ?sample=1, under the real office.js in a plain browser', async () => {
    const { page, traffic, errors } = await openStandalone('real', '?sample=1');
    await page.getByRole('heading', { name: '9月' }).waitFor({ timeout: 20000 });
    await page.getByRole('button', { name: '下载结果' }).waitFor();
    expect(traffic.foreign).toEqual([]);
    expect(paneErrors(errors)).toEqual([]);
    await page.context().close();
  });

  it('shows a plain explanation instead of a blank pane when the pane cannot start', async () => {
    const { context } = await paneContext(browser, { officeJs: 'offline' });
    const page = await context.newPage();
    // As in Internet Explorer, which cannot parse the bundle: nothing of the pane's script runs.
    await page.route('**/taskpane.*.js', (route) => route.abort());
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(/通报表助手无法在这个 Excel 中运行/).waitFor();
    await page.waitForFunction(() => getComputedStyle(document.querySelector('.fallback') as Element).opacity === '1', undefined, { timeout: 15000 });
    await context.close();
  });

  it('says plainly when the file is not an .xlsx workbook', async () => {
    const { page } = await openStandalone('offline');
    const fake = path.join(tmp, '通报.xlsx');
    await writeFile(fake, '序号,年度目标任务\n1,测试\n');
    await page.getByTestId('file-input').setInputFiles(fake);
    await page.getByRole('alert').getByText(/CSV 或纯文本文件/).waitFor();
    await page.getByRole('button', { name: '打开 Excel 文件' }).waitFor();
    await page.context().close();
  });
});
