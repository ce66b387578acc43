import { ooxmlColor, ooxmlFill, type LookColor, type LookFill, type LookRecord } from '../../core/look';
import type { Paint } from '../../core/plan/marks';
import type { CellStyle } from '../../core/sheet-model';
import { isDateFormat } from '../fast-parts';
import { tagEnd, tagName } from '../xml-text';
import { Unsupported } from '../zip';
import { applySplices, StyleList } from './style-lists';
import { colorEl, fillEl, fillModel, fontModel, fontOrder, withFontChild } from './style-models';
import { canonical, getAttr, withAttr, type El } from './xml-el';

/**
 * The workbook's styles.xml as a registry of cell formats (xfs), for writing a copy by editing the
 * part's text: what a cell's format looks like to a mark (exactly what xlsx/look.ts readLook reads
 * through exceljs), and the formats a cell gets when painted, put back, or generated. New fonts,
 * fills, borders, number formats and xfs are appended and counted; an equal existing one is reused,
 * so that putting a mark back returns the cell's own format. Existing entries are never renumbered
 * or rewritten, and everything else in the part stays byte for byte.
 */

export interface CellLook {
  fill: LookFill;
  fontColor: LookColor;
  bold: boolean | null;
}

const NO_LOOK: CellLook = { fill: { kind: 'none' }, fontColor: { kind: 'auto' }, bold: null };

/** The built-in number formats exceljs writes by id rather than as a custom format. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13,
  'mm-dd-yy': 14, 'd-mmm-yy': 15, 'd-mmm': 16, 'mmm-yy': 17, 'h:mm AM/PM': 18, 'h:mm:ss AM/PM': 19, 'h:mm': 20, 'h:mm:ss': 21,
  'm/d/yy "h":mm': 22, '#,##0 ;(#,##0)': 37, '#,##0 ;[Red](#,##0)': 38, '#,##0.00 ;(#,##0.00)': 39, '#,##0.00 ;[Red](#,##0.00)': 40,
  'mm:ss': 45, '[h]:mm:ss': 46, 'mmss.0': 47, '##0.0E+0': 48, '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const THIN_GREY = 'FF808080';
const LINK_COLOR = 'FF0563C1';

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Looks that show the same: no fill and the pattern "none"; not bold, whether said or not. */
function lookKey(look: CellLook): string {
  const f = look.fill;
  const fill = f.kind === 'none' || (f.kind === 'pattern' && f.pattern === 'none' && !f.fg && !f.bg) ? 'none' : stable(f);
  return `${fill}|${stable(look.fontColor)}|${look.bold === true ? 'b' : '-'}`;
}

function int(value: string | undefined): number {
  return parseInt(value ?? '', 10);
}

export class Styles {
  private readonly prefix: string;
  private readonly rootLt: number;
  private readonly rootClose: number;
  private readonly numFmts: StyleList;
  private readonly fonts: StyleList;
  private readonly fills: StyleList;
  private readonly borders: StyleList;
  private readonly xfs: StyleList;
  private readonly formats = new Map<number, string>();
  private readonly looks = new Map<number, CellLook>();
  private readonly cache = new Map<string, number>();
  private byRest: Map<string, number[]> | null = null;

