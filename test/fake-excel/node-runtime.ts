/**
 * Loads office.js's Excel debug script from @microsoft/office-js under Node, as a page would load it,
 * and registers it for the fake Excel. Imported by the jest setup and by the benchmark.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { addNotesApi } from './notes-api';
import type { OfficeRuntime, OfficeScript } from './runtime';
import { provideOfficeRuntime } from './runtime';

/** The script Excel on the web loads: the newest API surface the package ships. */
export const OFFICE_JS_SCRIPT = 'excel-web-16.00.debug.js';

export function officeJsPath(): string {
  return path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', OFFICE_JS_SCRIPT);
}

/**
 * The script runs in its own global scope, as in a page: a plain object stands for `window`, with
 * the few browser members it touches. Promises and timers are Node's, so awaiting works as usual.
 */
function load(): OfficeRuntime {
  const source = readFileSync(officeJsPath(), 'utf8');
  const window: Record<string, unknown> = {
    console,
    setTimeout,
    clearTimeout,
    Promise,
    navigator: { userAgent: 'node' },
    document: { readyState: 'complete', cookie: '', addEventListener() {}, getElementsByTagName: () => [], createElement: () => ({}) },
    location: { href: 'https://localhost/', search: '', hash: '', protocol: 'https:' },
  };
  window.window = window;
  window.self = window;
  vm.createContext(window);
  vm.runInContext(source, window, { filename: OFFICE_JS_SCRIPT });
  return { Excel: window.Excel, OfficeExtension: window.OfficeExtension, OSF: window.OSF } as OfficeRuntime;
}

/** Each script in its own global scope, loaded on first use. */
provideOfficeRuntime((script: OfficeScript) => {
  const runtime = load();
  if (script === 'current') addNotesApi(runtime);
  return runtime;
});
