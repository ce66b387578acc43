/**
 * `npm run screenshots`: the pane at task-pane width in both modes, light and dark, and the standalone
 * page in a full window, for the README. Writes docs/screenshots/{excel,standalone}-{light,dark}.png and
 * standalone-desktop.png from the built dist/.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch, paneContext } from './browser';
import { DIST, fixtureSnapshot, ROOT, simulatedOfficeJs } from './fixtures';
import { serveFolder } from './server';

const OUT = path.join(ROOT, 'docs/screenshots');
const WIDTH = 320;
const HEIGHT = 760;

async function showFindings(page: Page): Promise<void> {
  await page.getByRole('heading', { name: '9月' }).waitFor({ timeout: 30000 });
  await page.getByRole('button', { name: '校验', exact: true }).click();
  await page.getByText(/^发现 \d+ 处问题$/).waitFor();
  // Let the accordion's opening motion finish before the picture is taken.
  await page.waitForTimeout(400);
}

async function excel(browser: Browser, base: string, dark: boolean): Promise<void> {
  const stub = await simulatedOfficeJs();
  const workbook = await fixtureSnapshot();
  const { context } = await paneContext(browser, { officeJs: { stub }, dark, width: WIDTH, height: HEIGHT });
  const page = await context.newPage();
  await page.addInitScript(
    ({ workbook, office }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__TONGBAO_WORKBOOK__ = workbook;
      w.__TONGBAO_OFFICE__ = office;
    },
    { workbook, office: { bodyBackgroundColor: dark ? '#262626' : '#FFFFFF' } },
  );
  await page.goto(`${base}taskpane.html`);
  await showFindings(page);
  await page.screenshot({ path: path.join(OUT, `excel-${dark ? 'dark' : 'light'}.png`) });
  await context.close();
}

async function standalone(browser: Browser, base: string, dark: boolean): Promise<void> {
  const { context } = await paneContext(browser, { officeJs: 'offline', dark, width: WIDTH, height: HEIGHT });
  const page = await context.newPage();
  await page.goto(`${base}taskpane.html?sample=1`);
  await showFindings(page);
  await page.screenshot({ path: path.join(OUT, `standalone-${dark ? 'dark' : 'light'}.png`) });
  await context.close();
}

/** A full browser window: the findings beside the sheet, a finding clicked and its cell highlighted. */
async function desktop(browser: Browser, base: string): Promise<void> {
  const { context } = await paneContext(browser, { officeJs: 'offline', width: 1280, height: 800 });
  const page = await context.newPage();
  await page.goto(`${base}taskpane.html?sample=1`);
  await showFindings(page);
  await page.locator('button[data-cell]').nth(2).click();
  await page.getByTestId('sheet-grid').locator('[data-current="true"]').waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, 'standalone-desktop.png') });
  await context.close();
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const [browser, server] = await Promise.all([launch(), serveFolder(DIST)]);
  try {
    for (const dark of [false, true]) {
      await excel(browser, server.url, dark);
      await standalone(browser, server.url, dark);
    }
    await desktop(browser, server.url);
    process.stdout.write(`Screenshots written to ${path.relative(ROOT, OUT)}/\n`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
