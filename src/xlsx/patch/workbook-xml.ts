import { xmlDecodeAgain, attr, attrValue, tags } from '../xml-text';
import { escapeAttr } from './opc';

/**
 * xl/workbook.xml edited as text: the sheet list, the tab shown on opening, and the defined names
 * that point at sheets by position (print titles). Anything not named here stays byte for byte.
 */

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  rId: string;
  state: SheetState;
  /** The <sheet> element: [index of '<', index after its end]. */
  span: [number, number];
}

/** Elements that follow <sheets> in CT_Workbook, in order, up to where <definedNames> goes. */
const BEFORE_DEFINED_NAMES = ['functionGroups', 'externalReferences'];

export class WorkbookXml {
  constructor(private xml: string) {}

  toXml(): string {
    return this.xml;
  }

  sheets(): WorkbookSheet[] {
    const region = this.region('sheets');
    if (!region) return [];
    const out: WorkbookSheet[] = [];
    for (const [at, gt] of tags(this.xml, 'sheet', region[0], region[1])) {
      const x = this.xml;
      const state = attrValue(x, at, gt, 'state');
      out.push({
        // As the fast reader and exceljs read it: the decoded name decoded once more.
        name: xmlDecodeAgain(attrValue(x, at, gt, 'name') ?? ''),
        sheetId: parseInt(attrValue(x, at, gt, 'sheetId') ?? '0', 10),
        rId: attrValue(x, at, gt, 'r:id') ?? '',
        state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
        span: [at - '<sheet'.length, gt + 1],
      });
    }
    return out;
  }

  /**
   * Adds a sheet at a tab position. Defined names local to a sheet, the active tab and the first tab
   * shown count sheets by position, so those at or after it move up one and still name the same sheet.
   */
  insert(index: number, sheet: { name: string; rId: string; state?: SheetState }): void {
    const sheets = this.sheets();
    const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
    const state = sheet.state && sheet.state !== 'visible' ? ` state="${sheet.state}"` : '';
    const element = `<sheet name="${escapeAttr(sheet.name)}" sheetId="${sheetId}"${state} r:id="${sheet.rId}"/>`;
    const at = index < sheets.length ? sheets[index]!.span[0] : this.sheetsEnd();
    this.xml = this.xml.slice(0, at) + element + this.xml.slice(at);
    if (index < sheets.length) this.shiftPositions(index);
  }

  private sheetsEnd(): number {
    const close = this.xml.indexOf('</sheets>');
    if (close === -1) throw new Error('workbook without <sheets>');
    return close;
  }

  private shiftPositions(from: number): void {
    const bump = (name: string, value: string | undefined): string | null => {
      const n = value === undefined ? NaN : parseInt(value, 10);
      return n >= from ? ` ${name}="${n + 1}"` : null;
    };
    this.rewriteAttr('definedName', 'localSheetId', bump);
    this.rewriteAttr('workbookView', 'activeTab', bump);
    this.rewriteAttr('workbookView', 'firstSheet', bump);
  }

  /** Rewrites one attribute on every element of a name; `change` gives the new ` name="value"` or null to keep it. */
  private rewriteAttr(element: string, name: string, change: (name: string, value: string | undefined) => string | null): void {
    let out = '';
    let last = 0;
    for (const [at, gt] of tags(this.xml, element)) {
      const raw = attr(this.xml, at, gt, name);
      const next = change(name, raw);
      if (next === null) continue;
      const head = this.xml.slice(at, gt);
      const pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
      const replaced = raw === undefined ? next + head : head.replace(pattern, next);
      out += this.xml.slice(last, at) + replaced;
      last = gt;
    }
    this.xml = out + this.xml.slice(last);
  }

  /**
   * Takes a sheet out of the list, with the defined names local to it; names, the active tab and the
   * first tab shown after it move down one and still name the same sheet.
   */
  remove(index: number): void {
    const sheet = this.sheets()[index];
    if (!sheet) return;
    this.xml = this.xml.slice(0, sheet.span[0]) + this.xml.slice(sheet.span[1]);
    this.removeLocalNames(index);
    const count = this.sheets().length;
    const down = (name: string, value: string | undefined): string | null => {
      const n = value === undefined ? NaN : parseInt(value, 10);
      if (!(n > index)) return null;
      return ` ${name}="${n - 1}"`;
    };
    this.rewriteAttr('definedName', 'localSheetId', down);
    this.rewriteAttr('workbookView', 'firstSheet', down);
    this.rewriteAttr('workbookView', 'activeTab', (name, value) => {
      const n = value === undefined ? 0 : parseInt(value, 10);
      if (n > index) return ` ${name}="${n - 1}"`;
      // The tab shown was the one removed: Excel then opens the first sheet.
      return n === index || n >= count ? ` ${name}="0"` : null;
    });
  }

