import * as zlib from 'zlib';
import { storeZip } from '../../src/xlsx/zip-write';
import { buildPackage, type PackageParts } from '../xlsx/package';

/**
 * A generator of hostile and unusual workbooks: each one a file Excel opens (or a file that only
 * pretends to be a workbook), built part by part so the test decides every byte that matters.
 */

export type Expect =
  /** The report is read: every command succeeds (or, with `written`, check reads it and the commands that write refuse with that line). */
  | { read: true; tasks: number; written?: RegExp }
  /** Every command refuses with one line matching this. */
  | { read: false; line: RegExp };

export interface HostileCase {
  name: string;
  bytes: () => Promise<Uint8Array>;
  expect: Expect;
}

const HEADER = ['序号', '年度目标任务', '9月份目标任务', '完成情况', '分管区领导', '责任单位'];

/** A small report of several offices' wording: some finished, some not, one nonstandard label. */
export const REPORT_ROWS: string[][] = [
  ['2023年重点工作9月份完成情况通报表'],
  HEADER,
  ['1', '全年完成固定资产投资100亿元', '累计完成投资75亿元', '完成。累计完成投资76亿元', '郭克华', '区发改局（牵头）'],
  ['2', '新增市场主体2000户', '新增市场主体1500户', '部分完成。新增市场主体1200户', '崔赞', '区市场监管局'],
  ['3', '建成污水处理厂一座', '完成主体工程', '未完成。主体工程正在施工', '高晋', '区住建局'],
  ['4', '引进大学生500人', '累计引进大学生375人', '已完成。累计引进大学生380人', '郭克华 崔赞', '区人社局、区教体局'],
];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function columnLetters(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export interface SheetXmlOptions {
  /** Leave out the r attribute of rows and cells. */
  noRefs?: boolean;
  /** Element name prefix, e.g. "x:". */
  prefix?: string;
}

/** <sheetData> with inline strings, numbers where the text is a whole number. */
export function sheetData(rows: readonly (readonly string[])[], o: SheetXmlOptions = {}): string {
  const p = o.prefix ?? '';
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((v, c) => {
          const ref = o.noRefs ? '' : ` r="${columnLetters(c)}${r + 1}"`;
          if (/^\d+$/.test(v)) return `<${p}c${ref}><${p}v>${v}</${p}v></${p}c>`;
          return `<${p}c${ref} t="inlineStr"><${p}is><${p}t>${escapeXml(v)}</${p}t></${p}is></${p}c>`;
        })
        .join('');
      return `<${p}row${o.noRefs ? '' : ` r="${r + 1}"`}>${cells}</${p}row>`;
    })
    .join('');
  return `<${p}sheetData>${body}</${p}sheetData>`;
}

/** A one-sheet report package, with `extra` after the sheet data (merges, say). */
export function report(extra = '', parts: Partial<PackageParts> = {}): Promise<Uint8Array> {
  return buildPackage({ sheets: [['9月', sheetData(REPORT_ROWS) + extra]], ...parts });
}

/** The zip's entries as [name, bytes], read with the project's own reader. */
export async function entriesOf(bytes: Uint8Array): Promise<[string, Uint8Array][]> {
  const { ZipReader } = await import('../../src/xlsx/zip');
  const zip = new ZipReader(bytes, (d) => zlib.inflateRawSync(d));
  return zip.names().filter((n) => !n.endsWith('/')).map((n) => [n, zip.read(n)]);
}

/** The same package with its entries renamed or replaced. */
export async function rewritten(bytes: Uint8Array, edit: (name: string, data: Uint8Array) => [string, Uint8Array][]): Promise<Uint8Array> {
  const out: [string, Uint8Array][] = [];
  for (const [name, data] of await entriesOf(bytes)) out.push(...edit(name, data));
  return storeZip(out);
}

const text = (data: Uint8Array) => new TextDecoder().decode(data);
const bytesOf = (s: string) => new TextEncoder().encode(s);

/**
 * A raw deflate stream of `head`, then `size` spaces, then `tail`: independent sync-flushed streams
 * concatenate into one, so the spaces are deflated a megabyte at a time and never held whole.
 */
function paddedDeflate(head: string, size: number, tail: string): Uint8Array {
  const flush = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const slice = zlib.deflateRawSync(Buffer.alloc(1 << 20, 0x20), flush);
  const chunks: Buffer[] = [zlib.deflateRawSync(Buffer.from(head), flush)];
  for (let done = 0; done < size; done += 1 << 20) chunks.push(slice);
  chunks.push(zlib.deflateRawSync(Buffer.from(tail)));
  return new Uint8Array(Buffer.concat(chunks));
}

/** A report whose worksheet part inflates to `size` bytes more than it holds: whitespace before </worksheet>. */
async function inflateBomb(size: number): Promise<Uint8Array> {
  const entries = await entriesOf(await report());
  const { crc32 } = await import('../../src/xlsx/zip-write');
  return deflatedZip(
    entries.map(([n, d]): [string, Uint8Array] | [string, Uint8Array, number, 1] => {
      if (n !== 'xl/worksheets/sheet1.xml') return [n, d];
      const xml = text(d);
      const cut = xml.lastIndexOf('</worksheet>');
      return [n, paddedDeflate(xml.slice(0, cut), size, xml.slice(cut)), crc32(new Uint8Array(0)), 1];
    }),
  );
}

/** A zip whose entries may be given pre-deflated ([name, data, crc, 1]) or plain. */
function deflatedZip(entries: ([string, Uint8Array] | [string, Uint8Array, number, 1])[]): Uint8Array {
  const stored = storeZip(entries.map(([n, d]) => [n, d]));
  // Mark the pre-deflated entries as deflated: method 8 in both headers, a small declared size.
  const b = new Uint8Array(stored);
  const view = new DataView(b.buffer);
  const names = entries.filter((e) => e.length === 4).map((e) => e[0]);
  for (let i = 0; i + 4 <= b.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 || sig === 0x02014b50) {
      const central = sig === 0x02014b50;
      const nameLen = view.getUint16(i + (central ? 28 : 26), true);
      const nameAt = i + (central ? 46 : 30);
      const name = new TextDecoder().decode(b.subarray(nameAt, nameAt + nameLen));
      if (names.includes(name)) {
        view.setUint16(i + (central ? 10 : 8), 8, true);
        view.setUint32(i + (central ? 24 : 22), 1000, true);
      }
      i = nameAt + nameLen - 1;
    }
  }
  return b;
}

export { text, bytesOf, inflateBomb };
