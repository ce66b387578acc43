import type { Locale } from '../../core/options';
import { findWpsApplication } from '../../wps/detect';
import { insideOffice, loadOfficeJs } from './office-js';

/** `wps`: inside WPS 表格 as a WPS add-in (加载项), on its object model. */
export type PaneMode = 'excel' | 'standalone' | 'wps';

/** The Excel API the pane needs (Microsoft 365, Office 2021 and later, Excel on the web). */
export const REQUIRED_EXCEL_API = '1.9';

export interface PaneEnvironment {
  mode: PaneMode;
  locale: Locale;
  dark: boolean;
  /** Standalone only: open the bundled sample report straight away. */
  sample: boolean;
  /**
   * Standalone only: the page runs inside an Excel too old for the add-in (ExcelApi below 1.9), so it
   * offers the file-based workflow in the pane and says why.
   */
  oldExcel?: boolean;
}

/** Chinese unless the user's language is English; any other language keeps the Chinese the reports are written in. */
export function localeFrom(language: string | null | undefined): Locale {
  return language && /^en\b/i.test(language) ? 'en' : 'zh';
}

/** True for a dark colour such as Office's dark body background ("#1f1f1f"). */
export function isDarkColor(color: string | null | undefined): boolean {
  const m = color ? /^#?([0-9a-f]{6})$/i.exec(color.trim()) : null;
  if (!m || m[1] === undefined) return false;
  const n = parseInt(m[1], 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  // Relative luminance (ITU-R BT.709 weights) below the midpoint reads as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

interface OfficeInfo {
  host: unknown;
  displayLanguage?: string;
  dark: boolean;
  apiOk: boolean;
}

/** What office.js reports once ready; null when it is missing, fails, or reports no host (a plain browser). */
async function officeInfo(): Promise<OfficeInfo | null> {
  // office.js may be missing altogether: blocked by an intranet, or the page opened from disk.
  if (!(await loadOfficeJs()) || typeof Office.onReady !== 'function') return null;
  try {
    const info = await Office.onReady();
    if (!info.host) return null;
    const ctx = Office.context;
    const requirements = ctx?.requirements;
    return {
      host: info.host,
      displayLanguage: ctx?.displayLanguage,
      // isDarkTheme where this Office reports it; older ones only give the colours.
      dark: typeof ctx?.officeTheme?.isDarkTheme === 'boolean' ? ctx.officeTheme.isDarkTheme : isDarkColor(ctx?.officeTheme?.bodyBackgroundColor),
      apiOk: Boolean(requirements?.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)),
    };
  } catch {
    return null;
  }
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

function fromOffice(info: OfficeInfo, query: URLSearchParams): PaneEnvironment {
  const forcedLang = query.get('lang');
  const forcedTheme = query.get('theme');
  const base = {
    locale: localeFrom(forcedLang ?? info.displayLanguage),
    dark: forcedTheme ? forcedTheme === 'dark' : info.dark,
    sample: false,
  };
  // An Excel without ExcelApi 1.9 gets the file-based page, with the reason.
  return info.apiOk ? { mode: 'excel', ...base } : { mode: 'standalone', ...base, oldExcel: true };
}

function plainBrowser(query: URLSearchParams): PaneEnvironment {
  const forcedTheme = query.get('theme');
  return {
    mode: 'standalone',
    locale: localeFrom(query.get('lang')),
    dark: forcedTheme ? forcedTheme === 'dark' : prefersDark(),
    sample: query.get('sample') === '1',
  };
}

/**
 * Where the pane runs. Inside Office (the address says so) it waits for office.js as long as it
 * takes: a slow start must never turn the pane into the standalone page. Elsewhere the standalone
 * page comes at once, and if office.js later reports an Excel after all, `onLateExcel` gets it.
 */
export async function detectEnvironment(search: string, onLateExcel?: (environment: PaneEnvironment) => void): Promise<PaneEnvironment> {
  const query = new URLSearchParams(search);
  // WPS first: no office.js is loaded there, so waiting for Office would only delay the pane.
  if (findWpsApplication()) {
    const forcedTheme = query.get('theme');
    return { mode: 'wps', locale: localeFrom(query.get('lang')), dark: forcedTheme ? forcedTheme === 'dark' : prefersDark(), sample: false };
  }
  const info = officeInfo();
  if (insideOffice(search) || typeof Office !== 'undefined') {
    const known = await info;
    return known ? fromOffice(known, query) : plainBrowser(query);
  }
  void info.then((late) => {
    if (late && onLateExcel) onLateExcel(fromOffice(late, query));
  });
  return plainBrowser(query);
}