  private removeLocalNames(index: number): void {
    for (;;) {
      let found: [number, number] | null = null;
      for (const [at, gt] of tags(this.xml, 'definedName')) {
        if (attr(this.xml, at, gt, 'localSheetId') !== String(index)) continue;
        found = [at, gt];
        break;
      }
      if (!found) return;
      this.cutDefinedName(found[0], found[1]);
    }
  }

  private cutDefinedName(at: number, gt: number): void {
    const start = at - '<definedName'.length;
    const end = this.xml.charCodeAt(gt - 1) === 0x2f ? gt + 1 : this.xml.indexOf('</definedName>', gt) + '</definedName>'.length;
    this.xml = this.xml.slice(0, start) + this.xml.slice(end);
  }

  setState(name: string, state: SheetState): void {
    const sheet = this.sheets().find((s) => s.name === name);
    if (!sheet || sheet.state === state) return;
    const [start, end] = sheet.span;
    let element = this.xml.slice(start, end).replace(/\sstate\s*=\s*(?:"[^"]*"|'[^']*')/, '');
    if (state !== 'visible') element = element.replace(/^<sheet/, `<sheet state="${state}"`);
    this.xml = this.xml.slice(0, start) + element + this.xml.slice(end);
  }

  /**
   * Reads every attribute this class edits, so a workbook it cannot edit (an attribute written in a
   * form the text reader declines) is known when the package is opened, not half-way through a change.
   */
  assertReadable(): void {
    this.sheets();
    for (const [element, names] of [
      ['definedName', ['name', 'localSheetId']],
      ['workbookView', ['activeTab', 'firstSheet']],
    ] as const) {
      for (const [at, gt] of tags(this.xml, element)) for (const name of names) attr(this.xml, at, gt, name);
    }
  }

  /** The tab shown when the workbook opens (0 when the workbook does not say). */
  activeTab(): number {
    for (const [at, gt] of tags(this.xml, 'workbookView')) return parseInt(attr(this.xml, at, gt, 'activeTab') ?? '0', 10) || 0;
    return 0;
  }

  setActiveTab(index: number): void {
    if (!this.region('bookViews') && ![...tags(this.xml, 'workbookView')].length) {
      const at = this.xml.indexOf('<sheets');
      this.xml = this.xml.slice(0, at) + `<bookViews><workbookView activeTab="${index}"/></bookViews>` + this.xml.slice(at);
      return;
    }
    let first = true;
    this.rewriteAttr('workbookView', 'activeTab', (name) => {
      const out = first ? ` ${name}="${index}"` : null;
      first = false;
      return out;
    });
    // The first tab shown must not lie past the active one, or Excel scrolls it out of sight.
    this.rewriteAttr('workbookView', 'firstSheet', (name, value) => (parseInt(value ?? '0', 10) > index ? ` ${name}="0"` : null));
  }

  /** Sets (or with null removes) the print titles of the sheet at a tab position. */
  setPrintTitles(index: number, value: string | null): void {
    this.removeDefinedName('_xlnm.Print_Titles', index);
    if (value === null) return;
    const element = `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeText(value)}</definedName>`;
    const close = this.xml.indexOf('</definedNames>');
    if (close !== -1) {
      this.xml = this.xml.slice(0, close) + element + this.xml.slice(close);
      return;
    }
    const at = this.definedNamesAt();
    this.xml = this.xml.slice(0, at) + `<definedNames>${element}</definedNames>` + this.xml.slice(at);
  }

  private removeDefinedName(name: string, index: number): void {
    for (const [at, gt] of tags(this.xml, 'definedName')) {
      if (attrValue(this.xml, at, gt, 'name') !== name || attr(this.xml, at, gt, 'localSheetId') !== String(index)) continue;
      this.cutDefinedName(at, gt);
      return;
    }
  }

  /** Where a new <definedNames> goes: after <sheets> and the elements CT_Workbook puts between. */
  private definedNamesAt(): number {
    let at = this.sheetsEnd() + '</sheets>'.length;
    for (const name of BEFORE_DEFINED_NAMES) {
      const region = this.region(name);
      if (region) at = Math.max(at, this.xml.indexOf('>', region[1]) + 1);
    }
    return at;
  }

  /** [index after the start tag's '>', index of the end tag] of the first element of the name. */
  private region(name: string): [number, number] | null {
    for (const [, gt] of tags(this.xml, name)) {
      if (this.xml.charCodeAt(gt - 1) === 0x2f) return [gt + 1, gt + 1];
      const close = this.xml.indexOf(`</${name}>`, gt);
      return close === -1 ? null : [gt + 1, close];
    }
    return null;
  }
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
