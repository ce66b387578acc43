import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../../src/cli/main';
import { check } from '../../../src/core/check';
import { fixesFor } from '../../../src/core/fixes';
import { LEDGER_SHEET } from '../../../src/core/ledger';
import { marksFor } from '../../../src/core/marks';
import { reportSheet } from '../../../src/core/report-sheet';
import type { SheetSnapshot } from '../../../src/core/snapshot';
import { buildSummaries } from '../../../src/core/summary';
import { openCopy, type CopyHost } from '../../../src/xlsx/copy-host';
import { XlsxHost } from '../../../src/xlsx/host';
import { zlibDeflateRaw, zlibInflateRawAsync } from '../../../src/xlsx/node-io';
import { PackageHost } from '../../../src/xlsx/patch/host';
import { checkPackage, packageOf, parseStrict, resolve } from './package-check';
import { buildBook, REAL_BOOKS, type RealBook } from './real-books';

/**
 * Workbooks as Excel and WPS write them, through every command that writes a copy and through the
 * package host itself: each copy a sound package; every part Tongbao has no business in copied as
 * stored; every cell of the user's sheets the same, read by the fast reader and by exceljs; marks off
 * and fixes undone to the cell's own style index and text; notes, the drawing's button, defined
 * names and the tab shown kept on the sheets they belong to.
 */

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongbao-real-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

async function tongbao(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

const read = (file: string) => new Uint8Array(fs.readFileSync(file));

async function opened(bytes: Uint8Array, macros = false): Promise<CopyHost> {
  const { host, unkept } = await openCopy(bytes, 'book.xlsx', zlibInflateRawAsync, zlibDeflateRaw);
  // Every book here is one the package editor takes on itself: nothing is left out but macros, which an .xlsx cannot hold.
  expect(host).toBeInstanceOf(PackageHost);
  expect(unkept).toEqual(macros ? ['宏'] : []);
  return host;
}

/** Each sheet's values, by name: the fast reader's and the spreadsheet model's. */
async function values(bytes: Uint8Array, modelReads = true): Promise<{ fast: Map<string, SheetSnapshot['values']>; model: Map<string, SheetSnapshot['values']> | null }> {
  const fast = (await (await PackageHost.open(bytes, zlibInflateRawAsync, zlibDeflateRaw)).readSnapshot()).sheets;
  // exceljs cannot load notes stored as openpyxl stores them; such a book is compared by the fast reader alone.
  const model = modelReads ? (await (await XlsxHost.open(bytes, 'model')).readSnapshot()).sheets : null;
  return { fast: new Map(fast.map((s) => [s.name, s.values])), model: model && new Map(model.map((s) => [s.name, s.values])) };
}

/** The workbook's sheets in order with their parts, defined names by the sheet they belong to, and the tab shown. */
function bookOf(bytes: Uint8Array) {
  const pkg = packageOf(bytes);
  const book = parseStrict(pkg.text('xl/workbook.xml'));
  const rels = parseStrict(pkg.text('xl/_rels/workbook.xml.rels'));
  if (typeof book === 'string' || typeof rels === 'string') throw new Error('workbook not well-formed');
  const targets = new Map(rels.children.map((r) => [r.attrs.Id!, resolve('xl/workbook.xml', r.attrs.Target!)]));
  const sheets = (book.children.find((c) => c.name === 'sheets')?.children ?? []).map((s) => ({
    name: s.attrs.name!,
    state: s.attrs.state ?? 'visible',
    part: targets.get(s.relAttrs[0]!)!,
  }));
  const names = (book.children.find((c) => c.name === 'definedNames')?.children ?? []).map((d) => {
    const local = d.attrs.localSheetId;
    return `${d.attrs.name}@${local === undefined ? '' : sheets[Number(local)]?.name}=${d.text}`;
  });
  const view = book.children.find((c) => c.name === 'bookViews')?.children[0];
  return { pkg, sheets, names, active: sheets[Number(view?.attrs.activeTab ?? 0)]?.name };
}

/** The stored (compressed) bytes of every entry. */
function storedOf(bytes: Uint8Array): Map<string, Buffer> {
  const { zip, names } = packageOf(bytes);
  return new Map(names.map((n) => [n, Buffer.from(zip.stored(n).data)]));
}

/** What the central directory says of every entry, in its order. */
function recordsOf(bytes: Uint8Array): Map<string, string> {
  const { zip } = packageOf(bytes);
  return new Map(zip.records().map((r) => [r.name, JSON.stringify([r.method, r.crc, r.size, r.compressedSize, r.modified, r.flags, r.externalAttributes])]));
}

/** The `s` attribute of every cell of a worksheet, by reference. */
function cellStyles(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c\s([^>]*?)\/?>/g)) {
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1]!)?.[1];
    if (ref) out.set(ref, /\bs="(\d+)"/.exec(m[1]!)?.[1] ?? '0');
  }
  return out;
}

