/**
 * The offline manifest check. `office-addin-manifest validate` asks Microsoft's web service and fails
 * without a network; this one reads manifest.xml itself and names every missing or wrong element.
 *
 *   npx tsx scripts/check-manifest.ts [manifest.xml]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    return ENTITIES[body] ?? whole;
  });
}

/** A small XML parser: elements, attributes, text, comments, CDATA; enough for a manifest. */
export function parseXml(source: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let i = 0;
  const lineAt = (at: number) => source.slice(0, at).split('\n').length;
  const fail = (message: string, at: number): never => {
    throw new Error(`XML 第 ${lineAt(at)} 行：${message}`);
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt < 0 ? source.length : lt);
    const top = stack[stack.length - 1];
    if (text.trim()) {
      if (!top) fail('根元素之外有文字', i);
      else top.text += decode(text);
    }
    if (lt < 0) break;
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4);
      if (end < 0) fail('注释没有结束', lt);
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', lt)) {
      const end = source.indexOf(']]>', lt);
      if (end < 0) fail('CDATA 没有结束', lt);
      if (top) top.text += source.slice(lt + 9, end);
      i = end + 3;
    } else if (source.startsWith('<?', lt) || source.startsWith('<!', lt)) {
      const end = source.indexOf('>', lt);
      if (end < 0) fail('声明没有结束', lt);
      i = end + 1;
    } else if (source.startsWith('</', lt)) {
      const end = source.indexOf('>', lt);
      const name = source.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) fail(`结束标签 </${name}> 与 <${open?.name ?? ''}> 不配对`, lt);
      i = end + 1;
    } else {
      const tag = /^<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(source.slice(lt));
      if (!tag || !tag[1]) return fail('无法读取的标签', lt);
      const attrs: Record<string, string> = {};
      for (const m of (tag[2] ?? '').matchAll(/([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (m[1]) attrs[m[1]] = decode(m[2] ?? m[3] ?? '');
      }
      const element: XmlElement = { name: tag[1], attrs, children: [], text: '', line: lineAt(lt) };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else if (root) fail('有多个根元素', lt);
      else root = element;
      if (tag[3] !== '/') stack.push(element);
      i = lt + tag[0].length;
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) throw new Error(`XML：<${unclosed.name}>（第 ${unclosed.line} 行）没有结束标签`);
  if (!root) throw new Error('XML：没有根元素');
  return root;
}

function local(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function kids(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => local(c.name) === name) : [];
}

function kid(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return kids(el, name)[0];
}

function xsiType(el: XmlElement | undefined): string | undefined {
  return el?.attrs['xsi:type'];
}

/** The order the OfficeApp schema requires of these children (others may sit between them). */
const ORDER = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MIN_EXCEL_API = [1, 9];
/** The development address the build rewrites; icons under it are checked against assets/. */
export const DEV_BASE = 'https://localhost:3000/';

export interface CheckOptions {
  /** Bytes of a file under the repository root, or null when it is missing. */
  readFile?: (relative: string) => Uint8Array | null;
}

/** Width and height of a PNG, or null when the bytes are not one. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function versionAtLeast(text: string | undefined, min: number[]): boolean {
  if (!text || !/^\d+(\.\d+)*$/.test(text)) return false;
  const parts = text.split('.').map(Number);
  for (let i = 0; i < min.length; i++) {
    const a = parts[i] ?? 0;
    const b = min[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/** Every problem found, as a line a maintainer can act on; an empty list means the manifest is good. */
export function checkManifest(xml: string, options: CheckOptions = {}): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)];
  }
  const problems: string[] = [];
  const need = (ok: unknown, message: string) => {
    if (!ok) problems.push(message);
  };

  need(local(root.name) === 'OfficeApp', `根元素应为 <OfficeApp>，现为 <${root.name}>`);
  need(xsiType(root) === 'TaskPaneApp', '<OfficeApp> 的 xsi:type 应为 TaskPaneApp');
  need(root.attrs.xmlns === 'http://schemas.microsoft.com/office/appforoffice/1.1', '<OfficeApp> 缺少命名空间 http://schemas.microsoft.com/office/appforoffice/1.1');

  // Order of the top-level elements, as the schema wants it.
  const seen = root.children.map((c) => local(c.name)).filter((n) => ORDER.includes(n));
  for (let i = 1; i < seen.length; i++) {
    const a = seen[i - 1] ?? '';
    const b = seen[i] ?? '';
    if (ORDER.indexOf(a) > ORDER.indexOf(b)) problems.push(`<${b}> 应放在 <${a}> 之前`);
  }

  const id = kid(root, 'Id')?.text.trim();
  need(id !== undefined, '缺少 <Id>');
  if (id !== undefined) need(GUID.test(id), `<Id> 应为 GUID（如 2429798d-4fae-498b-bc7d-d30c327ea02c），现为“${id}”`);
  const version = kid(root, 'Version')?.text.trim();
  need(version !== undefined, '缺少 <Version>');
  if (version !== undefined) need(/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version), `<Version> 应为 1 至 4 段数字（如 1.0.0.0），现为“${version}”`);
  need(kid(root, 'ProviderName')?.text.trim(), '缺少 <ProviderName> 或其内容为空');
  const locale = kid(root, 'DefaultLocale')?.text.trim();
  need(locale === 'zh-CN', `<DefaultLocale> 应为 zh-CN，现为“${locale ?? '缺失'}”`);

  for (const [name, max] of [['DisplayName', 125], ['Description', 250]] as const) {
    const el = kid(root, name);
    const value = el?.attrs.DefaultValue;
    need(value, `缺少 <${name} DefaultValue="…">`);
    if (value) need(value.length <= max, `<${name}> 的 DefaultValue 超过 ${max} 个字符`);
    need(kids(el, 'Override').some((o) => o.attrs.Locale === 'en-US' && o.attrs.Value), `<${name}> 缺少 en-US 的 <Override>`);
  }
  need(kid(root, 'DisplayName')?.attrs.DefaultValue === '通报表助手', '<DisplayName> 应为“通报表助手”');
  need(kid(root, 'IconUrl')?.attrs.DefaultValue, '缺少 <IconUrl DefaultValue="…">');
  need(kid(root, 'HighResolutionIconUrl')?.attrs.DefaultValue, '缺少 <HighResolutionIconUrl DefaultValue="…">');

  const hosts = kids(kid(root, 'Hosts'), 'Host');
  need(hosts.some((h) => h.attrs.Name === 'Workbook'), '<Hosts> 中缺少 <Host Name="Workbook"/>');
  const sets = kids(kid(kid(root, 'Requirements'), 'Sets'), 'Set');
  const excelApi = sets.find((s) => s.attrs.Name === 'ExcelApi');
  need(excelApi, '<Requirements> 中缺少 <Set Name="ExcelApi" MinVersion="1.9"/>');
  if (excelApi) need(versionAtLeast(excelApi.attrs.MinVersion, MIN_EXCEL_API), `ExcelApi 的 MinVersion 应不低于 1.9，现为“${excelApi.attrs.MinVersion ?? ''}”`);
  const source = kid(kid(root, 'DefaultSettings'), 'SourceLocation')?.attrs.DefaultValue;
  need(source, '缺少 <DefaultSettings><SourceLocation DefaultValue="…"/>');
  const permissions = kid(root, 'Permissions')?.text.trim();
  need(permissions === 'ReadWriteDocument', `<Permissions> 应为 ReadWriteDocument，现为“${permissions ?? '缺失'}”`);

  checkVersionOverrides(root, problems);

  // Every address the manifest gives must be https.
  for (const el of allElements(root)) {
    for (const key of ['DefaultValue', 'Value']) {
      const v = el.attrs[key];
      if (v && /^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !v.startsWith('https://')) problems.push(`第 ${el.line} 行 <${local(el.name)}> 的地址不是 https：${v}`);
    }
    if (local(el.name) === 'AppDomain' && !el.text.trim().startsWith('https://')) problems.push(`第 ${el.line} 行 <AppDomain> 不是 https：${el.text.trim()}`);
  }

  if (options.readFile) checkIcons(root, options.readFile, problems);
  return [...new Set(problems)];
}