  constructor(private readonly xml: string) {
    let lt = xml.indexOf('<');
    while (lt !== -1 && (xml.startsWith('<?', lt) || xml.startsWith('<!', lt))) lt = xml.indexOf('<', lt + 1);
    if (lt === -1) throw new Unsupported('styles part without a root');
    const root = tagName(xml, lt + 1);
    const colon = root.indexOf(':');
    this.prefix = colon === -1 ? '' : root.slice(0, colon + 1);
    if (root.slice(this.prefix.length) !== 'styleSheet') throw new Unsupported('root element is not <styleSheet>');
    if (xml.charCodeAt(tagEnd(xml, lt) - 1) === 0x2f) throw new Unsupported('empty styles part');
    this.rootLt = lt;
    this.rootClose = xml.lastIndexOf(`</${root}>`);
    if (this.rootClose === -1) throw new Unsupported('unterminated <styleSheet>');
    const p = this.prefix;
    this.numFmts = new StyleList(xml, p, 'numFmts', 'numFmt');
    this.fonts = new StyleList(xml, p, 'fonts', 'font', fontOrder(p));
    this.fills = new StyleList(xml, p, 'fills', 'fill');
    this.borders = new StyleList(xml, p, 'borders', 'border');
    this.xfs = new StyleList(xml, p, 'cellXfs', 'xf');
    for (let i = 0; i < this.numFmts.size; i++) {
      const el = this.numFmts.el(i) as El;
      const code = getAttr(el, 'formatCode');
      if (code !== undefined) this.formats.set(int(getAttr(el, 'numFmtId')), code);
    }
  }

  /** The look exceljs reads for a cell with this format: a cell of format 0 (or none it knows) has no style at all. */
  look(xf: number): CellLook {
    if (!xf || !this.xfs.el(xf)) return NO_LOOK;
    let look = this.looks.get(xf);
    if (!look) {
      const el = this.xfs.el(xf) as El;
      const font = this.fonts.el(int(getAttr(el, 'fontId')));
      const fill = this.fills.el(int(getAttr(el, 'fillId')));
      const fm = font && fontModel(font, this.prefix);
      look = {
        fill: fill ? ooxmlFill(fillModel(fill, this.prefix)) : { kind: 'none' },
        fontColor: ooxmlColor(fm?.color) ?? { kind: 'auto' },
        bold: fm?.bold === true ? true : null,
      };
      this.looks.set(xf, look);
    }
    return look;
  }

  /** The format a cell of format `xf` gets when the mark `paint` is painted on it (as look.ts paintCell). */
  painted(xf: number, paint: Paint): number {
    const key = `p${xf}|${paint.fill ?? ''}|${paint.fontColor ?? ''}|${paint.bold ? 1 : 0}`;
    return this.cached(key, () => {
      const base = this.base(xf);
      let fontId: number | undefined;
      if (paint.fontColor || paint.bold) {
        let font = this.fontOf(base);
        if (paint.bold) font = withFontChild(font, this.prefix, 'b', this.el('b'));
        if (paint.fontColor) font = withFontChild(font, this.prefix, 'color', this.el('color', [['rgb', paint.fontColor]]));
        fontId = this.fonts.indexOf(font);
      }
      const fillId = paint.fill ? this.fills.indexOf(this.solidFill(paint.fill)) : undefined;
      return this.xfWith(base, fontId, fillId);
    });
  }

  /**
   * The format after putting back the look a record keeps (as look.ts restoreLook); what it leaves
   * `unchanged` stays. An existing format that shows the same and differs in nothing else is taken
   * first, so a mark put back returns the cell's own format.
   */
  restored(xf: number, look: LookRecord): number {
    const key = `r${xf}|${stable([look.fill, look.fontColor, look.bold])}`;
    return this.cached(key, () => {
      const now = this.look(xf);
      const target: CellLook = {
        fill: look.fill === 'unchanged' ? now.fill : look.fill,
        fontColor: look.fontColor === 'unchanged' ? now.fontColor : look.fontColor,
        bold: look.bold === 'unchanged' ? now.bold : look.bold,
      };
      const base = this.base(xf);
      const wanted = lookKey(target);
      for (const i of this.sameRest(base)) if (lookKey(this.look(i)) === wanted) return i;
      let fontId: number | undefined;
      if (look.fontColor !== 'unchanged' || look.bold !== 'unchanged') {
        let font = this.fontOf(base);
        if (look.fontColor !== 'unchanged') font = withFontChild(font, this.prefix, 'color', colorEl(this.prefix + 'color', look.fontColor));
        if (look.bold !== 'unchanged') font = withFontChild(font, this.prefix, 'b', look.bold === true ? this.el('b') : null);
        fontId = this.fonts.indexOf(font);
      }
      const fillId = look.fill === 'unchanged' ? undefined : this.fillIndex(look.fill);
      return this.xfWith(base, fontId, fillId);
    });
  }

