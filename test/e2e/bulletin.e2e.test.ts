import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
