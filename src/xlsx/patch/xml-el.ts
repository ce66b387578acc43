import { tagEnd, textOf } from '../xml-text';
import { Unsupported } from '../zip';

/**
 * A small XML element (one font, fill, border or xf of styles.xml) as a tree: enough to read it as
 * exceljs reads it, to derive a changed copy, and to compare two entries by meaning. Only ever used
 * on single entries, never on a whole part.
 */
export interface El {
  /** The qualified name as written, prefix included. */
  name: string;
  /** Attributes in document order, values decoded. */
  attrs: [string, string][];
  children: El[];
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function parseAttrs(tag: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of tag.matchAll(ATTR)) {
    const raw = m[2] ?? m[3] ?? '';
    out.push([m[1] ?? '', textOf(raw.replace(/[\t\n\r]/g, ' '))]);
  }
  return out;
}

function nameEnd(xml: string, from: number): number {
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (Number.isNaN(c) || c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d) return i;
    i++;
  }
}

/** The element starting at `lt` and the index just after its end. */
function parseAt(xml: string, lt: number): [El, number] {
  const end = nameEnd(xml, lt + 1);
  const name = xml.slice(lt + 1, end);
  const gt = tagEnd(xml, lt);
  const el: El = { name, attrs: parseAttrs(xml.slice(end, gt)), children: [] };
  if (xml.charCodeAt(gt - 1) === 0x2f) return [el, gt + 1];
  let i = gt + 1;
  for (;;) {
    const next = xml.indexOf('<', i);
    if (next === -1) throw new Unsupported(`unterminated <${name}>`);
    if (xml.startsWith('</', next)) return [el, tagEnd(xml, next) + 1];
    if (xml.startsWith('<!--', next)) {
      const close = xml.indexOf('-->', next);
      if (close === -1) throw new Unsupported('unterminated comment');
      i = close + 3;
      continue;
    }
    if (xml.startsWith('<?', next) || xml.startsWith('<!', next)) throw new Unsupported('declaration inside an entry');
    const [child, after] = parseAt(xml, next);
    el.children.push(child);
    i = after;
  }
}

export function parseEl(xml: string): El {
  const lt = xml.indexOf('<');
  if (lt === -1) throw new Unsupported('no element');
  return parseAt(xml, lt)[0];
}

export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

export function elXml(el: El): string {
  const attrs = el.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  if (!el.children.length) return `<${el.name}${attrs}/>`;
  return `<${el.name}${attrs}>${el.children.map(elXml).join('')}</${el.name}>`;
}

/** A number written differently ("0.39997558519241921" and "0.3999755851924192") compares as one. */
function canonicalValue(v: string): string {
  return /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v) ? String(Number(v)) : v;
}

/** The element's meaning as text: attributes in name order, numbers normalised, children in the order given. */
export function canonical(el: El, order?: (name: string) => number): string {
  const attrs = [...el.attrs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kids = order ? [...el.children].sort((a, b) => order(a.name) - order(b.name)) : el.children;
  return `<${el.name}${attrs.map(([k, v]) => ` ${k}="${canonicalValue(v)}"`).join('')}>${kids.map((k) => canonical(k, order)).join('')}</>`;
}

export function getAttr(el: El, name: string): string | undefined {
  for (const [k, v] of el.attrs) if (k === name) return v;
  return undefined;
}

export function withAttr(el: El, name: string, value: string | undefined): El {
  const attrs = el.attrs.filter(([k]) => k !== name);
  if (value !== undefined) {
    const at = el.attrs.findIndex(([k]) => k === name);
    if (at === -1) attrs.push([name, value]);
    else attrs.splice(at, 0, [name, value]);
  }
  return { ...el, attrs };
}