function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Which resource collection an element's resid must point into. */
function residKind(el: XmlElement): ResourceKind | null {
  const name = local(el.name);
  if (name === 'Image') return 'Images';
  if (name === 'SourceLocation' || name === 'FunctionFile' || name === 'LearnMoreUrl') return 'Urls';
  if (name === 'Label' || name === 'Title') return 'ShortStrings';
  if (name === 'Description') return 'LongStrings';
  return null;
}

function checkVersionOverrides(root: XmlElement, problems: string[]): void {
  const need = (ok: unknown, message: string) => {
    if (!ok) problems.push(message);
  };
  const vo = kid(root, 'VersionOverrides');
  need(vo, '缺少 <VersionOverrides>（“开始”选项卡上的按钮由它定义）');
  if (!vo) return;
  need(vo.attrs.xmlns === 'http://schemas.microsoft.com/office/taskpaneappversionoverrides', '<VersionOverrides> 的命名空间应为 http://schemas.microsoft.com/office/taskpaneappversionoverrides');
  need(xsiType(vo) === 'VersionOverridesV1_0', '<VersionOverrides> 的 xsi:type 应为 VersionOverridesV1_0');
  const host = kids(kid(vo, 'Hosts'), 'Host').find((h) => xsiType(h) === 'Workbook');
  need(host, '<VersionOverrides> 中缺少 <Host xsi:type="Workbook">');
  const desktop = kid(host, 'DesktopFormFactor');
  need(!host || desktop, '<Host xsi:type="Workbook"> 中缺少 <DesktopFormFactor>');
  const surface = kids(desktop, 'ExtensionPoint').find((e) => xsiType(e) === 'PrimaryCommandSurface');
  need(!desktop || surface, '缺少 <ExtensionPoint xsi:type="PrimaryCommandSurface">');
  const home = kids(surface, 'OfficeTab').find((t) => t.attrs.id === 'TabHome');
  need(!surface || home, '按钮应放在“开始”选项卡：缺少 <OfficeTab id="TabHome">');
  const groups = kids(home, 'Group');
  need(!home || groups.length > 0, '<OfficeTab id="TabHome"> 中缺少 <Group>');
  const buttons = groups.flatMap((g) => kids(g, 'Control')).filter((c) => xsiType(c) === 'Button');
  const showsPane = buttons.filter((b) => xsiType(kid(b, 'Action')) === 'ShowTaskpane' && kid(kid(b, 'Action'), 'SourceLocation')?.attrs.resid);
  need(groups.length === 0 || showsPane.length > 0, '“开始”选项卡上缺少打开任务窗格的按钮（<Control xsi:type="Button"> 带 <Action xsi:type="ShowTaskpane"> 和 <SourceLocation resid>）');

  // Resources: every id defined once, every resid defined in the right collection.
  const resources = kid(vo, 'Resources');
  need(resources, '<VersionOverrides> 中缺少 <Resources>');
  const defined = new Map<string, ResourceKind>();
  const strings = new Map<string, XmlElement>();
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
    for (const item of kid(resources, kind)?.children ?? []) {
      const rid = item.attrs.id;
      if (!rid) {
        problems.push(`第 ${item.line} 行 <${local(item.name)}> 缺少 id`);
        continue;
      }
      if (defined.has(rid)) problems.push(`资源 id“${rid}”定义了不止一次`);
      defined.set(rid, kind);
      strings.set(rid, item);
      need(rid.length <= 32, `资源 id“${rid}”超过 32 个字符`);
      const value = item.attrs.DefaultValue ?? '';
      need(value, `资源“${rid}”缺少 DefaultValue`);
      const max = kind === 'ShortStrings' ? 125 : kind === 'LongStrings' ? 250 : 2048;
      need(value.length <= max, `资源“${rid}”超过 ${max} 个字符`);
      if (kind === 'ShortStrings' || kind === 'LongStrings') {
        need(kids(item, 'Override').some((o) => o.attrs.Locale === 'en-US' && o.attrs.Value), `资源“${rid}”缺少 en-US 的 <bt:Override>`);
      }
    }
  }
  const walk = (el: XmlElement) => {
    const rid = el.attrs.resid;
    if (rid !== undefined) {
      const want = residKind(el);
      const got = defined.get(rid);
      if (!got) problems.push(`第 ${el.line} 行引用的资源“${rid}”没有在 <Resources> 中定义`);
      else if (want && got !== want) problems.push(`第 ${el.line} 行 <${local(el.name)}> 引用的“${rid}”应在 <bt:${want}> 中，现在 <bt:${got}> 中`);
    }
    el.children.forEach(walk);
  };
  walk(vo);

  const label = showsPane[0] ? kid(showsPane[0], 'Label')?.attrs.resid : undefined;
  if (label) need(strings.get(label)?.attrs.DefaultValue === '通报表助手', '“开始”选项卡按钮的文字应为“通报表助手”');

  // Group and button icons at 16, 32 and 80 px.
  for (const el of [...groups, ...buttons]) {
    const sizes = kids(kid(el, 'Icon'), 'Image').map((i) => i.attrs.size);
    for (const size of ['16', '32', '80']) {
      need(sizes.includes(size), `第 ${el.line} 行 <${local(el.name)}> 的 <Icon> 缺少 ${size} 像素的图标`);
    }
  }
}

