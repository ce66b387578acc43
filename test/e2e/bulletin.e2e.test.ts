import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { collectErrors, launch, paneContext } from './browser';
import { DIST, FIXTURE } from './fixtures';
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

describe('the written 通报 in the standalone page', () => {
  it('previews the draft with the report’s totals and downloads it as a Word file', async () => {
    const { context, traffic } = await paneContext(browser, { officeJs: 'offline' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('file-input').setInputFiles(FIXTURE);
    await page.getByText('共 124 项任务').waitFor();

    await page.getByRole('tab', { name: '生成汇总表' }).click();
    await page.getByRole('button', { name: '生成通报' }).click();
    // The sample has names only suspected to be others': the pane asks before drafting, as for the summaries.
    await page.getByText(/有姓名写法尚未统一：.*“崔赟”可能是“崔赞”/).waitFor();
    await page.getByRole('button', { name: '仍然生成' }).last().click();

    const preview = page.getByTestId('bulletin-preview');
    await preview.waitFor();
    const text = (await preview.textContent()) ?? '';
    expect(text.startsWith('关于2023年9月份《政府工作报告》重点工作完成情况的通报')).toBe(true);
    expect(text).toContain('截至9月底，124项《政府工作报告》重点工作中，完成104项，部分完成13项，未完成7项，完成率83.9%。');
    expect(text).toContain('郭克华同志分管39项，完成25项，部分完成8项，未完成6项，完成率64.1%。');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文件' }).click()]);
    expect(download.suggestedFilename()).toBe('关于2023年9月份《政府工作报告》重点工作完成情况的通报（草稿）.docx');
    const saved = path.join(tmp, 'bulletin.docx');
    await download.saveAs(saved);
    await page.getByText('已下载 Word 文件（公文格式，草稿）。').waitFor();
    const xml = await (await JSZip.loadAsync(await readFile(saved))).file('word/document.xml')!.async('string');
    expect(xml).toContain('截至9月底，124项');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');

    expect(traffic.foreign).toEqual([]);
    expect(errors.filter((e) => !/appsforoffice|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
    await context.close();
  });
});

describe('last month from another file in the standalone page', () => {
  /** A county's report for one month: the same three tasks, task 2 unfinished. */
  async function monthFile(month: number, statuses: string[]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(`${month}月`);
    ws.addRow([`2024年县政府重点任务${month}月份推进情况通报`]);
    ws.addRow(['序号', '年度目标任务', `${month}月份目标任务`, '完成情况', '分管县领导', '责任单位']);
    const tasks = ['新建城区学校2所', '改造老旧小区12个', '建成农贸市场1处'];
    tasks.forEach((task, i) => ws.addRow([i + 1, task, '按计划推进', `${statuses[i]}。按计划推进。`, '王海', '县住建局']));
    const file = path.join(tmp, `${month}月.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('compares with a file chosen as last month, and says so on the report card', async () => {
    const august = await monthFile(8, ['完成', '未完成', '完成']);
    const september = await monthFile(9, ['完成', '未完成', '完成']);
    const { context } = await paneContext(browser, { officeJs: 'offline' });
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    await page.getByTestId('file-input').setInputFiles(september);
    await page.getByText('共 3 项任务').waitFor();
    await page.getByTestId('previous-file-input').setInputFiles(august);
    await page.getByText('与上月对比：“8月.xlsx”的“8月”工作表').waitFor();
    await page.getByRole('combobox', { name: '上月报表' }).filter({ hasText: '文件“8月.xlsx”' }).waitFor();
    await context.close();
  });
});