/** Each cell's <f> element, by reference. */
function formulasOf(xml: string): string[] {
  return [...xml.matchAll(/<c\s[^>]*\br="([A-Z]+\d+)"[^>]*>(?:(?!<\/c>)[\s\S])*?(<f[\s>/][\s\S]*?(?:<\/f>|\/>))/g)].map((m) => `${m[1]} ${m[2]}`);
}

interface Original {
  formulas: Map<string, string[]>;
  bytes: Uint8Array;
  file: string;
  stored: Map<string, Buffer>;
  values: Awaited<ReturnType<typeof values>>;
  book: ReturnType<typeof bookOf>;
  reportPart: string;
  notes: string[];
}

/**
 * The report sheet's notes as a user sees them: cell, author and each run's text with its font
 * properties (in any order, as CT_RPrElt allows); a note in one plain <t> is one run without them.
 */
function notesOf(bytes: Uint8Array, reportPart: string): string[] {
  const pkg = packageOf(bytes);
  const rels = parseStrict(pkg.text(reportPart.replace(/([^/]*)$/, '_rels/$1.rels')));
  if (typeof rels === 'string') throw new Error(rels);
  const rel = rels.children.find((r) => r.attrs.Type!.endsWith('/comments'));
  if (!rel) return [];
  const comments = parseStrict(pkg.text(resolve(reportPart, rel.attrs.Target!)));
  if (typeof comments === 'string') throw new Error(comments);
  const authors = comments.children.find((c) => c.name === 'authors')?.children.map((a) => a.text) ?? [];
  const list = comments.children.find((c) => c.name === 'commentList')?.children ?? [];
  return list.map((c) => {
    const text = c.children.find((t) => t.name === 'text')!;
    const runs = text.children.map((r) => {
      if (r.name === 't') return JSON.stringify([r.text]);
      const props = (r.children.find((p) => p.name === 'rPr')?.children ?? []).map((p) => `${p.name}${JSON.stringify(p.attrs)}`).sort();
      return JSON.stringify([r.children.find((t) => t.name === 't')?.text ?? '', ...props]);
    });
    return `${c.attrs.ref} ${authors[Number(c.attrs.authorId)]}: ${runs.join(' ')}`;
  });
}

/** The report sheet's notes' drawing, and whether the button shape is in it. */
function buttonKept(bytes: Uint8Array, reportPart: string): boolean {
  const pkg = packageOf(bytes);
  const relsName = reportPart.replace(/([^/]*)$/, '_rels/$1.rels');
  const rels = parseStrict(pkg.text(relsName));
  if (typeof rels === 'string') return false;
  const vml = rels.children.find((r) => r.attrs.Type!.endsWith('/vmlDrawing'));
  return !!vml && /<x:ClientData ObjectType="Button">[\s\S]*\[0\]!汇总/.test(pkg.text(resolve(reportPart, vml.attrs.Target!)));
}

let entriesCompared = 0;
let scenarios = 0;
afterAll(() => {
  // The figures of this battery, for whoever reads the test output.
  process.stdout.write(`real books: ${REAL_BOOKS.length} workbooks, ${scenarios} scenarios, ${entriesCompared} entries compared byte for byte\n`);
});

/**
 * Every entry of the original the copy has no business in is there with the same stored bytes;
 * `touched` names those it may rewrite, and `gone` those it may leave out.
 */
function expectUntouched(o: Original, bytes: Uint8Array, touched: readonly string[], gone: readonly string[] = []): void {
  const after = storedOf(bytes);
  // Macros cannot stay in an .xlsx: a macro workbook's copy leaves them out (the command says so).
  gone = [...gone, 'xl/vbaProject.bin', 'xl/_rels/vbaProject.bin.rels', 'xl/vbaProjectSignature.bin'];
  const folded = new Set(touched.map((t) => t.toLowerCase()));
  const records = recordsOf(bytes);
  const before = recordsOf(o.bytes);
  const kept: string[] = [];
  for (const [name, data] of o.stored) {
    if (folded.has(name.toLowerCase())) continue;
    if (gone.includes(name) && !after.has(name)) continue;
    // The same compressed bytes, method, CRC, sizes, time and attributes.
    expect([name, after.get(name)?.equals(data), records.get(name)]).toEqual([name, true, before.get(name)]);
    kept.push(name);
    entriesCompared++;
  }
  // In the same order.
  expect([...records.keys()].filter((n) => kept.includes(n))).toEqual(kept);
}

