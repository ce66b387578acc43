/**
 * The task pane's numbers: its initial JavaScript, gzipped, without the lazily loaded exceljs chunk
 * (target ≤ 400 KB), and the time from navigation to the first real render in headless Chromium
 * inside the simulated Excel (target ≤ 1 s). Measured, never asserted. Needs `npm run build` and
 * `npm run build:e2e-stub` first; builds them when missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, paneContext } from '../test/e2e/browser';
import { DIST, ROOT, STUB } from '../test/e2e/fixtures';
import { serveFolder } from '../test/e2e/server';
import type { BenchContext } from './types';

const TARGET_KB = 400;
const TARGET_MS = 1000;
const RUNS = 5;

function ensureBuilt(ctx: BenchContext): void {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  if (!existsSync(path.join(DIST, 'taskpane.html'))) {
    ctx.log('pane：构建 dist/…');
    execFileSync(npm, ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  if (!existsSync(STUB)) execFileSync(npm, ['run', 'build:e2e-stub'], { cwd: ROOT, stdio: 'ignore' });
}

async function bundleSizes(): Promise<{ initialKB: number; lazyKB: number }> {
  const html = await readFile(path.join(DIST, 'taskpane.html'), 'utf8');
  const initial = new Set([...html.matchAll(/<script[^>]*\ssrc="?([^":\s>]+\.js)"?/g)].map((m) => m[1] ?? ''));
  let initialBytes = 0;
  let lazyBytes = 0;
  for (const name of (await readdir(DIST)).filter((n) => n.endsWith('.js'))) {
    const gz = gzipSync(await readFile(path.join(DIST, name))).length;
    if (initial.has(name)) initialBytes += gz;
    else lazyBytes += gz;
  }
  return { initialKB: Math.round(initialBytes / 1024), lazyKB: Math.round(lazyBytes / 1024) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function firstRender(ctx: BenchContext): Promise<{ firstRenderMs: number; reportShownMs: number }> {
  const [browser, server, stub] = await Promise.all([launch(), serveFolder(DIST), readFile(STUB, 'utf8')]);
  const first: number[] = [];
  const shown: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const { context } = await paneContext(browser, { officeJs: { stub } });
      const page = await context.newPage();
      await page.addInitScript((workbook) => {
        (window as unknown as Record<string, unknown>).__TONGBAO_WORKBOOK__ = workbook;
      }, ctx.fixture);
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForFunction(() => performance.getEntriesByName('tongbao:first-render').length > 0);
      await page.getByText(/项任务/).waitFor();
      const [f, s] = await page.evaluate(() => [performance.getEntriesByName('tongbao:first-render')[0]?.startTime ?? NaN, performance.now()]);
      first.push(f);
      shown.push(s);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { firstRenderMs: Math.round(median(first)), reportShownMs: Math.round(median(shown)) };
}

/** The standalone page on the generated report: from choosing the file to the report recognised (exceljs in the browser). */
async function standaloneOpen(ctx: BenchContext): Promise<number> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tongbao-bench-'));
  const file = path.join(dir, `generated-${ctx.rows}.xlsx`);
  await writeFile(file, ctx.generatedBytes);
  const [browser, server] = await Promise.all([launch(), serveFolder(DIST)]);
  try {
    const { context } = await paneContext(browser, { officeJs: 'offline' });
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    const input = page.getByTestId('file-input');
    await input.waitFor({ state: 'attached' });
    const start = Date.now();
    await input.setInputFiles(file);
    await page.getByText(/项任务/).waitFor({ timeout: 120000 });
    return Date.now() - start;
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Inside the simulated Excel on the generated report: from load to the report recognised, then 校验 to the list shown. */
async function excelLarge(ctx: BenchContext): Promise<{ openMs: number; checkMs: number }> {
  const [browser, server, stub] = await Promise.all([launch(), serveFolder(DIST), readFile(STUB, 'utf8')]);
  try {
    const { context } = await paneContext(browser, { officeJs: { stub } });
    const page = await context.newPage();
    await page.addInitScript((workbook) => {
      (window as unknown as Record<string, unknown>).__TONGBAO_WORKBOOK__ = workbook;
    }, ctx.generated);
    const start = Date.now();
    await page.goto(`${server.url}taskpane.html`);
    await page.getByText(/项任务/).waitFor({ timeout: 120000 });
    const openMs = Date.now() - start;
    const checkStart = Date.now();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    await page.getByText(/^(发现 \d+ 处问题|没有发现问题。)$/).waitFor({ timeout: 120000 });
    return { openMs, checkMs: Date.now() - checkStart };
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function run(ctx: BenchContext): Promise<Record<string, unknown>> {
  ensureBuilt(ctx);
  const sizes = await bundleSizes();
  const verdict = (ok: boolean) => (ok ? '达标' : '未达标');
  ctx.log(`pane：初始 JS ${sizes.initialKB} KB（gzip，目标 ≤ ${TARGET_KB} KB：${verdict(sizes.initialKB <= TARGET_KB)}），按需加载（仅独立网页版）${sizes.lazyKB} KB`);
  const times = await firstRender(ctx);
  ctx.log(`pane：首次渲染 ${times.firstRenderMs} ms（目标 ≤ ${TARGET_MS} ms：${verdict(times.firstRenderMs <= TARGET_MS)}），识别出通报表 ${times.reportShownMs} ms`);
  const large = await excelLarge(ctx);
  ctx.log(`pane：模拟 Excel 中 ${ctx.rows} 项的通报表：识别 ${large.openMs} ms，校验并列出问题 ${large.checkMs} ms`);
  const standaloneOpenMs = await standaloneOpen(ctx);
  ctx.log(`pane：独立网页版打开并识别 ${ctx.rows} 项的通报表 ${standaloneOpenMs} ms`);
  return {
    excelOpenMs: large.openMs,
    excelCheckMs: large.checkMs,
    standaloneOpenMs,
    initialJsGzipKB: sizes.initialKB,
    lazyJsGzipKB: sizes.lazyKB,
    ...times,
    targets: { initialJsGzipKB: TARGET_KB, firstRenderMs: TARGET_MS },
  };
}
