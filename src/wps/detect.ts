import type { EtApplication } from './om';

/** The key under which the ribbon keeps the pane's id (wps-addin/ribbon.js uses the same). */
export const PANE_KEY = 'tongbao_taskpane_id';

interface WpsGlobals {
  Application?: unknown;
  wps?: { Application?: unknown; EtApplication?: () => unknown };
}

/** A WPS 表格 application object: it has workbooks. Excel's pages and plain browsers have no such global. */
function isEt(app: unknown): app is EtApplication {
  return typeof app === 'object' && app !== null && ('ActiveWorkbook' in app || 'Workbooks' in app);
}

/**
 * The WPS 表格 application the page runs in, or null outside WPS. WPS gives its add-in pages an
 * `Application` global (older builds a `wps` object); no office.js is loaded there.
 */
export function findWpsApplication(scope: unknown = globalThis): EtApplication | null {
  const g = (scope ?? {}) as WpsGlobals;
  try {
    if (isEt(g.Application)) return g.Application;
    if (isEt(g.wps?.Application)) return g.wps.Application;
    const et = typeof g.wps?.EtApplication === 'function' ? g.wps.EtApplication() : undefined;
    return isEt(et) ? et : null;
  } catch {
    return null;
  }
}

interface PaneApi {
  PluginStorage?: { getItem(key: string): unknown };
  GetTaskPane?(id: unknown): { Visible: boolean } | null;
}

/**
 * Hides the pane from its own close button: a pane docked in WPS can leave the ribbon unresponsive
 * while it has focus, and the ribbon button shows it again. False when WPS offers no way to.
 */
export function closeWpsPane(scope: unknown = globalThis): boolean {
  const g = (scope ?? {}) as WpsGlobals;
  const app = (g.Application ?? g.wps) as PaneApi | undefined;
  try {
    const id = app?.PluginStorage?.getItem(PANE_KEY);
    const pane = id !== null && id !== undefined ? app?.GetTaskPane?.(id) : null;
    if (!pane) return false;
    pane.Visible = false;
    return true;
  } catch {
    return false;
  }
}
