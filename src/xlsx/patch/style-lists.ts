import { tagEnd, tagName, tags } from '../xml-text';
import { Unsupported } from '../zip';
import { canonical, elXml, parseEl, type El } from './xml-el';

/**
 * The lists of styles.xml (numFmts, fonts, fills, borders, cellXfs) located in the part's text, their
 * entries read on demand, and the entries added to them. The text itself is never changed: `edits`
 * gives the splices that append the new entries and update the counts, everything else byte for byte.
 */

/** The children of <styleSheet> in schema order, to put a missing list in its place. */
const SHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

export interface Splice {
  at: number;
  remove: number;
  text: string;
}

export class StyleList {
  /** Where the list's start tag opens and ends ('>'); -1 when the part has no such list. */
  private lt = -1;
  private gt = -1;
  /** Where its end tag opens; -1 for a self-closing list. */
  private close = -1;
  private readonly raw: string[] = [];
  private readonly parsed: (El | undefined)[] = [];
  readonly added: El[] = [];
  private keys: Map<string, number> | null = null;

  constructor(
    private readonly xml: string,
    readonly prefix: string,
    readonly local: string,
    readonly entry: string,
    private readonly order?: (name: string) => number,
  ) {
    const name = prefix + local;
    for (const [at, gt] of tags(xml, name)) {
      this.lt = at - name.length - 1;
      this.gt = gt;
      if (xml.charCodeAt(gt - 1) === 0x2f) break;
      this.close = xml.indexOf(`</${name}>`, gt);
      if (this.close === -1) throw new Unsupported(`unterminated <${name}>`);
      this.scan(prefix + entry);
      break;
    }
  }

  private scan(name: string): void {
    const end = `</${name}>`;
    for (const [at, gt] of tags(this.xml, name, this.gt, this.close)) {
      const lt = at - name.length - 1;
      let stop = gt + 1;
      if (this.xml.charCodeAt(gt - 1) !== 0x2f) {
        const close = this.xml.indexOf(end, gt);
        if (close === -1 || close > this.close) throw new Unsupported(`unterminated <${name}>`);
        stop = close + end.length;
      }
      this.raw.push(this.xml.slice(lt, stop));
    }
  }

  get size(): number {
    return this.raw.length + this.added.length;
  }

  /** The entry at `i`, original or added; undefined past the end. */
  el(i: number): El | undefined {
    if (!Number.isInteger(i) || i < 0) return undefined;
    if (i >= this.raw.length) return this.added[i - this.raw.length];
    let el = this.parsed[i];
    if (!el) {
      el = parseEl(this.raw[i] ?? '');
      this.parsed[i] = el;
    }
    return el;
  }

  key(el: El): string {
    return canonical(el, this.order);
  }

  /** The first entry that means the same as `el`, else `el` appended. */
  indexOf(el: El): number {
    if (!this.keys) {
      this.keys = new Map();
      for (let i = 0; i < this.size; i++) {
        const k = this.key(this.el(i) as El);
        if (!this.keys.has(k)) this.keys.set(k, i);
      }
    }
    const k = this.key(el);
    const found = this.keys.get(k);
    if (found !== undefined) return found;
    return this.push(el, k);
  }

  push(el: El, k = this.key(el)): number {
    const i = this.size;
    this.added.push(el);
    if (this.keys && !this.keys.has(k)) this.keys.set(k, i);
    return i;
  }

  /** The splices that write the added entries into the part. */
  edits(rootLt: number, rootClose: number): Splice[] {
    if (!this.added.length) return [];
    const name = this.prefix + this.local;
    const body = this.added.map(elXml).join('');
    const total = this.size;
    if (this.lt === -1) {
      return [{ at: this.missingAt(rootLt, rootClose), remove: 0, text: `<${name} count="${total}">${body}</${name}>` }];
    }
    const start = this.xml.slice(this.lt, this.gt + 1);
    const counted = start.replace(/(\scount\s*=\s*)(["'])[^"']*\2/, `$1"${total}"`);
    if (this.close === -1) {
      const open = counted.replace(/\s*\/>$/, '>');
      return [{ at: this.lt, remove: start.length, text: `${open}${body}</${name}>` }];
    }
    const out: Splice[] = [{ at: this.close, remove: 0, text: body }];
    if (counted !== start) out.push({ at: this.lt, remove: start.length, text: counted });
    return out;
  }

  /** Where a list the part lacks goes: before the first list that follows it in schema order. */
  private missingAt(rootLt: number, rootClose: number): number {
    const later = SHEET_ORDER.slice(SHEET_ORDER.indexOf(this.local) + 1);
    let at = rootClose;
    for (let i = this.xml.indexOf('<', tagEnd(this.xml, rootLt) + 1); i !== -1 && i < rootClose; i = this.xml.indexOf('<', i + 1)) {
      const name = tagName(this.xml, i + 1);
      if (name.startsWith(this.prefix) && later.includes(name.slice(this.prefix.length))) {
        at = i;
        break;
      }
    }
    return at;
  }
}

export function applySplices(xml: string, splices: Splice[]): string {
  const sorted = [...splices].sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let last = 0;
  for (const s of sorted) {
    parts.push(xml.slice(last, s.at), s.text);
    last = s.at + s.remove;
  }
  parts.push(xml.slice(last));
  return parts.join('');
}
