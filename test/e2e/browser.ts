import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REAL_OFFICE_JS } from './fixtures';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const OFFICE_HOST = 'https://appsforoffice.microsoft.com';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * What answers the page's office.js request: a script body (the simulated Excel), Microsoft's real
 * office.js from node_modules (a plain browser with internet), or nothing (an intranet without internet).
 */
export type OfficeJs = { stub: string } | 'real' | 'offline' | 'held';

export interface PaneOptions {
  officeJs: OfficeJs;
  dark?: boolean;
  locale?: string;
  width?: number;
  height?: number;
}

/** Requests the page made to anything but the local server and the office.js host. */
export interface Traffic {
  foreign: string[];
  /** office.js requests left unanswered ('held'). */
  held: string[];
}

async function realOfficeFile(url: string): Promise<Buffer | null> {
  const name = path.basename(new URL(url).pathname);
  try {
    return await readFile(path.join(REAL_OFFICE_JS, name));
  } catch {
    return null;
  }
}

/** A browser context at task-pane size that answers office.js locally and refuses, and records, any other request off localhost. */
export async function paneContext(browser: Browser, options: PaneOptions): Promise<{ context: BrowserContext; traffic: Traffic }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 320, height: options.height ?? 900 },
    colorScheme: options.dark ? 'dark' : 'light',
    locale: options.locale ?? 'zh-CN',
    acceptDownloads: true,
  });
  const traffic: Traffic = { foreign: [], held: [] };
  const officeJs = options.officeJs;
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${OFFICE_HOST}/`)) {
      if (officeJs === 'offline') return route.abort('internetdisconnected');
      // A network that drops outside traffic: the request is never answered while the test runs.
      if (officeJs === 'held') {
        traffic.held.push(url);
        return;
      }
      if (officeJs === 'real') {
        const body = await realOfficeFile(url);
        return body ? route.fulfill({ status: 200, contentType: 'text/javascript', body }) : route.fulfill({ status: 404, body: '' });
      }
      return route.fulfill({ status: 200, contentType: 'text/javascript', body: officeJs.stub });
    }
    if (/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    traffic.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  return { context, traffic };
}

/** Uncaught exceptions and console errors, so a test can say the pane ran clean. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
