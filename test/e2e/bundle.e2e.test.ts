import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, ROOT } from './fixtures';

/**
 * Absolute URLs that may appear in the built bundles, each because it is never requested:
 * only the office.js host is ever contacted, and only by the script the pane adds to the page.
 */
const ALLOWED: { pattern: RegExp; why: string }[] = [
  { pattern: /^https:\/\/appsforoffice\.microsoft\.com\//, why: "office.js's own host, the one network origin the CSP allows" },
  { pattern: /^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)$/, why: 'XML namespace names React DOM and the icons use to create elements; never fetched' },
  { pattern: /^http:\/\/www\.w3\.org\/2001\/XMLSchema(-instance)?$/, why: 'XML Schema namespace written into .xlsx parts by exceljs; never fetched' },
  { pattern: /^https?:\/\/schemas\.openxmlformats\.org\//, why: 'Office Open XML namespace and relationship-type names inside .xlsx files; never fetched' },
  { pattern: /^https?:\/\/schemas\.microsoft\.com\/office\//, why: 'Microsoft Office XML namespace names inside .xlsx files; never fetched' },
  { pattern: /^http:\/\/purl\.org\/dc\/(elements\/1\.1|terms|dcmitype)\/$/, why: 'Dublin Core namespace names in .xlsx document properties; never fetched' },
  {
    pattern: /^https:\/\/(github\.com\/(exceljs\/exceljs|zloirock\/core-js|crypto-browserify\/crypto-browserify|indutny\/elliptic|uuidjs\/uuid)\b|stuk\.github\.io\/jszip\/documentation\/)/,
    why: "links in the error messages and licence notices of exceljs's bundled libraries (standalone chunk only); never fetched",
  },
  { pattern: /^http:\/\/purl\.oclc\.org\/ooxml\/officeDocument\/relationships\/theme$/, why: "Strict OOXML relationship-type name the Word writer (docx) recognises; never fetched" },
  {
    pattern: /^https:\/\/answers\.microsoft\.com\/en-us\/msoffice\/forum\/all\/does-word-support-more-than-9-list-levels\//,
    why: "text of an error message of the Word writer (docx chunk, loaded only to download the 通报); never fetched",
  },
  {
    pattern: /^https:\/\/rolldown\.rs\/in-depth\/bundling-cjs#require-external-modules$/,
    why: "text of the error the Word writer's own bundler puts behind a missing require (docx chunk); never fetched",
  },
  { pattern: /^https:\/\/(reactjs\.org\/docs\/error-decoder\.html|react\.dev\/errors\/)/, why: 'text of React production error messages, shown to developers, never fetched' },
];

const URL_RE = /\b(?:https?|wss?):\/\/[^\s"'`()<>\\]+/g;

async function bundles(): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(DIST)).filter((n) => n.endsWith('.js'));
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(DIST, name), 'utf8') })));
}

function trimUrl(url: string): string {
  return url.replace(/[.,;:]+$/, '');
}

describe('the built pane (dist/)', () => {
  it('exists: the page, its bundles, the sample and the assets', async () => {
    expect(existsSync(path.join(DIST, 'taskpane.html'))).toBe(true);
    expect(existsSync(path.join(DIST, 'assets/sample.xlsx'))).toBe(true);
    expect((await bundles()).length).toBeGreaterThan(1);
  });

  it('asks for no host but office.js, by any URL in its bundles', async () => {
    const offending: string[] = [];
    for (const { name, text } of await bundles()) {
      for (const m of text.matchAll(URL_RE)) {
        const url = trimUrl(m[0]);
        if (!ALLOWED.some((a) => a.pattern.test(url))) offending.push(`${name}: ${url}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('opens no socket, beacon or event stream, and fetches only relative paths', async () => {
    const offending: string[] = [];
    for (const { name, text } of await bundles()) {
      for (const m of text.matchAll(/new WebSocket\(|navigator\.sendBeacon|new EventSource\(|importScripts\(/g)) offending.push(`${name}: ${m[0]}`);
      // Protocol-relative addresses ("//host/…") would dodge the URL scan above.
      for (const m of text.matchAll(/["'`]\/\/[a-z0-9-]+(\.[a-z0-9-]+)+[/"'`]/gi)) offending.push(`${name}: ${m[0]}`);
      for (const m of text.matchAll(/\bfetch\(\s*(["'`])([^"'`]*)\1/g)) {
        if (/^(https?:|\/\/)/.test(m[2] ?? '')) offending.push(`${name}: fetch(${m[2]})`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('sets a Content-Security-Policy that allows only its own origin and office.js', async () => {
    const html = await readFile(path.join(DIST, 'taskpane.html'), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    const hosts = csp.match(/https?:\/\/[^\s;]+/g) ?? [];
    expect(new Set(hosts)).toEqual(new Set(['https://appsforoffice.microsoft.com']));
    expect(csp).not.toMatch(/unsafe-eval|\*/);
    // The pane loads office.js itself, without blocking the page: the page only names it.
    expect(html).toMatch(/<meta name="?tongbao-office-js"? content="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    expect(html).not.toMatch(/<script[^>]*office\.js/);
  });

  it('keeps exceljs out of the initial bundle', async () => {
    const html = await readFile(path.join(DIST, 'taskpane.html'), 'utf8');
    const initial = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)"?/g)].map((m) => m[1] ?? '').filter((src) => !src.startsWith('http'));
    expect(initial.length).toBeGreaterThan(0);
    for (const src of initial) {
      const text = await readFile(path.join(DIST, src), 'utf8');
      // A marker string of exceljs's own workbook writer.
      expect(text).not.toContain('xl/workbook.xml');
      const kb = gzipSync(text).length / 1024;
      process.stdout.write(`initial bundle ${src}: ${kb.toFixed(0)} KB gzipped\n`);
    }
  });

  it('rewrites the manifest to the deployment address', async () => {
    expect(existsSync(path.join(ROOT, 'manifest.xml'))).toBe(true);
    const manifest = await readFile(path.join(DIST, 'manifest.xml'), 'utf8');
    const base = process.env.ADDIN_BASE_URL ?? 'https://localhost:3000/';
    expect(manifest).toContain(`${base.replace(/\/?$/, '/')}taskpane.html`);
    if (!base.startsWith('https://localhost:3000')) expect(manifest).not.toContain('https://localhost:3000');
  });
});