  /** The format of a generated cell, as render.ts excelStyle styles it, on the workbook's default font. */
  forModel(style: CellStyle | undefined, link: boolean): number {
    const key = `m${stable(style ?? null)}|${link ? 1 : 0}`;
    return this.cached(key, () => {
      const s = style ?? {};
      this.ensureDefaults();
      const attrs: [string, string][] = [];
      let fontId = 0;
      const fontColor = s.fontColor || (link ? LINK_COLOR : undefined);
      if (s.bold || s.size || fontColor || link) {
        let font = this.fonts.el(0) as El;
        if (s.bold) font = withFontChild(font, this.prefix, 'b', this.el('b'));
        if (link) font = withFontChild(font, this.prefix, 'u', this.el('u'));
        if (s.size) font = withFontChild(font, this.prefix, 'sz', this.el('sz', [['val', String(s.size)]]));
        if (fontColor) font = withFontChild(font, this.prefix, 'color', this.el('color', [['rgb', fontColor]]));
        fontId = this.fonts.indexOf(font);
      }
      const fillId = s.fill ? this.fills.indexOf(this.solidFill(s.fill)) : 0;
      const borderId = s.border ? this.borders.indexOf(this.thinBorder()) : 0;
      const numFmtId = s.numberFormat ? this.formatId(s.numberFormat) : 0;
      attrs.push(['numFmtId', String(numFmtId)], ['fontId', String(fontId)], ['fillId', String(fillId)], ['borderId', String(borderId)], ['xfId', '0']);
      if (numFmtId) attrs.push(['applyNumberFormat', '1']);
      if (fontId) attrs.push(['applyFont', '1']);
      if (fillId) attrs.push(['applyFill', '1']);
      if (borderId) attrs.push(['applyBorder', '1']);
      const align: [string, string][] = [];
      if (s.horizontal) align.push(['horizontal', s.horizontal]);
      if (s.vertical) align.push(['vertical', s.vertical === 'middle' ? 'center' : s.vertical]);
      if (s.wrap) align.push(['wrapText', '1']);
      if (align.length) attrs.push(['applyAlignment', '1']);
      return this.xfs.indexOf(this.el('xf', attrs, align.length ? [this.el('alignment', align)] : []));
    });
  }

  /** Whether exceljs turns a number of this format into a date (as fast-parts readDateStyles). */
  isDate(xf: number): boolean {
    const el = this.xfs.el(xf);
    const id = el ? int(getAttr(el, 'numFmtId')) : 0;
    if (!id) return false;
    const code = this.formats.get(id);
    if (code) return isDateFormat(code.replace(/[\\](.)/g, '$1'));
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
  }

  /** The part with the new entries; null when nothing was added. */
  toXml(): string | null {
    const lists = [this.numFmts, this.fonts, this.fills, this.borders, this.xfs];
    const splices = lists.flatMap((l) => l.edits(this.rootLt, this.rootClose));
    return splices.length ? applySplices(this.xml, splices) : null;
  }

  private cached(key: string, make: () => number): number {
    let id = this.cache.get(key);
    if (id === undefined) {
      id = make();
      this.cache.set(key, id);
    }
    return id;
  }

  private el(local: string, attrs: [string, string][] = [], children: El[] = []): El {
    return { name: this.prefix + local, attrs, children };
  }

  /** The xf a change starts from: the cell's own, or format 0 for a cell exceljs sees without one. */
  private base(xf: number): El {
    this.ensureDefaults();
    return this.xfs.el(xf) ?? (this.xfs.el(0) as El);
  }

  private fontOf(xf: El): El {
    return this.fonts.el(int(getAttr(xf, 'fontId'))) ?? this.el('font');
  }

