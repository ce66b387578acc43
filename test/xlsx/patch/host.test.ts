import * as fs from 'fs';
import * as path from 'path';
import type { Fix, Mark } from '../../../src/core/host';
import { LEDGER_SHEET } from '../../../src/core/ledger';
import { buildSummaries } from '../../../src/core/summary';
import { check } from '../../../src/core/check';
import { readSnapshotFast } from '../../../src/xlsx/fast-read';
import { XlsxHost } from '../../../src/xlsx/host';
import { readLedger, writeLedger } from '../../../src/xlsx/ledger-sheet';
import { encodeLook, parseLook } from '../../../src/core/look';
import { openCopy } from '../../../src/xlsx/copy-host';
import { zlibDeflateRaw, zlibInflateRaw, zlibInflateRawAsync } from '../../../src/xlsx/node-io';
import { PackageHost } from '../../../src/xlsx/patch/host';
import { storeZip } from '../../../src/xlsx/zip-write';
import { ZipReader } from '../../../src/xlsx/zip';

jest.setTimeout(60_000);

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'tongbao-2023-09.xlsx');
const SHEET = '9月';

const openPackage = (bytes: Uint8Array) => PackageHost.open(bytes, zlibInflateRawAsync, zlibDeflateRaw);
const openModel = (bytes: Uint8Array) => XlsxHost.open(bytes, 'model');

/** The sample with a user's own look on D5 (fill, italic 仿宋), a note on E5 and rich text in F5. */
async function decorated(): Promise<Uint8Array> {
  const host = await openModel(new Uint8Array(fs.readFileSync(FIXTURE)));
  const ws = host.workbook.getWorksheet(SHEET)!;
  const d5 = ws.getCell('D5');
  d5.style = { ...d5.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.4 } as never }, font: { name: '仿宋', size: 12, italic: true } };
  ws.getCell('E5').note = '请与区发改局核对';
  ws.getCell('B7').value = { richText: [{ text: '郭', font: { bold: true, color: { argb: 'FFFF0000' } } }, { text: ' 克华' }] };
  ws.getCell('C7').value = { formula: 'B7&""', result: '郭 克华' };
  return host.save();
}

const marks: Mark[] = [
  { sheet: SHEET, cell: 'D5', style: 'error', note: '【错误】完成状态不规范' },
  { sheet: SHEET, cell: 'E5', style: 'warning', note: '【警告】姓名有空格' },
  { sheet: SHEET, cell: 'D9', style: 'light-red', note: '【红灯】本月目标未完成。' },
  { sheet: SHEET, cell: 'H200', style: 'info', note: '【提示】空白单元格' },
];

/** What a user sees of a cell, read through exceljs: style, note and value. */
async function looks(bytes: Uint8Array, cells: string[]): Promise<unknown[]> {
  const host = await openModel(bytes);
  const ws = host.workbook.getWorksheet(SHEET)!;
  return cells.map((ref) => {
    const c = ws.getCell(ref);
    return JSON.parse(JSON.stringify({ style: c.style, note: c.note ?? null, value: c.value }));
  });
}

/** Entries whose stored bytes differ between two packages, and entries only one of them has. */
function changedEntries(before: Uint8Array, after: Uint8Array): string[] {
  const a = new ZipReader(before, zlibInflateRaw);
  const b = new ZipReader(after, zlibInflateRaw);
  const out = new Set<string>();
  for (const name of a.names()) {
    if (!b.has(name)) out.add(`-${name}`);
    else if (Buffer.compare(Buffer.from(a.stored(name).data), Buffer.from(b.stored(name).data)) !== 0) out.add(name);
  }
  for (const name of b.names()) if (!a.has(name)) out.add(`+${name}`);
  return [...out].sort();
}

/** Cells that had a style of their own, compared style for style; H200 had none (see below). */
const cells = ['D5', 'E5', 'D9', 'D6', 'B7', 'C7'];

/**
 * An empty cell's look as the user sees it. Painted through the package, it takes the workbook's
 * default font with the mark's colour (exceljs writes the colour alone), so once cleared it carries
 * that default font by name: the same look, spelled out.
 */
async function emptyLook(bytes: Uint8Array): Promise<unknown> {
  const host = await openModel(bytes);
  const c = host.workbook.getWorksheet(SHEET)!.getCell('H200');
  const fill = c.fill && c.fill.type === 'pattern' && c.fill.pattern === 'none' ? undefined : c.fill;
  return { fill, color: c.font?.color, bold: c.font?.bold, note: c.note ?? null, value: c.value };
}

/** Values of every sheet, an empty string read as no value (generated sheets may write either). */
function values(bytes: Uint8Array): unknown {
  return readSnapshotFast(bytes, zlibInflateRaw).sheets.map((sheet) => ({
    ...sheet,
    values: sheet.values.map((row) => {
      const cells = (row ?? []).map((v) => (v === '' ? null : v));
      while (cells.length && cells[cells.length - 1] === null) cells.pop();
      return cells;
    }),
  }));
}