async function expectSound(o: Original, bytes: Uint8Array): Promise<void> {
  expect(checkPackage(bytes)).toEqual([]);
  const now = bookOf(bytes);
  // Defined names still name the sheets they named, the same tab is shown, no sheet lost or shown.
  for (const name of o.book.names) expect(now.names).toContain(name);
  expect(now.active).toBe(o.book.active);
  for (const s of o.book.sheets) expect(now.sheets.find((n) => n.name === s.name)).toEqual(s);
  // Every formula of the user's sheets, shared and array ones included, as it was written.
  for (const s of o.book.sheets) expect([s.name, formulasOf(now.pkg.text(now.sheets.find((n) => n.name === s.name)!.part))]).toEqual([s.name, o.formulas.get(s.name)]);
  // Every cell of every sheet of the user's, as both readers see it.
  const v = await values(bytes, o.values.model !== null);
  for (const s of o.book.sheets) {
    expect([s.name, v.fast.get(s.name)]).toEqual([s.name, o.values.fast.get(s.name)]);
    if (v.model) expect([s.name, v.model.get(s.name)]).toEqual([s.name, o.values.model?.get(s.name)]);
  }
}

const PLUMBING = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];

describe.each(REAL_BOOKS.map((b): [string, RealBook] => [b.name, b]))('%s', (_name, b) => {
  let o: Original;
  const at = (suffix: string) => path.join(dir, `${REAL_BOOKS.indexOf(b)}-${suffix}.xlsx`);
  let noteParts: string[] = [];
  let hasButton = true;
  beforeAll(async () => {
    const bytes = await b.bytes();
    const file = at('in');
    fs.writeFileSync(file, bytes);
    const book = bookOf(bytes);
    const reportPart = book.sheets.find((s) => s.name === b.options.report)!.part;
    // Names in any case: the book may store them in another case than its relationships name them.
    noteParts = [reportPart, reportPart.replace(/([^/]*)$/, '_rels/$1.rels'), 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'xl/comments/comment1.xml', 'xl/drawings/commentsDrawing1.vml'];
    hasButton = (b.options.notes ?? 'notes') !== 'none';
    const formulas = new Map(book.sheets.map((s) => [s.name, formulasOf(book.pkg.text(s.part))]));
    o = { formulas, bytes, file, stored: storedOf(bytes), values: await values(bytes, !b.options.openpyxlNotes), book, reportPart, notes: notesOf(bytes, reportPart) };
  });

  it('is a sound package the package editor takes on itself', async () => {
    expect(checkPackage(o.bytes, !b.options.macros)).toEqual([]);
    await opened(o.bytes, b.options.macros);
    expect(o.notes).toHaveLength((b.options.notes ?? 'notes') === 'notes' ? 2 : 0);
  });

  it('mark, then clear: the marks come off to each cell’s own style index, notes and button kept', async () => {
    scenarios++;
    const r = await tongbao(['mark', o.file, '-o', at('mark'), '--force']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const marked = read(at('mark'));
    await expectSound(o, marked);
    expectUntouched(o, marked, [...PLUMBING, ...noteParts]);
    expect(buttonKept(marked, o.reportPart)).toBe(hasButton);
    // The user's own notes are still there beside the marks' (D6 carries a mark: its note is the mark's now).
    expect(notesOf(marked, o.reportPart).length).toBeGreaterThanOrEqual(o.notes.length);

    // Marked again on the marked copy: the old marks come off first, and one clear still gives back the original.
    scenarios++;
    const again = await tongbao(['mark', at('mark'), '-o', at('mark2'), '--force']);
    expect([again.code, again.err]).toEqual([0, []]);
    const twice = await opened(read(at('mark2')));
    await twice.clearMarks();
    const clearedTwice = await twice.save();
    await expectSound(o, clearedTwice);
    expect(notesOf(clearedTwice, o.reportPart)).toEqual(o.notes);
    expect(cellStyles(packageOf(clearedTwice).text(o.reportPart))).toEqual(cellStyles(packageOf(o.bytes).text(o.reportPart)));

    const host = await opened(marked);
    if (b.options.macros) expect(r.out.join('\n')).toContain('注意：原文件中的宏不会保留在生成的副本中');
    await host.clearMarks();
    const cleared = await host.save();
    await expectSound(o, cleared);
    expectUntouched(o, cleared, [...PLUMBING, ...noteParts]);
    expect(buttonKept(cleared, o.reportPart)).toBe(hasButton);
    expect(notesOf(cleared, o.reportPart)).toEqual(o.notes);
    const before = cellStyles(packageOf(o.bytes).text(o.reportPart));
    const after = cellStyles(packageOf(cleared).text(o.reportPart));
    for (const [ref, s] of before) expect([ref, after.get(ref)]).toEqual([ref, s]);
  });

  it('fix, then undo: every cell back as it was', async () => {
    scenarios++;
    const r = await tongbao(['fix', o.file, '-o', at('fix'), '--force']);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const fixed = read(at('fix'));
    expect(checkPackage(fixed)).toEqual([]);
    expectUntouched(o, fixed, [...PLUMBING, o.reportPart]);
    expect((await values(fixed, false)).fast.get(b.options.report)).not.toEqual(o.values.fast.get(b.options.report));
    const host = await opened(fixed);
    expect(await host.undoFixes()).toBeGreaterThan(0);
    const undone = await host.save();
    await expectSound(o, undone);
    expectUntouched(o, undone, [...PLUMBING, o.reportPart]);
  });

  /** The generated sheets of a copy, in tab order. */
  const generated = (bytes: Uint8Array) => bookOf(bytes).sheets.filter((s) => !o.book.sheets.some((u) => u.name === s.name));

  it('summarize twice: the second run redraws its own sheets in place', async () => {
    scenarios += 2;
    const first = await tongbao(['summarize', o.file, '-o', at('sum1'), '--force']);
    expect([first.code, first.err]).toEqual([0, []]);
    const once = read(at('sum1'));
    await expectSound(o, once);
    expectUntouched(o, once, PLUMBING);
    const made = generated(once);
    expect(made.map((s) => s.name)).toContain(LEDGER_SHEET);
    expect(made.length).toBeGreaterThan(2);
    // The summaries follow the report, before the sheets that came after it.
    const names = bookOf(once).sheets.map((s) => s.name);
    expect(names.indexOf('数据 & 名单')).toBe(names.indexOf(b.options.report) + made.length);

    const second = await tongbao(['summarize', at('sum1'), '-o', at('sum2'), '--force']);
    expect([second.code, second.err]).toEqual([0, []]);
    const twice = read(at('sum2'));
    await expectSound(o, twice);
    expectUntouched(o, twice, PLUMBING, ['xl/calcChain.xml']);
    expect(generated(twice).map((s) => s.name)).toEqual(made.map((s) => s.name));
  });

  it('summarize after the user deleted a generated sheet: it comes back, nothing else moves', async () => {
    scenarios++;
    const once = read(at('sum1'));
    const victim = generated(once).find((s) => s.name !== LEDGER_SHEET && s.name !== '汇总')!;
    fs.writeFileSync(at('deleted'), await deleteSheet(once, victim.name));
    expect(checkPackage(read(at('deleted')))).toEqual([]);
    const r = await tongbao(['summarize', at('deleted'), '-o', at('sum3'), '--force']);
    expect([r.code, r.err]).toEqual([0, []]);
    const again = read(at('sum3'));
    await expectSound(o, again);
    expectUntouched(o, again, PLUMBING, ['xl/calcChain.xml']);
    expect(generated(again).map((s) => s.name).sort()).toEqual(generated(once).map((s) => s.name).sort());
  });

  it('mark, summarize the marked copy, then the copy to send upward: the user\'s workbook again', async () => {
    scenarios++;
    expect((await tongbao(['mark', o.file, '-o', at('m-first'), '--force'])).code).toBe(0);
    const r = await tongbao(['summarize', at('m-first'), '-o', at('m-sum'), '--force']);
    expect([r.code, r.err]).toEqual([0, []]);
    const both = read(at('m-sum'));
    await expectSound(o, both);
    const host = await opened(both);
    await host.removeOurs();
    const upward = await host.save();
    await expectSound(o, upward);
    expect(generated(upward)).toEqual([]);
    expect(notesOf(upward, o.reportPart)).toEqual(o.notes);
    expect(buttonKept(upward, o.reportPart)).toBe(hasButton);
    const before = cellStyles(packageOf(o.bytes).text(o.reportPart));
    const after = cellStyles(packageOf(upward).text(o.reportPart));
    for (const [ref, st] of before) expect([ref, after.get(ref)]).toEqual([ref, st]);
    expectUntouched(o, upward, [...PLUMBING, ...noteParts, 'xl/sharedStrings.xml'], ['xl/calcChain.xml']);
  });

  it('through the package host itself: marks, summaries, fixes, undo and clear in one session', async () => {
    scenarios++;
    const host = await opened(o.bytes, b.options.macros);
    const report = check(await host.readSnapshot(), {});
    await host.applyMarks(marksFor(report.findings));
    await host.writeSheets([reportSheet({ sheet: report.sheet, title: report.title, month: report.month, tasks: report.tasks.length, findings: report.findings })], { after: report.sheet ?? undefined });
    await host.writeSheets(buildSummaries(report, { by: 'both', order: 'status', reserved: await host.userSheetNames() }).sheets, { after: report.sheet ?? undefined });
    const result = await host.applyFixes(fixesFor(report));
    expect(result.applied.length).toBeGreaterThan(0);
    const mid = await host.save();
    expect(checkPackage(mid)).toEqual([]);
    expect(bookOf(mid).active).toBe(o.book.active);
    await host.undoFixes();
    await host.clearMarks();
    const back = await host.save();
    await expectSound(o, back);
    expectUntouched(o, back, [...PLUMBING, ...noteParts]);
    expect(notesOf(back, o.reportPart)).toEqual(o.notes);
    await host.removeOurs();
    const upward = await host.save();
    await expectSound(o, upward);
    expect(generated(upward)).toEqual([]);
  });
});

it('a workbook whose sheet list the text editor cannot read is handed to the spreadsheet model when opened, not half-way', async () => {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await buildBook({ style: 'excel', report: '9月', activeTab: 2 }));
  // Spaces around "=" are XML, but the text reader declines them.
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', book.replace(/localSheetId="/g, 'localSheetId = "'));
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  const { host } = await openCopy(bytes, 'book.xlsx', zlibInflateRawAsync, zlibDeflateRaw);
  expect(host).toBeInstanceOf(XlsxHost);
  const file = path.join(dir, 'spaced.xlsx');
  fs.writeFileSync(file, bytes);
  const r = await tongbao(['summarize', file, '-o', path.join(dir, 'spaced-out.xlsx'), '--force']);
  expect([r.code, r.err]).toEqual([0, []]);
});

