import type { TextRun } from '../../core/look';
import type { CellValue } from '../../core/snapshot';
import { rootAt } from '../fast-parts';
import { tagEnd } from '../xml-text';
import { Unsupported } from '../zip';
import { Ints } from './ints';
import { excelRunsToTextRuns, readStringItem, textElement } from './runs-xml';

/**
 * The shared string table of a package, read lazily: one pass records where each <si> lies (two
 * numbers a string), and an item is parsed only when a cell asks for it. Strings a writer must
 * keep exactly (see SheetXml) are appended; the table's text is then rewritten by toXml.
 */

const SST_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export class SharedStrings {
  /** Where the inside of item i starts and ends; an empty <si/> has start === end. */
  private readonly starts = new Ints();
  private readonly ends = new Ints();
  private readonly added: string[] = [];
  private readonly addedAt = new Map<string, number>();
  private readonly xml: string;
  /** Index of the '<' of </sst>, where new items go; -1 when the part is <sst/> or absent. */
  private readonly closeAt: number;

  constructor(xml: string | null) {
    this.xml = xml ?? '';
    this.closeAt = xml === null ? -1 : this.index(xml);
  }

  /** Records each <si>'s inside; the items are parsed later, one by one. */
  private index(xml: string): number {
    const root = rootAt(xml, 'sst');
    const rootGt = tagEnd(xml, root);
    if (xml.charCodeAt(rootGt - 1) === 0x2f) return -1;
    let pos = rootGt + 1;
    for (;;) {
      const at = xml.indexOf('<si', pos);
      if (at === -1) break;
      const c = xml.charCodeAt(at + 3);
      if (c !== 0x3e && c !== 0x2f && c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) {
        pos = at + 3;
        continue;
      }
      const gt = tagEnd(xml, at);
      if (xml.charCodeAt(gt - 1) === 0x2f) {
        this.starts.push(gt + 1);
        this.ends.push(gt + 1);
        pos = gt + 1;
        continue;
      }
      const close = xml.indexOf('</si>', gt);
      if (close === -1) throw new Unsupported('unterminated <si>');
      this.starts.push(gt + 1);
      this.ends.push(close);
      pos = close + 5;
    }
    const close = xml.lastIndexOf('</sst>');
    if (close === -1) throw new Unsupported('unterminated shared strings');
    return close;
  }

  /** How many strings the table holds, those appended included. */
  get count(): number {
    return this.starts.length + this.added.length;
  }

  get changed(): boolean {
    return this.added.length > 0;
  }

  private check(i: number): void {
    if (!(Number.isInteger(i) && i >= 0 && i < this.count)) throw new Unsupported('shared string index');
  }

  /**
   * The string as the fast reader gives it: a plain text with its _xHHHH_ escapes decoded, rich
   * text joined, an item with neither null.
   */
  value(i: number): CellValue {
    this.check(i);
    if (i >= this.starts.length) return this.added[i - this.starts.length] as string;
    const item = readStringItem(this.xml, this.starts.get(i), this.ends.get(i), true);
    if (item.text !== undefined) return item.text;
    if (item.runs === null) return null;
    let out = '';
    for (const run of item.runs) if (run.text !== undefined) out += run.text;
    return out;
  }

  /** The string's text; '' for an item with none. */
  text(i: number): string {
    const v = this.value(i);
    return v === null ? '' : String(v);
  }

  /**
   * The runs of a rich item as XlsxHost reads them; null for a plain one, and for runs the core
   * cannot take as runs (exceljs then gives none either).
   */
  runs(i: number): TextRun[] | null {
    this.check(i);
    if (i >= this.starts.length) return null;
    const item = readStringItem(this.xml, this.starts.get(i), this.ends.get(i), true);
    if (item.text !== undefined || item.runs === null) return null;
    return excelRunsToTextRuns(item.runs);
  }

  /** Appends a plain string (once, however often it is asked for), returning its index. */
  add(text: string): number {
    const known = this.addedAt.get(text);
    if (known !== undefined) return known;
    this.added.push(text);
    this.addedAt.set(text, this.count - 1);
    return this.count - 1;
  }

  /**
   * The table with the appended strings, counts updated; null when nothing was added. A workbook
   * that had no table gets a whole new part (its relationship and content type are the caller's).
   */
  toXml(): string | null {
    if (!this.added.length) return null;
    const items = this.added.map((t) => `<si>${textElement(t)}</si>`).join('');
    const n = this.count;
    if (this.closeAt === -1) {
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${SST_NS}" count="${n}" uniqueCount="${n}">${items}</sst>`;
    }
    const root = rootAt(this.xml, 'sst');
    const gt = tagEnd(this.xml, root);
    const head = this.xml.slice(root, gt).replace(/(\s(?:count|uniqueCount)=)(["'])\d*\2/g, (_m, name: string) => `${name}"${name.includes('unique') ? n : this.totalCount()}"`);
    return this.xml.slice(0, root) + head + this.xml.slice(gt, this.closeAt) + items + this.xml.slice(this.closeAt);
  }

  /** The count attribute (references to the table) after the additions: each added string is used once. */
  private totalCount(): number {
    const root = rootAt(this.xml, 'sst');
    const tag = this.xml.slice(root, tagEnd(this.xml, root));
    const m = /\scount=["'](\d+)["']/.exec(tag);
    return (m ? Number(m[1]) : this.starts.length) + this.added.length;
  }
}