describe('PackageHost marks', () => {
  it('marks as the spreadsheet model does, and clears back exactly, also after save and reopen', async () => {
    const input = await decorated();
    const before = await looks(input, cells);
    const empty = await emptyLook(input);
    const host = await openPackage(input);
    await host.applyMarks(marks);
    const marked = await host.save();
    const model = await openModel(input);
    await model.applyMarks(marks);
    const modelMarked = await model.save();
    expect(readSnapshotFast(marked, zlibInflateRaw)).toEqual(readSnapshotFast(modelMarked, zlibInflateRaw));
    expect(await looks(marked, cells)).toEqual(await looks(modelMarked, cells));
    expect(readLedger((await openModel(marked)).workbook).marks).toEqual(readLedger((await openModel(modelMarked)).workbook).marks);
    expect((await openModel(marked)).workbook.getWorksheet(LEDGER_SHEET)!.state).toBe('veryHidden');

    const again = await openPackage(marked);
    await again.clearMarks();
    const cleared = await again.save();
    expect(await looks(cleared, cells)).toEqual(before);
    expect(await emptyLook(cleared)).toEqual(empty);
  });

  it('a workbook marked by one host is cleared exactly by the other', async () => {
    const input = await decorated();
    const before = await looks(input, cells);
    const empty = await emptyLook(input);
    const byPackage = await openPackage(input);
    await byPackage.applyMarks(marks);
    const model = await openModel(await byPackage.save());
    await model.clearMarks();
    const clearedByModel = await model.save();
    expect(await looks(clearedByModel, cells)).toEqual(before);
    expect(await emptyLook(clearedByModel)).toEqual(empty);

    const byModel = await openModel(input);
    await byModel.applyMarks(marks);
    const pkg = await openPackage(await byModel.save());
    await pkg.clearMarks();
    const clearedByPackage = await pkg.save();
    expect(await looks(clearedByPackage, cells)).toEqual(before);
    expect(await emptyLook(clearedByPackage)).toEqual(empty);
  });

  it('rewrites only the parts marking changes; every other part is copied byte for byte', async () => {
    const input = await decorated();
    const host = await openPackage(input);
    await host.applyMarks(marks);
    const output = await host.save();
    const changed = changedEntries(input, output);
    // Every cell of every sheet the user had reads as before: marking changes looks, not values.
    const sheets = readSnapshotFast(output, zlibInflateRaw).sheets;
    for (const sheet of readSnapshotFast(input, zlibInflateRaw).sheets) expect(sheets.find((s) => s.name === sheet.name)).toEqual(sheet);
    const allowed = /^[+]?(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/;
    expect(changed.filter((name) => !allowed.test(name))).toEqual([]);
    expect(changed).toContain('xl/styles.xml');
  });

  it('keeps parts the spreadsheet model would drop (macros, custom XML, pictures) as they were', async () => {
    const zip = new ZipReader(await decorated(), zlibInflateRaw);
    const extra: [string, Uint8Array][] = [
      ['xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4])],
      ['customXml/item1.xml', new TextEncoder().encode('<root>宏与图表</root>')],
    ];
    const input = storeZip([...zip.names().map((n): [string, Uint8Array] => [n, zip.read(n)]), ...extra]);
    const host = await openPackage(input);
    await host.applyMarks(marks);
    const out = new ZipReader(await host.save(), zlibInflateRaw);
    for (const [name, data] of extra) expect(Buffer.from(out.read(name))).toEqual(Buffer.from(data));
  });
});

describe('PackageHost and input prompts', () => {
  it('a workbook whose marks were left in input prompts (by an Excel without notes) is opened by the spreadsheet model, which puts them back', async () => {
    const model = await openModel(await decorated());
    await model.applyMarks(marks);
    const ledger = readLedger(model.workbook);
    const prompt = { showPrompt: false, title: '', message: '', validation: 'None' };
    ledger.marks = ledger.marks.map((m) => ({ ...m, original: encodeLook({ ...parseLook(m.original)!, note: 'unchanged', prompt }) }));
    writeLedger(model.workbook, ledger);
    const withPrompts = await model.save();
    expect((await openCopy(withPrompts, 'p.xlsx', zlibInflateRawAsync, zlibDeflateRaw)).host).toBeInstanceOf(XlsxHost);
    // Without a prompt in the record, the same workbook is edited as a package.
    expect((await openCopy(await (await openModel(await decorated())).save(), 'n.xlsx', zlibInflateRawAsync, zlibDeflateRaw)).host).toBeInstanceOf(PackageHost);
  });
});

describe('PackageHost limits', () => {
  it('a copy that would pass the zip format without zip64 is refused in one Chinese line, nothing half-written', async () => {
    const zip = new ZipReader(await decorated(), zlibInflateRaw);
    const filler = Array.from({ length: 65_534 - zip.names().length }, (_, i): [string, Uint8Array] => [`customXml/f${i}.bin`, new Uint8Array([i & 0xff])]);
    const host = await PackageHost.open(storeZip([...zip.names().map((n): [string, Uint8Array] => [n, zip.read(n)]), ...filler]), zlibInflateRawAsync, zlibDeflateRaw, '满.xlsx');
    await host.applyMarks(marks);
    await expect(host.save()).rejects.toThrow(/^“满\.xlsx”写出的副本将超过 4 GB 或 65,535 个部件/);
  });
});

describe('PackageHost fixes', () => {
  const fixes: Fix[] = [
    { sheet: SHEET, cell: 'B7', from: '郭 克华', to: '郭克华', rule: 'leader.variant' },
    { sheet: SHEET, cell: 'C7', from: '郭 克华', to: '郭克华', rule: 'leader.variant' },
  ];

  it('never writes a formula, and undo puts rich text back run for run', async () => {
    const input = await decorated();
    const before = await looks(input, ['B7', 'C7']);
    const host = await openPackage(input);
    const result = await host.applyFixes(fixes);
    expect(result.applied.map((f) => f.cell)).toEqual(['B7']);
    expect(result.manual?.map((f) => f.cell)).toEqual(['C7']);
    const fixed = await host.save();
    const [b7] = (await looks(fixed, ['B7'])) as { value: unknown }[];
    expect(b7?.value).toBe('郭克华');
    const again = await openPackage(fixed);
    expect(await again.undoFixes()).toBe(1);
    expect(await looks(await again.save(), ['B7', 'C7'])).toEqual(before);
  });

  it('a text no inline string carries alike (an escape written literally) reads back as written, and undo puts the old one back', async () => {
    const input = await decorated();
    const host = await openPackage(input);
    const from = (await host.readSnapshot()).sheets.find((s) => s.name === SHEET)!.values[7]![1] as string;
    const to = `${from}_x0041_`;
    const result = await host.applyFixes([{ sheet: SHEET, cell: 'B8', from, to, rule: 'status.nonstandard' }]);
    expect(result.applied).toHaveLength(1);
    const fixed = await host.save();
    expect(((await looks(fixed, ['B8'])) as { value: unknown }[])[0]?.value).toBe(to);
    expect(readSnapshotFast(fixed, zlibInflateRaw).sheets.find((s) => s.name === SHEET)!.values[7]![1]).toBe(to);
    const again = await openPackage(fixed);
    expect(await again.undoFixes()).toBe(1);
    expect(((await looks(await again.save(), ['B8'])) as { value: unknown }[])[0]?.value).toBe(from);
  });

  it('fixes exactly as the spreadsheet model does', async () => {
    const input = await decorated();
    const host = await openPackage(input);
    const model = await openModel(input);
    expect(await host.applyFixes(fixes)).toEqual(await model.applyFixes(fixes));
    expect(readSnapshotFast(await host.save(), zlibInflateRaw)).toEqual(readSnapshotFast(await model.save(), zlibInflateRaw));
  });
});

describe('PackageHost sheets', () => {
  async function summaries(bytes: Uint8Array) {
    const snapshot = readSnapshotFast(bytes, zlibInflateRaw);
    const report = check(snapshot, {});
    return { report, summary: buildSummaries(report, { by: 'leader', order: 'status', reserved: [] }) };
  }

  it('writes the summary sheets the spreadsheet model writes, after the report, the tab shown unchanged', async () => {
    const input = await decorated();
    const { report, summary } = await summaries(input);
    const host = await openPackage(input);
    const written = await host.writeSheets(summary.sheets, { after: report.sheet ?? undefined });
    const model = await openModel(input);
    expect(written).toEqual(await model.writeSheets(summary.sheets, { after: report.sheet ?? undefined }));
    const out = await host.save();
    expect(values(out)).toEqual(values(await model.save()));
    const names = (await openModel(out)).workbook.worksheets.map((ws) => ws.name);
    expect(names[0]).toBe(SHEET);
    expect(names[names.length - 1]).toBe(LEDGER_SHEET);
  });

  it('writing twice reuses its own sheets and never takes a sheet the user made', async () => {
    const input = await decorated();
    const { summary } = await summaries(input);
    const first = await openPackage(input);
    const written = await first.writeSheets(summary.sheets);
    const once = await first.save();
    const second = await openPackage(once);
    expect((await second.writeSheets(summary.sheets)).every((w) => w.replaced)).toBe(true);
    const twice = await second.save();
    expect(values(twice)).toEqual(values(once));

    // The user deletes a generated sheet and makes their own of that name.
    const model = await openModel(once);
    const taken = written[1]!.name;
    model.workbook.removeWorksheet(model.workbook.getWorksheet(taken)!.id);
    model.workbook.addWorksheet(taken).getCell('A1').value = '我自己的表';
    const third = await openPackage(await model.save());
    const again = await third.writeSheets(summary.sheets);
    expect(again[1]!.name).not.toBe(taken);
    const mine = (await openModel(await third.save())).workbook.getWorksheet(taken)!;
    expect(mine.getCell('A1').value).toBe('我自己的表');
  });
});
