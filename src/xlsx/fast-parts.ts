import type { CellValue } from '../core/snapshot';
import { attr, attrValue, tagEnd, tagName, tags, textOf, unescapeX, xmlDecodeAgain } from './xml-text';
import { Unsupported } from './zip';

/** The workbook-level parts the fast reader needs, read as exceljs reads them. */

/**
 * Where the root element starts, after checking it is the unprefixed, transitional `root`: strict
 * OOXML and prefixed SpreadsheetML are left to exceljs.
 */
export function rootAt(xml: string, root: string): number {
  let first = 0;
  if (xml.startsWith('<?xml')) first = xml.indexOf('?>') + 2;
  first = xml.indexOf('<', first);
  if (first === -1 || tagName(xml, first + 1) !== root) throw new Unsupported(`root element is not <${root}>`);
  if (xml.slice(first, tagEnd(xml, first)).indexOf('purl.oclc.org/ooxml') !== -1) throw new Unsupported('strict OOXML');
  return first;
}

/** Refuses what a scan by tag name could misread: DTDs, comments, CDATA, processing instructions. */
export function noDeclarations(xml: string): void {
  if (xml.indexOf('<!') !== -1 || xml.indexOf('<?') !== -1) throw new Unsupported('DTD, comment, CDATA or processing instruction');
}

/** A small part scanned by tag name: its root checked and no declarations anywhere in it. */
export function plainXml(xml: string, root: string): number {
  const at = rootAt(xml, root);
  noDeclarations(xml.slice(at));
  return at;
}

function region(xml: string, name: string): [number, number] | null {
  for (const [at, gt] of tags(xml, name)) {
    if (xml.charCodeAt(gt - 1) === 0x2f) return [gt, gt];
    const close = xml.indexOf(`</${name}>`, gt);
    if (close === -1) throw new Unsupported(`unterminated <${name}>`);
    return [at, close];
  }
  return null;
}

export interface SheetEntry {
  name: string;
  rId: string;
}

/** Sheets in tab order, as exceljs orders them (position in <sheets>, ids unique). */
export function readWorkbook(xml: string): SheetEntry[] {
  plainXml(xml, 'workbook');
  for (const [at, gt] of tags(xml, 'workbookPr')) {
    if (attrValue(xml, at, gt, 'date1904') === '1') throw new Unsupported('1904 date system');
  }
  const sheets = region(xml, 'sheets');
  if (!sheets) throw new Unsupported('no <sheets>');
  const out: SheetEntry[] = [];
  const ids = new Set<number>();
  for (const [at, gt] of tags(xml, 'sheet', sheets[0], sheets[1])) {
    const name = attrValue(xml, at, gt, 'name');
    const id = parseInt(attrValue(xml, at, gt, 'sheetId') ?? '', 10);
    const rId = attrValue(xml, at, gt, 'r:id');
    if (name === undefined || rId === undefined || !(id >= 1) || ids.has(id)) throw new Unsupported('sheet entry');
    ids.add(id);
    // exceljs decodes the already-decoded name once more.
    out.push({ name: xmlDecodeAgain(name), rId });
  }
  return out;
}

/** Relationship id → target, from xl/_rels/workbook.xml.rels. */
export function readRels(xml: string): Map<string, string> {
  plainXml(xml, 'Relationships');
  const out = new Map<string, string>();
  for (const [at, gt] of tags(xml, 'Relationship')) {
    const id = attrValue(xml, at, gt, 'Id');
    const target = attrValue(xml, at, gt, 'Target');
    if (id === undefined || target === undefined || out.has(id)) throw new Unsupported('relationship');
    out.set(id, target);
  }
  return out;
}

/** exceljs's isDateFmt, to the letter. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

/** Built-in number formats exceljs knows as dates: only these, not every id Excel reserves for dates. */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