/**
 * The workbook after a user deleted one sheet in Excel: its entry, relationship, part, content type
 * and sheet-local names gone; positions after it one lower.
 */
async function deleteSheet(bytes: Uint8Array, name: string): Promise<Uint8Array> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(bytes);
  const { sheets } = bookOf(bytes);
  const index = sheets.findIndex((s) => s.name === name);
  const part = sheets[index]!.part;
  let book = await zip.file('xl/workbook.xml')!.async('string');
  const element = new RegExp(`<sheet [^>]*name="${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`).exec(book)!;
  const rId = /r:id="([^"]+)"/.exec(element[0])![1]!;
  book = book.replace(element[0], '');
  book = book.replace(new RegExp(`<definedName [^>]*localSheetId="${index}"[^>]*>[^<]*</definedName>`, 'g'), '');
  book = book.replace(/(localSheetId|activeTab)="(\d+)"/g, (m, a: string, n: string) => (Number(n) > index ? `${a}="${Number(n) - 1}"` : m));
  zip.file('xl/workbook.xml', book);
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(new RegExp(`<Relationship Id="${rId}"[^>]*/>`), ''));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), ''));
  zip.remove(part);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

describe('the hostile workbooks that are read', () => {
  it('each copy mark and summarize write is a sound package, through the package host or the spreadsheet model', async () => {
    const { HOSTILE } = await import('../../hostile/cases');
    let checked = 0;
    const hosts = new Set<string>();
    for (const c of HOSTILE) {
      if (!c.expect.read || c.expect.written) continue;
      const bytes = await c.bytes();
      const { host } = await openCopy(bytes, 'book.xlsx', zlibInflateRawAsync, zlibDeflateRaw);
      hosts.add(host instanceof PackageHost ? 'package' : 'model');
      const input = path.join(dir, `hostile-${checked}.xlsx`);
      fs.writeFileSync(input, bytes);
      for (const command of ['mark', 'summarize']) {
        const output = path.join(dir, `hostile-${checked}-${command}.xlsx`);
        expect([c.name, command, (await tongbao([command, input, '-o', output, '--force'])).code]).toEqual([c.name, command, 0]);
        expect([c.name, command, checkPackage(read(output))]).toEqual([c.name, command, []]);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
    expect([...hosts].sort()).toEqual(['model', 'package']);
  });
});
