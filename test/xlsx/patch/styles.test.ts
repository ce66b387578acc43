import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type ExcelJS from 'exceljs';
import { untouchedLook, type LookRecord } from '../../../src/core/look';
import { MARK_STYLES } from '../../../src/core/marks';
import type { MarkStyle } from '../../../src/core/host';
import type { Paint } from '../../../src/core/plan/marks';
import type { CellStyle } from '../../../src/core/sheet-model';
import { readDateStyles } from '../../../src/xlsx/fast-parts';
import { loadWorkbook } from '../../../src/xlsx/load';
import { copy, paintCell, readLook } from '../../../src/xlsx/look';
import { excelStyle } from '../../../src/xlsx/render';
import { Styles, type CellLook } from '../../../src/xlsx/patch/styles';
import { ZipReader } from '../../../src/xlsx/zip';
import { HOSTILE } from '../../hostile/cases';
import { bareStyles, cellsOf, formatBook, prefixedStyles, richStyles, uncountedStyles, xfCount } from './style-books';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');
/** The styles part of a package, inflated. */
function unzipStyles(bytes: Uint8Array): Uint8Array {
  const zip = new ZipReader(bytes, (data) => new Uint8Array(zlib.inflateRawSync(data)));
  return zip.read('xl/styles.xml');
}
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));

const VARIANTS: [string, () => string][] = [
  ['Excel-like, with theme, indexed, pattern and gradient looks', richStyles],
  ['prefixed <x:styleSheet>', prefixedStyles],
  ['without count attributes', uncountedStyles],
  ['bare: no number formats, no borders, an empty fill list', bareStyles],
];

function lookOf(cell: ExcelJS.Cell): CellLook {
  const l = readLook(cell);
  return { fill: l.fill, fontColor: l.fontColor, bold: l.bold } as CellLook;
}

/** Looks that show alike: no fill and the pattern "none"; a weight of false is written as none at all. */
function shown(look: CellLook): CellLook {
  const f = look.fill;
  const none = f.kind === 'none' || (f.kind === 'pattern' && f.pattern === 'none' && !f.fg && !f.bg);
  return { fill: none ? { kind: 'none' } : f, fontColor: look.fontColor, bold: look.bold === true ? true : null };
}

/** Everything of a format but the look a mark changes. */
function rest(cell: ExcelJS.Cell): unknown {
  const style = copy(cell.style) ?? {};
  const font: Record<string, unknown> = { ...(style.font ?? {}) };
  delete font.color;
  delete font.bold;
  return { numFmt: style.numFmt, alignment: style.alignment, border: style.border, protection: style.protection, font };
}

function paintFor(style: MarkStyle): Paint {
  const look = MARK_STYLES[style];
  return { sheet: '看', cell: 'A1', style, ...look, original: untouchedLook(), message: null };
}

const PAINTS: Paint[] = (Object.keys(MARK_STYLES) as MarkStyle[]).map(paintFor);

async function readableHostile(): Promise<[string, Uint8Array][]> {
  const out: [string, Uint8Array][] = [];
  for (const c of HOSTILE) {
    // Workbooks past what exceljs takes (12 MB) cannot be compared with it.
    if (!c.expect.read || c.expect.written || /inflates/.test(c.name)) continue;
    out.push([c.name, await c.bytes()]);
  }
  return out;
}