/** For each cell style (index into <cellXfs>), whether exceljs turns its numbers into dates. */
export function readDateStyles(xml: string): boolean[] {
  plainXml(xml, 'styleSheet');
  const custom = new Map<number, string>();
  const fmts = region(xml, 'numFmts');
  if (fmts) {
    for (const [at, gt] of tags(xml, 'numFmt', fmts[0], fmts[1])) {
      const id = parseInt(attrValue(xml, at, gt, 'numFmtId') ?? '', 10);
      const code = attrValue(xml, at, gt, 'formatCode');
      if (code === undefined) throw new Unsupported('number format without a code');
      custom.set(id, code.replace(/[\\](.)/g, '$1'));
    }
  }
  const xfs = region(xml, 'cellXfs');
  if (!xfs) throw new Unsupported('no <cellXfs>');
  const out: boolean[] = [];
  for (const [at, gt] of tags(xml, 'xf', xfs[0], xfs[1])) {
    const id = parseInt(attr(xml, at, gt, 'numFmtId') ?? '', 10);
    if (!id) out.push(false);
    else {
      const code = custom.get(id);
      out.push(code ? isDateFormat(code) : builtInDate(id));
    }
  }
  return out;
}

/**
 * Shared strings as plain values. exceljs keeps a plain <t> with its _xHHHH_ escapes decoded, or the
 * runs of rich text (joined here, as read.ts joins them); phonetic runs are dropped.
 */
export function readSharedStrings(xml: string): CellValue[] {
  // No declaration scan: the walk below refuses any tag it does not know, <!-- and <? included.
  let pos = rootAt(xml, 'sst');
  const out: CellValue[] = [];
  let si = -1;
  let text: string | undefined;
  let runs: string[] | null = null;
  let inRun = false;
  let runText: string | undefined;
  let capture = false;
  let buf = '';
  for (;;) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1) break;
    if (capture && lt > pos) buf += textOf(xml.slice(pos, lt));
    const closing = xml.charCodeAt(lt + 1) === 0x2f;
    const name = tagName(xml, closing ? lt + 2 : lt + 1);
    const gt = tagEnd(xml, lt);
    pos = gt + 1;
    const empty = !closing && xml.charCodeAt(gt - 1) === 0x2f;
    if (closing) {
      if (name === 't') {
        if (!capture) throw new Unsupported('</t> out of place');
        capture = false;
        const t = unescapeX(buf);
        if (inRun) runText = t;
        else text = t;
      } else if (name === 'r') {
        if (!inRun) throw new Unsupported('</r> out of place');
        inRun = false;
        if (runText !== undefined) (runs ??= []).push(runText);
        else runs ??= [];
      } else if (name === 'si') endSi();
      else if (name !== 'sst') throw new Unsupported(`</${name}> in shared strings`);
      continue;
    }
    if (capture) throw new Unsupported(`<${name}> inside <t>`);
    switch (name) {
      case 'sst':
        break;
      case 'si':
        if (si !== -1) throw new Unsupported('nested <si>');
        si = out.length;
        text = undefined;
        runs = null;
        if (empty) endSi();
        break;
      case 't':
        if (si === -1) throw new Unsupported('<t> outside <si>');
        if (inRun ? runText !== undefined : text !== undefined || runs !== null) throw new Unsupported('mixed string content');
        buf = '';
        if (empty) {
          if (inRun) runText = '';
          else text = '';
        } else capture = true;
        break;
      case 'r':
        if (si === -1 || inRun || text !== undefined) throw new Unsupported('mixed string content');
        inRun = true;
        runText = undefined;
        if (empty) {
          inRun = false;
          runs ??= [];
        }
        break;
      case 'rPr':
      case 'rPh': {
        if (name === 'rPr' ? !inRun : inRun || si === -1) throw new Unsupported(`<${name}> out of place`);
        if (!empty) {
          const close = xml.indexOf(`</${name}>`, gt);
          if (close === -1) throw new Unsupported(`unterminated <${name}>`);
          pos = close + name.length + 3;
        }
        break;
      }
      case 'phoneticPr':
        if (!empty) throw new Unsupported('<phoneticPr> with content');
        break;
      default:
        throw new Unsupported(`<${name}> in shared strings`);
    }
  }
  if (si !== -1 || capture) throw new Unsupported('unterminated shared strings');
  return out;

  function endSi(): void {
    if (si === -1 || inRun || capture) throw new Unsupported('</si> out of place');
    out.push(text !== undefined ? text : runs !== null ? runs.join('') : null);
    si = -1;
  }
}