/** Icons served from the development address are files in assets/: they must exist at the size declared. */
function checkIcons(root: XmlElement, readFile: (relative: string) => Uint8Array | null, problems: string[]): void {
  const expect = new Map<string, number>();
  const iconUrl = kid(root, 'IconUrl')?.attrs.DefaultValue;
  const highRes = kid(root, 'HighResolutionIconUrl')?.attrs.DefaultValue;
  if (iconUrl) expect.set(iconUrl, 32);
  if (highRes) expect.set(highRes, 64);
  const images = new Map<string, string>();
  for (const item of kid(kid(kid(root, 'VersionOverrides'), 'Resources'), 'Images')?.children ?? []) {
    if (item.attrs.id && item.attrs.DefaultValue) images.set(item.attrs.id, item.attrs.DefaultValue);
  }
  for (const el of allElements(root)) {
    if (local(el.name) !== 'Image' || !el.attrs.resid || !el.attrs.size) continue;
    const url = images.get(el.attrs.resid);
    if (url) expect.set(url, Number(el.attrs.size));
  }
  for (const [url, size] of expect) {
    if (!url.startsWith(DEV_BASE)) continue;
    const relative = url.slice(DEV_BASE.length);
    const bytes = readFile(relative);
    if (!bytes) {
      problems.push(`图标文件 ${relative} 不存在`);
      continue;
    }
    const dims = pngSize(bytes);
    if (!dims) problems.push(`图标文件 ${relative} 不是 PNG`);
    else if (dims.width !== size || dims.height !== size) problems.push(`图标文件 ${relative} 应为 ${size}×${size} 像素，现为 ${dims.width}×${dims.height}`);
  }
}

function main(): void {
  const file = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'manifest.xml'));
  const root = path.dirname(file);
  let xml: string;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`读不到清单文件：${file}\n`);
    process.exitCode = 1;
    return;
  }
  const problems = checkManifest(xml, {
    readFile: (relative) => {
      const target = path.join(root, relative);
      return fs.existsSync(target) ? new Uint8Array(fs.readFileSync(target)) : null;
    },
  });
  if (problems.length === 0) {
    process.stdout.write(`${path.relative(process.cwd(), file) || file}：清单检查通过\n`);
    return;
  }
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.exitCode = 1;
}

if (require.main === module) main();
