/**
 * After the WPS build (webpack.wps.config.js): writes the WPS add-in's registration files into
 * dist-wps/ for a server at ADDIN_BASE_URL, and an offline package for machines without one.
 *
 *   dist-wps/                      serve at ADDIN_BASE_URL: ribbon.xml, index.html, taskpane.html, manifest.xml…
 *   dist-wps/publish.html          install page: registers the add-in with the WPS on the user's computer
 *   dist-wps/jsplugins.xml         the online entry, for an administrator (oem.ini JSPluginsServer, or jsaddons)
 *   dist-wps/offline/jsaddons/     unpacks into the user's jsaddons folder: tongbao_VERSION/ and publish.xml
 *   dist-wps/tongbao-wps-offline.zip   the same, as one file to carry to an air-gapped machine
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';

export const ADDIN_NAME = 'tongbao';
const ROOT = path.join(__dirname, '..');
const DIST = path.join(ROOT, 'dist-wps');
const DEFAULT_BASE_URL = 'http://localhost:3000/';

export function baseUrl(): string {
  const raw = process.env.ADDIN_BASE_URL || DEFAULT_BASE_URL;
  return raw.endsWith('/') ? raw : `${raw}/`;
}

function version(): string {
  return (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}

function xmlAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The online entry: WPS fetches ribbon.xml and the pages from the server each time it starts. */
export function jspluginsXml(url: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN_NAME}" type="et" url="${xmlAttr(url)}" />\n</jsplugins>\n`;
}

/** The offline entry: WPS loads the add-in from jsaddons/NAME_VERSION beside this file. */
export function offlinePublishXml(v: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="et" url="${ADDIN_NAME}_${v}.7z" version="${v}" enable="enable" />\n</jsplugins>\n`;
}

function copyDir(from: string, to: string, skip: (rel: string) => boolean, rel = ''): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (skip(r)) continue;
    const src = path.join(from, entry.name);
    const dst = path.join(to, entry.name);
    if (entry.isDirectory()) copyDir(src, dst, skip, r);
    else fs.copyFileSync(src, dst);
  }
}

function addDir(zip: JSZip, dir: string, prefix: string): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) addDir(zip, full, `${prefix}${entry.name}/`);
    else zip.file(`${prefix}${entry.name}`, fs.readFileSync(full));
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error('dist-wps/taskpane.html 不存在：请先运行 npm run build:wps');
  const v = version();
  const url = baseUrl();
  const manifest = fs.readFileSync(path.join(ROOT, 'wps-addin', 'manifest.xml'), 'utf8').replace('%VERSION%', v);
  fs.writeFileSync(path.join(DIST, 'manifest.xml'), manifest);
  const publish = fs.readFileSync(path.join(ROOT, 'wps-addin', 'publish.html'), 'utf8').split('%ADDIN_BASE_URL%').join(url).split('%VERSION%').join(v);
  fs.writeFileSync(path.join(DIST, 'publish.html'), publish);
  fs.writeFileSync(path.join(DIST, 'jsplugins.xml'), jspluginsXml(url));

  // The offline copy holds the add-in itself, not the server-side install files.
  const offline = path.join(DIST, 'offline', 'jsaddons');
  fs.rmSync(path.join(DIST, 'offline'), { recursive: true, force: true });
  const serverOnly = new Set(['offline', 'publish.html', 'jsplugins.xml', `${ADDIN_NAME}-wps-offline.zip`]);
  copyDir(DIST, path.join(offline, `${ADDIN_NAME}_${v}`), (rel) => serverOnly.has(rel) || rel.endsWith('.map'));
  fs.writeFileSync(path.join(offline, 'publish.xml'), offlinePublishXml(v));
  const zip = new JSZip();
  addDir(zip, offline, '');
  fs.writeFileSync(path.join(DIST, `${ADDIN_NAME}-wps-offline.zip`), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

  process.stdout.write(
    [
      `WPS 加载项已生成：dist-wps/（地址 ${url}）`,
      `  服务器：把 dist-wps/ 下的文件放到 ${url}，用户打开 ${url}publish.html 安装；管理员可分发 dist-wps/jsplugins.xml。`,
      `  离线：把 dist-wps/${ADDIN_NAME}-wps-offline.zip 解压到用户的 jsaddons 文件夹（Windows %APPDATA%\\kingsoft\\wps\\jsaddons，Linux ~/.local/share/Kingsoft/wps/jsaddons）。`,
      '',
    ].join('\n'),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
