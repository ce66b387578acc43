/**
 * The real office.js client that the fake Excel runs under: the `Excel` and `OfficeExtension`
 * namespaces of @microsoft/office-js's Excel script. In a page they are the globals the script
 * defines; under Node a loader (node-runtime.ts) evaluates the same script and registers them here.
 */
export interface OfficeRuntime {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  /** office.js's host layer: `Office.context` is whatever its app factory gives, as on a real host. */
  OSF: { _OfficeAppFactory?: { getContext(): unknown } };
}

/** What `Office.context` answers from now on: the requirement sets office.js asks about, and the rest of the context. */
export function setOfficeContext(runtime: OfficeRuntime, context: Record<string, unknown>): void {
  runtime.OSF._OfficeAppFactory = { ...runtime.OSF._OfficeAppFactory, getContext: () => context };
}

/**
 * Which office.js: `current` is the script Microsoft's CDN serves (it has Worksheet.notes, ExcelApi
 * 1.18); `package` is the one @microsoft/office-js ships, which an intranet build copies (no notes).
 */
export type OfficeScript = 'current' | 'package';

type Provider = (script: OfficeScript) => OfficeRuntime;

const KEY = '__tongbaoOfficeRuntime';

/** Registers how to get the runtime (called by the Node loader). */
export function provideOfficeRuntime(provider: Provider): void {
  (globalThis as Record<string, unknown>)[KEY] = provider;
}

const cached = new Map<OfficeScript, OfficeRuntime>();

export function officeRuntime(script: OfficeScript = 'current'): OfficeRuntime {
  const hit = cached.get(script);
  if (hit) return hit;
  const g = globalThis as Record<string, unknown>;
  const provider = g[KEY] as Provider | undefined;
  let runtime: OfficeRuntime;
  if (provider) runtime = provider(script);
  else if (g.Excel && g.OfficeExtension && g.OSF) runtime = { Excel: g.Excel, OfficeExtension: g.OfficeExtension, OSF: g.OSF } as OfficeRuntime;
  else throw new Error('office.js is not loaded: load its Excel script in the page, or import test/fake-excel/node-runtime under Node.');
  cached.set(script, runtime);
  return runtime;
}