describe('Styles.look reads a format as exceljs reads a cell of it', () => {
  it('on every cell of the sample, the pasted sample and the readable hostile workbooks', async () => {
    const books: [string, Uint8Array][] = [
      ['tongbao-2023-09.xlsx', fixture('tongbao-2023-09.xlsx')],
      ['tongbao-2023-09-pasted.xlsx', fixture('tongbao-2023-09-pasted.xlsx')],
      ...(await readableHostile()),
    ];
    let compared = 0;
    for (const [name, bytes] of books) {
      const read = await cellsOf(bytes).catch(() => null);
      if (!read?.styles) continue;
      const { styles, cells } = read;
      const registry = new Styles(styles);
      const wb = await loadWorkbook(bytes, name);
      for (const c of cells) {
        const ws = wb.getWorksheet(c.sheet);
        if (!ws) continue;
        expect([name, c.ref, registry.look(c.xf)]).toEqual([name, c.ref, lookOf(ws.getCell(c.ref))]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('gives every format of the sample and the pasted sample back after mark then clear', () => {
    for (const name of ['tongbao-2023-09.xlsx', 'tongbao-2023-09-pasted.xlsx']) {
      const styles = /<styleSheet[\s\S]*/.exec(new TextDecoder().decode(unzipStyles(fixture(name))))?.[0] ?? '';
      const registry = new Styles(styles);
      for (let xf = 0; xf < xfCount(styles); xf++) {
        for (const paint of PAINTS) {
          const record: LookRecord = { ...untouchedLook(), ...registry.look(xf) };
          expect([name, xf, registry.restored(registry.painted(xf, paint), record)]).toEqual([name, xf, xf]);
        }
      }
    }
  });

  it.each(VARIANTS)('on every format of a styles part %s', async (_name, make) => {
    const styles = make();
    const n = xfCount(styles);
    const formats = [...Array(n).keys()];
    const ws = await formatBook(styles, formats);
    const registry = new Styles(styles);
    for (const f of formats) expect([f, registry.look(f)]).toEqual([f, lookOf(ws.getCell(`A${f + 1}`))]);
    // A cell of format 0, or of one the part does not have, has no style at all for exceljs.
    expect(registry.look(0)).toEqual({ fill: { kind: 'none' }, fontColor: { kind: 'auto' }, bold: null });
    expect(registry.look(n + 5)).toEqual(registry.look(0));
  });

  it('tells theme, tinted, indexed, pattern and gradient looks apart', () => {
    const registry = new Styles(richStyles());
    // Format 1 + font * 10 + fill: see style-books.
    const at = (font: number, fill: number) => registry.look(1 + font * 10 + fill);
    expect(at(2, 3)).toEqual({
      fill: { kind: 'pattern', pattern: 'solid', fg: { kind: 'theme', theme: 5, tint: 0.79998168889431442 }, bg: { kind: 'indexed', index: 64 } },
      fontColor: { kind: 'theme', theme: 4, tint: -0.249977111117893 },
      bold: null,
    });
    expect(at(1, 5).fill).toEqual({ kind: 'gradient', gradient: 'angle', degree: 90, stops: [{ position: 0, color: { kind: 'theme', theme: 0 } }, { position: 1, color: { kind: 'theme', theme: 4 } }] });
    expect(at(1, 5).bold).toBe(true);
    expect(at(3, 4)).toEqual({ fill: { kind: 'pattern', pattern: 'lightGrid', fg: { kind: 'indexed', index: 22 }, bg: { kind: 'rgb', rgb: 'C0C0C0' } }, fontColor: { kind: 'indexed', index: 10 }, bold: true });
    expect(at(4, 8)).toEqual({ fill: { kind: 'pattern', pattern: 'solid', fg: { kind: 'rgb', rgb: 'FF0000', alpha: '80' } }, fontColor: { kind: 'auto' }, bold: null });
  });
});

interface Case {
  from: number;
  paint: Paint;
  painted: number;
}

/** Paints every format with every mark style, then checks what exceljs reads of the new part. */
async function paintEvery(styles: string): Promise<{ registry: Styles; cases: Case[]; before: ExcelJS.Worksheet }> {
  const n = xfCount(styles);
  const formats = [...Array(n).keys()];
  const registry = new Styles(styles);
  const cases: Case[] = [];
  for (const paint of PAINTS) for (const from of formats) cases.push({ from, paint, painted: registry.painted(from, paint) });
  const before = await formatBook(styles, formats, true);
  return { registry, cases, before };
}

describe('Styles.painted gives the look paintCell gives, and keeps the rest of the format', () => {
  it.each(VARIANTS)('for every format of a styles part %s and every mark style', async (_name, make) => {
    const styles = make();
    const { registry, cases, before } = await paintEvery(styles);
    const after = registry.toXml();
    expect(after).not.toBeNull();
    const afterBook = await formatBook(after as string, cases.map((c) => c.painted), true);
    cases.forEach((c, k) => {
      const expected = before.getCell(`A${c.from + 1}`);
      const cell = copy(expected.style);
      const probe = { style: cell, note: undefined, value: null } as unknown as ExcelJS.Cell;
      paintCell(probe, { ...c.paint, message: null });
      const mine = afterBook.getCell(`A${k + 1}`);
      const want = { fill: readLook(probe).fill, fontColor: readLook(probe).fontColor, bold: readLook(probe).bold };
      // A cell of format 0 has no font for exceljs; painted with a fill only, it keeps the workbook's default font here.
      if (c.from === 0 && !c.paint.fontColor && !c.paint.bold) want.fontColor = lookOf(before.getCell('B1')).fontColor;
      expect([c.from, c.paint.style, lookOf(mine)]).toEqual([c.from, c.paint.style, want]);
      expect([c.from, rest(afterBook.getCell(`B${k + 1}`))]).toEqual([c.from, rest(before.getCell(`B${c.from + 1}`))]);
    });
  });

  it('reuses what it made: the same paint on the same format is one new format', () => {
    const registry = new Styles(richStyles());
    const n = xfCount(richStyles());
    const first = registry.painted(5, PAINTS[0] as Paint);
    expect(first).toBe(n);
    expect(registry.painted(5, PAINTS[0] as Paint)).toBe(first);
    const fresh = new Styles(richStyles());
    fresh.painted(5, PAINTS[0] as Paint);
    expect(new Styles(fresh.toXml() as string).painted(5, PAINTS[0] as Paint)).toBe(first);
  });
});

describe('Styles.restored puts the recorded look back', () => {
  it.each(VARIANTS)('mark then clear on every format of a styles part %s', async (_name, make) => {
    const styles = make();
    const { registry, cases, before } = await paintEvery(styles);
    const records = cases.map((c): LookRecord => ({ ...untouchedLook(), ...lookOf(before.getCell(`A${c.from + 1}`)) }));
    const back = cases.map((c, k) => registry.restored(c.painted, records[k] as LookRecord));
    const afterBook = await formatBook(registry.toXml() ?? styles, back, true);
    let same = 0;
    cases.forEach((c, k) => {
      const wanted = records[k] as LookRecord;
      const mine = back[k] as number;
      if (mine === c.from) same++;
      const got = mine === 0 ? lookOf(before.getCell('A1')) : lookOf(afterBook.getCell(`A${k + 1}`));
      expect([c.from, shown(got)]).toEqual([c.from, shown(wanted as unknown as CellLook)]);
      expect([c.from, rest(afterBook.getCell(`B${k + 1}`))]).toEqual([c.from, rest(before.getCell(`B${c.from + 1}`))]);
    });
    // Every format comes back as itself, whatever the paint.
    expect(same).toBe(cases.length);
  });

  it('leaves what the record says unchanged as it is', async () => {
    const styles = richStyles();
    const registry = new Styles(styles);
    const painted = registry.painted(24, PAINTS[0] as Paint);
    const fillOnly = registry.restored(painted, { ...untouchedLook(), fill: { kind: 'none' } });
    expect(registry.look(fillOnly)).toEqual({ ...registry.look(painted), fill: { kind: 'pattern', pattern: 'none' } });
    const boldOnly = registry.restored(painted, { ...untouchedLook(), bold: null });
    expect(registry.look(boldOnly)).toEqual({ ...registry.look(painted), bold: null });
  });

  it('restores a look the workbook never had (a record of another host)', async () => {
    const styles = richStyles();
    const registry = new Styles(styles);
    const look: LookRecord = {
      ...untouchedLook(),
      fill: { kind: 'gradient', gradient: 'path', center: { left: 0.5, top: 0.5 }, stops: [{ position: 0, color: { kind: 'indexed', index: 9 } }, { position: 1, color: { kind: 'theme', theme: 7, tint: 0.4 } }] },
      fontColor: { kind: 'theme', theme: 9, tint: -0.5 },
      bold: true,
    };
    const xf = registry.restored(30, look);
    const ws = await formatBook(registry.toXml() as string, [xf]);
    expect(lookOf(ws.getCell('A1'))).toEqual({ fill: look.fill, fontColor: look.fontColor, bold: true });
  });
});

describe('Styles.toXml changes nothing but the lists it appends to', () => {
  it.each(VARIANTS)('a styles part %s keeps every byte outside the new entries and counts', (_name, make) => {
    const styles = make();
    const registry = new Styles(styles);
    expect(registry.toXml()).toBeNull();
    for (const paint of PAINTS) registry.painted(3, paint);
    registry.forModel({ bold: true, numberFormat: '0.0%', border: true, fill: 'FFC6EFCE' }, true);
    const after = registry.toXml() as string;
    const norm = (s: string) => s.replace(/\scount="\d+"/g, '');
    // The part split where entries may be added: each piece is found, in order, in the new part.
    const opened = norm(styles).replace(/<((?:x:)?(?:numFmts|fonts|fills|borders|cellXfs))\s*\/>/g, '<$1></$1>');
    const pieces = opened.split(/(?=<\/(?:x:)?(?:numFmts|fonts|fills|borders|cellXfs)>)|(?=<(?:x:)?(?:fonts|fills|borders|cellStyleXfs|cellXfs|cellStyles|dxfs|tableStyles|colors|extLst)[\s/>])/);
    let at = 0;
    for (const piece of pieces) {
      const found = norm(after).indexOf(piece, at);
      expect(found).toBeGreaterThanOrEqual(at);
      at = found + piece.length;
    }
  });

  it('updates the counts of the lists it appends to', () => {
    const registry = new Styles(richStyles());
    registry.painted(3, PAINTS[0] as Paint);
    const after = registry.toXml() as string;
    for (const list of ['fonts', 'fills', 'cellXfs']) {
      const m = new RegExp(`<${list} count="(\\d+)"[^>]*>([\\s\\S]*?)</${list}>`).exec(after);
      const entry = list === 'cellXfs' ? 'xf' : list.slice(0, -1);
      expect(Number(m?.[1])).toBe((m?.[2]?.match(new RegExp(`<${entry}[\\s/>]`, 'g')) ?? []).length);
    }
  });
});

const MODEL_STYLES: (CellStyle | undefined)[] = [
  undefined,
  {},
  { bold: true, size: 16, horizontal: 'center', vertical: 'middle' },
  { border: true, wrap: true, vertical: 'top', horizontal: 'left' },
  { fill: 'FFC6EFCE', fontColor: 'FF006100', border: true },
  { numberFormat: '0.0%', border: true, horizontal: 'right' },
  { numberFormat: '0', size: 10 },
  { numberFormat: 'yyyy"年"m"月"' },
];

describe('Styles.forModel styles a generated cell as render.ts excelStyle does', () => {
  it.each(VARIANTS)('on a styles part %s', async (_name, make) => {
    const styles = make();
    const registry = new Styles(styles);
    const cases = MODEL_STYLES.flatMap((s) => [false, true].map((link) => ({ s, link, xf: registry.forModel(s, link) })));
    const ws = await formatBook(registry.toXml() ?? styles, cases.map((c) => c.xf), true);
    cases.forEach((c, k) => {
      const want = excelStyle(c.s, c.link);
      const got = copy(ws.getCell(`B${k + 1}`).style);
      const font = got.font ?? {};
      expect([k, font.bold, font.size, font.color, font.underline]).toEqual([k, want.font?.bold, want.font?.size ?? font.size, want.font?.color ?? font.color, want.font?.underline]);
      // Format 0's entries, no fill (the pattern "none") and an empty border, are what exceljs writes for none.
      const fill = got.fill?.type === 'pattern' && got.fill.pattern === 'none' ? undefined : got.fill;
      const border = got.border && Object.keys(got.border).length ? got.border : undefined;
      expect([k, fill, got.alignment, border, got.numFmt]).toEqual([k, want.fill, want.alignment, want.border, want.numFmt]);
    });
    // New fonts carry the workbook's default font name.
    const named = ws.getCell(`B${cases.findIndex((c) => c.s?.bold) + 1}`).style.font?.name;
    expect(named).toBe(/<(?:x:)?name val="([^"]+)"/.exec(styles)?.[1]);
  });
});

describe('Styles.isDate', () => {
  it.each(VARIANTS.filter(([name]) => !name.startsWith('prefixed')))('agrees with the fast reader on every format of a styles part %s, and on the formats it adds', (_name, make) => {
    const registry = new Styles(make());
    for (const numberFormat of ['yyyy"年"m"月"d"日"', '0.0%', 'mm-dd-yy', '[h]:mm:ss']) registry.forModel({ numberFormat }, false);
    const after = registry.toXml() as string;
    const dates = readDateStyles(after);
    expect(dates.length).toBe(xfCount(after));
    expect(dates.some(Boolean)).toBe(true);
    dates.forEach((date, xf) => expect([xf, registry.isDate(xf)]).toEqual([xf, date]));
  });
});
