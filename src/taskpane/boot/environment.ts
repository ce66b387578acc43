import type { Locale } from '../../core/options';
import { findWpsApplication } from '../../wps/detect';

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

/** How long to wait for office.js before treating the page as a plain browser page. */
const OFFICE_READY_TIMEOUT_MS = 4000;

interface OfficeInfo {
  host: unknown;
  displayLanguage?: string;
  dark: boolean;
  apiOk: boolean;
}

async function officeInfo(): Promise<OfficeInfo | null> {
  // office.js may be missing altogether: blocked by an intranet, or the page opened from disk.
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return null;
  const ready = Office.onReady().then((info) => {
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
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([ready, timeout]);
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export async function detectEnvironment(search: string): Promise<PaneEnvironment> {
  const query = new URLSearchParams(search);
  const forcedLang = query.get('lang');
  const forcedTheme = query.get('theme');
  // WPS first: no office.js is loaded there, so waiting for Office would only delay the pane.
  if (findWpsApplication()) {
    return { mode: 'wps', locale: localeFrom(forcedLang), dark: forcedTheme ? forcedTheme === 'dark' : prefersDark(), sample: false };
  }
  const info = await officeInfo();
  if (info && !info.apiOk) {
    return {
      mode: 'standalone',
      locale: localeFrom(forcedLang ?? info.displayLanguage),
      dark: forcedTheme ? forcedTheme === 'dark' : info.dark,
      sample: false,
      oldExcel: true,
    };
  }
  if (info) {
    return {
      mode: 'excel',
      locale: localeFrom(forcedLang ?? info.displayLanguage),
      dark: forcedTheme ? forcedTheme === 'dark' : info.dark,
      sample: false,
    };
  }
  return {
    mode: 'standalone',
    locale: localeFrom(forcedLang),
    dark: forcedTheme ? forcedTheme === 'dark' : prefersDark(),
    sample: query.get('sample') === '1',
  };
}
