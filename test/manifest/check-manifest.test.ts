import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkManifest, parseXml, pngSize } from '../../scripts/check-manifest';
import { ICON_SIZES, drawIcon, encodePng } from '../../scripts/icons';

const ROOT = path.join(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

function readFile(relative: string): Uint8Array | null {
  const file = path.join(ROOT, relative);
  return fs.existsSync(file) ? new Uint8Array(fs.readFileSync(file)) : null;
}

/** The real manifest with one edit; fails loudly if the edit does not apply. */
function broken(from: string | RegExp, to: string): string {
  const out = MANIFEST.replace(from, to);
  if (out === MANIFEST) throw new Error(`edit did not apply: ${String(from)}`);
  return out;
}

describe('offline manifest check', () => {
  it('passes the real manifest, icons included', () => {
    expect(checkManifest(MANIFEST, { readFile })).toEqual([]);
  });

  it('has a stable GUID, the Home-tab button and the ExcelApi 1.9 requirement', () => {
    const root = parseXml(MANIFEST);
    const text = (name: string) => root.children.find((c) => c.name === name)?.text.trim();
    expect(text('Id')).toBe('2429798d-4fae-498b-bc7d-d30c327ea02c');
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
  });

  it.each([
    ['a missing Id', /<Id>[^<]*<\/Id>\n\s*/, '', '缺少 <Id>'],
    ['an Id that is not a GUID', /<Id>[^<]*<\/Id>/, '<Id>tongbao</Id>', '<Id> 应为 GUID'],
    ['a bad Version', '<Version>1.0.0.0</Version>', '<Version>v1</Version>', '<Version> 应为'],
    ['a missing ProviderName', /<ProviderName>[^<]*<\/ProviderName>/, '<ProviderName></ProviderName>', 'ProviderName'],
    ['another default locale', '<DefaultLocale>zh-CN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>', '<DefaultLocale> 应为 zh-CN'],
    ['a DisplayName with no English', /<Override Locale="en-US" Value="Tongbao Report Checker"\/>/, '', '<DisplayName> 缺少 en-US'],
    ['a missing Description', /<Description DefaultValue="校验[^"]*">[\s\S]*?<\/Description>/, '', '缺少 <Description'],
    ['a missing DefaultSettings', /<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, '', '缺少 <DefaultSettings>'],
    ['a missing IconUrl', /<IconUrl [^>]*\/>/, '', '缺少 <IconUrl'],
    ['a missing HighResolutionIconUrl', /<HighResolutionIconUrl [^>]*\/>/, '', '缺少 <HighResolutionIconUrl'],
    ['another host', '<Host Name="Workbook"/>', '<Host Name="Document"/>', 'Host Name="Workbook"'],
    ['ExcelApi below 1.9', '<Set Name="ExcelApi" MinVersion="1.9"/>', '<Set Name="ExcelApi" MinVersion="1.8"/>', '不低于 1.9'],
    ['a plain-http task pane', 'DefaultValue="https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', 'DefaultValue="http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>', '不是 https'],
    ['read-only permissions', '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>', 'ReadWriteDocument'],
    ['elements out of order', /(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)\n(\s*)(<Permissions>ReadWriteDocument<\/Permissions>)/, '$3\n$2$1', '<DefaultSettings> 应放在 <Permissions> 之前'],
    ['no VersionOverrides', /<VersionOverrides[\s\S]*<\/VersionOverrides>/, '', '缺少 <VersionOverrides>'],
    ['the button on another tab', '<OfficeTab id="TabHome">', '<OfficeTab id="TabData">', 'TabHome'],
    ['a button that does not open the pane', '<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ExecuteFunction">', '打开任务窗格的按钮'],
    ['an undefined resid', '<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>', '“Group.Missing”没有在 <Resources> 中定义'],
    ['a resid in the wrong collection', '<Label resid="Group.Label"/>', '<Label resid="Taskpane.Url"/>', '应在 <bt:ShortStrings> 中'],
    ['a missing 80 px icon', /(<Control xsi:type="Button"[\s\S]*?)<bt:Image size="80" resid="Icon.80x80"\/>/, '$1', '缺少 80 像素的图标'],
    ['a string with no English', /\n\s*<bt:Override Locale="en-US" Value="Tongbao"\/>/, '', '“TaskpaneButton.Label”缺少 en-US'],
    ['a button with another label', 'DefaultValue="通报表助手">\n          <bt:Override Locale="en-US" Value="Tongbao"/>', 'DefaultValue="助手">\n          <bt:Override Locale="en-US" Value="Tongbao"/>', '按钮的文字应为“通报表助手”'],
    ['a resource id defined twice', '<bt:Url id="Taskpane.Url"', '<bt:Url id="GetStarted.LearnMoreUrl"', '定义了不止一次'],
    ['broken XML', '</Hosts>\n  <Requirements>', '</Host>\n  <Requirements>', 'XML 第'],
  ])('fails on %s', (_label, from, to, message) => {
    const problems = checkManifest(broken(from, to), { readFile });
    expect(problems.join('\n')).toContain(message);
  });

  it('fails on an icon file that is missing or the wrong size', () => {
    const missing = checkManifest(MANIFEST, { readFile: (p) => (p.endsWith('icon-80.png') ? null : readFile(p)) });
    expect(missing).toContain('图标文件 assets/icon-80.png 不存在');
    const wrong = checkManifest(MANIFEST, { readFile: (p) => (p.endsWith('icon-32.png') ? readFile('assets/icon-16.png') : readFile(p)) });
    expect(wrong).toContain('图标文件 assets/icon-32.png 应为 32×32 像素，现为 16×16');
  });
});

describe('icons', () => {
  it.each(ICON_SIZES)('draws a %i px PNG matching the committed asset', (size) => {
    const png = encodePng(size, size, drawIcon(size));
    expect(pngSize(png)).toEqual({ width: size, height: size });
    expect(Buffer.compare(png, Buffer.from(readFile(`assets/icon-${size}.png`) ?? []))).toBe(0);
  });

  it('leaves the corners transparent and the tile opaque', () => {
    const px = drawIcon(32);
    const alpha = (x: number, y: number) => px[(y * 32 + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(16, 2)).toBe(255);
  });
});