  private xfWith(base: El, fontId: number | undefined, fillId: number | undefined): number {
    let el = base;
    if (fontId !== undefined && String(fontId) !== getAttr(base, 'fontId')) el = withAttr(withAttr(el, 'fontId', String(fontId)), 'applyFont', '1');
    if (fillId !== undefined && String(fillId) !== getAttr(base, 'fillId')) el = withAttr(withAttr(el, 'fillId', String(fillId)), 'applyFill', '1');
    const i = this.xfs.indexOf(el);
    if (this.byRest) this.indexRest(i);
    return i;
  }

  private fillIndex(fill: LookFill): number {
    if (fill.kind === 'none' || (fill.kind === 'pattern' && fill.pattern === 'none' && !fill.fg && !fill.bg)) {
      return this.fills.indexOf(fillEl({ kind: 'none' }, this.prefix));
    }
    return this.fills.indexOf(fillEl(fill, this.prefix));
  }

  /** What an xf is besides its look: every attribute and child but the font and fill, and its font but colour and weight. */
  private restKey(el: El): string {
    let rest = el;
    for (const name of ['fontId', 'fillId', 'applyFont', 'applyFill']) rest = withAttr(rest, name, undefined);
    // A font the list lacks reads as an empty one.
    const font = this.fonts.el(int(getAttr(el, 'fontId'))) ?? this.el('font');
    const plain = withFontChild(withFontChild(font, this.prefix, 'b', null), this.prefix, 'color', null);
    return `${canonical(rest)}\u0000${canonical(plain, fontOrder(this.prefix))}`;
  }

  private indexRest(i: number): void {
    const map = this.byRest as Map<string, number[]>;
    const key = this.restKey(this.xfs.el(i) as El);
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  }

  private sameRest(base: El): number[] {
    if (!this.byRest) {
      this.byRest = new Map();
      for (let i = 0; i < this.xfs.size; i++) this.indexRest(i);
    }
    return this.byRest.get(this.restKey(base)) ?? [];
  }

  /** Lists a new entry must not become entry 0 of (or fill 0/1, which Excel reserves) get their defaults first. */
  private ensureDefaults(): void {
    if (!this.fonts.size) this.fonts.push(this.el('font', [], [this.el('sz', [['val', '11']]), this.el('color', [['theme', '1']]), this.el('name', [['val', 'Calibri']]), this.el('family', [['val', '2']]), this.el('scheme', [['val', 'minor']])]));
    if (!this.fills.size) this.fills.push(fillEl({ kind: 'none' }, this.prefix));
    if (this.fills.size === 1) this.fills.push(fillEl({ kind: 'pattern', pattern: 'gray125' }, this.prefix));
    if (!this.borders.size) this.borders.push(this.el('border', [], ['left', 'right', 'top', 'bottom', 'diagonal'].map((n) => this.el(n))));
    if (!this.xfs.size) this.xfs.push(this.el('xf', [['numFmtId', '0'], ['fontId', '0'], ['fillId', '0'], ['borderId', '0'], ['xfId', '0']]));
  }

  /** A solid fill as exceljs writes one: the colour as given, no background colour. */
  private solidFill(argb: string): El {
    return this.el('fill', [], [this.el('patternFill', [['patternType', 'solid']], [this.el('fgColor', [['rgb', argb]])])]);
  }

  private thinBorder(): El {
    const side = (n: string) => this.el(n, [['style', 'thin']], [this.el('color', [['rgb', THIN_GREY]])]);
    return this.el('border', [], [side('left'), side('right'), side('top'), side('bottom'), this.el('diagonal')]);
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let max = FIRST_CUSTOM_FORMAT - 1;
    for (const [id, c] of this.formats) {
      if (c === code) return id;
      max = Math.max(max, id);
    }
    const id = max + 1;
    this.formats.set(id, code);
    this.numFmts.push(this.el('numFmt', [['numFmtId', String(id)], ['formatCode', code]]));
    return id;
  }
}
