import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { jspluginsXml, offlinePublishXml } from '../../scripts/package-wps';

const ROOT = path.join(__dirname, '..', '..');
const ADDIN = path.join(ROOT, 'wps-addin');

interface FakePane {
  ID: number;
  Visible: boolean;
  DockPosition?: number;
}

/** ribbon.js run as WPS runs it: a plain script on a page whose window has the Application global. */
function loadRibbon() {
  const created: string[] = [];
  const panes = new Map<number, FakePane>();
  const storage = new Map<string, unknown>();
  const Application = {
    PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => storage.set(k, v) },
    CreateTaskPane(url: string): FakePane {
      created.push(url);
      const pane = { ID: 40 + created.length, Visible: false };
      panes.set(pane.ID, pane);
      return pane;
    },
    GetTaskPane: (id: number) => panes.get(id) ?? null,
  };
  const window = { Application, location: { href: 'https://oa.example.gov.cn/tongbao/index.html' } };
  const context = vm.createContext({ window });
  vm.runInContext(fs.readFileSync(path.join(ADDIN, 'ribbon.js'), 'utf8'), context);
  return { context, created, panes };
}

describe('the WPS add-in shell', () => {
  it('puts the 通报表助手 button on the 开始 tab, calling functions ribbon.js defines', () => {
    const xml = fs.readFileSync(path.join(ADDIN, 'ribbon.xml'), 'utf8');
    expect(xml).toContain('<tab idMso="TabHome">');
    expect(xml).toMatch(/<button id="tongbaoOpenPane" label="通报表助手"/);
    const { context } = loadRibbon();
    const names = [...xml.matchAll(/(?:onLoad|onAction|getImage)="(\w+)"/g)].map((m) => m[1] ?? '');
    expect(names.sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad']);
    for (const name of names) expect(typeof context[name]).toBe('function');
  });

  it('opens the pane from the button synchronously, once, and shows it again after it was closed', () => {
    const { context, created, panes } = loadRibbon();
    const result: unknown = vm.runInContext('OnAction({ Id: "tongbaoOpenPane" })', context);
    // A callback returning a promise can leave the WPS ribbon broken: it must return a plain value.
    expect(result).toBe(true);
    expect(created).toEqual(['https://oa.example.gov.cn/tongbao/taskpane.html?wps=1']);
    const pane = panes.get(41);
    expect(pane?.Visible).toBe(true);
    if (pane) pane.Visible = false;
    vm.runInContext('OnAction({ Id: "tongbaoOpenPane" })', context);
    expect(created).toHaveLength(1);
    expect(pane?.Visible).toBe(true);
    expect(vm.runInContext('GetImage({ Id: "tongbaoOpenPane" })', context)).toBe('assets/icon-32.png');
    expect(fs.existsSync(path.join(ROOT, 'assets', 'icon-32.png'))).toBe(true);
  });

  it('registers online for a server and offline for a jsaddons folder', () => {
    expect(jspluginsXml('https://oa.example.gov.cn/tongbao/')).toContain('<jspluginonline name="tongbao" type="et" url="https://oa.example.gov.cn/tongbao/" />');
    expect(jspluginsXml('http://a/?x=1&y=2')).toContain('url="http://a/?x=1&amp;y=2"');
    expect(offlinePublishXml('0.1.0')).toContain('<jsplugin name="tongbao" type="et" url="tongbao_0.1.0.7z" version="0.1.0" enable="enable" />');
    expect(fs.readFileSync(path.join(ADDIN, 'manifest.xml'), 'utf8')).toMatch(/<JsPlugin>[\s\S]*<Name>tongbao<\/Name>/);
    const publish = fs.readFileSync(path.join(ADDIN, 'publish.html'), 'utf8');
    expect(publish).toContain('http://127.0.0.1:58890');
    expect(publish).toContain('%ADDIN_BASE_URL%');
  });

  it('uses no API of a secure context only: WPS may serve the pane over plain HTTP', () => {
    const wps = path.join(ROOT, 'src', 'wps');
    const sources = [path.join(ADDIN, 'ribbon.js'), path.join(ADDIN, 'publish.html'), ...fs.readdirSync(wps).map((f) => path.join(wps, f))];
    for (const file of sources) expect(fs.readFileSync(file, 'utf8')).not.toMatch(/crypto\.subtle|randomUUID|navigator\.clipboard|serviceWorker|structuredClone/);
  });
});
