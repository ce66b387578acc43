import ExcelJS from 'exceljs';
import * as zlib from 'zlib';
import type { NoteLook } from '../../../src/core/look';
import { readSnapshotFast } from '../../../src/xlsx/fast-read';
import { snapshotWorkbook } from '../../../src/xlsx/read';
import { NOTE_AUTHOR, SheetNotes } from '../../../src/xlsx/patch/notes';
import { Unsupported } from '../../../src/xlsx/zip';
import {
  BUTTON_ONLY_VML,
  CELLS,
  EXCEL_BUTTON,
  EXCEL_COMMENTS,
  EXCEL_VML,
  EXCEL_VML_WITH_BUTTON,
  PLAIN_COMMENTS,
  WPS_COMMENTS,
  WPS_VML,
} from './notes-fixtures';
import { exceljsNotes, exceljsWorkbook, notesPackage, partsOf, SHEET, xmlFault } from './notes-package';

const REFS = CELLS.map(([ref]) => ref);
const inflate = (data: Uint8Array) => zlib.inflateRawSync(data);

function readAll(notes: SheetNotes): Record<string, NoteLook | null> {
  return Object.fromEntries(REFS.map((ref) => [ref, notes.get(ref)]));
}

/** The package after the edits, as exceljs reads its notes. */
async function afterEdits(notes: SheetNotes): Promise<Record<string, NoteLook | null>> {
  return exceljsNotes(await notesPackage(CELLS, notes.commentsXml(), notes.vmlXml()), REFS);
}

function shapeCount(vml: string | null, objectType = 'Note'): number {
  return (vml ?? '').split(`ObjectType="${objectType}"`).length - 1;
}

const MESSAGE: NoteLook = { text: '完成时间晚于截止日期，请核实后填写' };

describe('SheetNotes reads notes as XlsxHost reads them through exceljs', () => {
  it.each([
    ['Excel 2016', EXCEL_COMMENTS, EXCEL_VML],
    ['WPS', WPS_COMMENTS, WPS_VML],
  ])('in a workbook written by %s', async (_writer, comments, vml) => {
    const expected = await exceljsNotes(await notesPackage(CELLS, comments, vml), REFS);
    expect(readAll(SheetNotes.read(comments, vml))).toEqual(expected);
    expect(Object.values(expected).filter((n) => n !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('in a workbook written by exceljs', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    for (const [ref, text] of CELLS) ws.getCell(ref).value = text;
    ws.getCell('B2').note = '纯文本批注\n第二行';
    ws.getCell('D3').note = { texts: [{ text: '加粗', font: { bold: true, size: 9, name: '宋体', color: { argb: 'FFFF0000' } } }, { text: ' 普通' }] } as ExcelJS.Comment;
    const { comments, vml } = await partsOf(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const notes = SheetNotes.read(comments, vml);
    expect(readAll(notes)).toEqual(await exceljsNotes(await notesPackage(CELLS, comments, vml), REFS));
    expect(notes.get('B2')).toEqual({ text: '纯文本批注\n第二行' });
  });

  it('keeps the runs, their fonts and the escaped carriage return of Excel notes', () => {
    const notes = SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML);
    expect(notes.get('B2')?.runs?.map((r) => r.text)).toEqual(['张三:', '\n请核对完成时间 <9月底> & 材料']);
    expect(notes.get('B2')?.runs?.[0]?.font).toMatchObject({ bold: true, size: 9, name: '宋体', charset: 134, color: { kind: 'indexed', index: 81 } });
    expect(notes.get('C2')?.text).toBe('Windows 粘贴的换行\r\n第二行');
    expect(notes.get('$d$3')?.runs?.[1]?.font?.color).toEqual({ kind: 'theme', theme: 4, tint: -0.249977111117893 });
    expect(notes.get('A1')).toBeNull();
    expect(notes.get('B4')).toBeNull();
  });

  it('reads Excel drawings that exceljs refuses (a button caption with an open <br>)', async () => {
    await expect(exceljsWorkbook(await notesPackage(CELLS, EXCEL_COMMENTS, EXCEL_VML_WITH_BUTTON))).rejects.toThrow();
    const notes = SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML_WITH_BUTTON);
    expect(readAll(notes)).toEqual(readAll(SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML)));
    notes.set('C2', null);
    const vml = notes.vmlXml();
    expect(vml).toContain(EXCEL_BUTTON);
    expect(shapeCount(vml)).toBe(2);
  });

  it('reads a plain <t> without runs as the note text, where exceljs reads an empty note', async () => {
    const notes = SheetNotes.read(PLAIN_COMMENTS, null);
    expect(notes.get('C5')).toEqual({ text: '来自系统导出' });
    expect((await exceljsNotes(await notesPackage(CELLS, PLAIN_COMMENTS, EXCEL_VML), ['C5'])).C5).toEqual({ text: '', runs: [] });
  });

  it('reads a note on a cell the sheet does not list, which exceljs leaves out', async () => {
    const notes = SheetNotes.read(WPS_COMMENTS, WPS_VML);
    const cells = CELLS.filter(([ref]) => ref !== 'B4');
    expect(notes.get('B4')).toEqual({ text: '王芳已调岗', runs: [{ text: '王芳已调岗', font: { size: 9, name: '宋体', charset: 134 } }] });
    expect((await exceljsNotes(await notesPackage(cells, WPS_COMMENTS, WPS_VML), ['B4'])).B4).toBeNull();
  });

  it('has no notes when the sheet has no comments part', () => {
    const notes = SheetNotes.read(null, null);
    expect(readAll(notes)).toEqual(Object.fromEntries(REFS.map((r) => [r, null])));
    expect(notes.commentsXml()).toBeNull();
    expect(notes.vmlXml()).toBeNull();
  });
});

describe('SheetNotes writes notes Excel and exceljs read back', () => {
  it('adds notes to a sheet that had none: comments ordered by row then column, one hidden shape each', async () => {
    const notes = SheetNotes.read(null, null);
    notes.set('D3', MESSAGE);
    notes.set('B2', { text: '第一行\r\n第二行 <注意> & 完成 _x0041_' });
    notes.set('A1', { text: '序号不连续' });
    expect(notes.changed).toBe(true);
    const comments = notes.commentsXml();
    const vml = notes.vmlXml();
    expect(xmlFault(comments ?? '')).toBeNull();
    expect(xmlFault(vml ?? '')).toBeNull();
    expect([...(comments ?? '').matchAll(/ref="(\w+)"/g)].map((m) => m[1])).toEqual(['A1', 'B2', 'D3']);
    expect(comments).toContain(`<authors><author>${NOTE_AUTHOR}</author></authors>`);
    expect(vml?.match(/<v:shapetype /g)).toHaveLength(1);
    expect(shapeCount(vml)).toBe(3);
    expect(vml?.match(/visibility:hidden/g)).toHaveLength(3);
    expect(vml?.match(/<x:AutoFill>False<\/x:AutoFill>/g)).toHaveLength(3);
    expect(vml).toContain('<x:Row>2</x:Row><x:Column>3</x:Column>');
    expect(new Set(vml?.match(/_x0000_s\d+/g)).size).toBe(3);

    const none = Object.fromEntries(REFS.map((r) => [r, null]));
    const expected = { ...none, A1: { text: '序号不连续' }, B2: { text: '第一行\r\n第二行 <注意> & 完成 _x0041_' }, D3: MESSAGE };
    expect(await afterEdits(notes)).toEqual(expected);
    expect(readAll(SheetNotes.read(comments, vml))).toEqual(expected);
  });

  it('writes a package the fast reader and exceljs read alike', async () => {
    const notes = SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML);
    notes.set('B4', MESSAGE);
    notes.set('C2', null);
    const bytes = await notesPackage(CELLS, notes.commentsXml(), notes.vmlXml());
    expect(readSnapshotFast(bytes, inflate)).toEqual(snapshotWorkbook(await exceljsWorkbook(bytes)));
  });

  it('replaces a note in place: the author, shape and other comments stay', async () => {
    const notes = SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML);
    notes.set('C2', MESSAGE);
    const comments = notes.commentsXml() ?? '';
    expect(comments).toContain('<comment ref="C2" authorId="1" shapeId="0" xr:uid="{0B8E1D2C-3A4B-4C5D-8E9F-112233445566}"><text><r><t>完成时间晚于截止日期，请核实后填写</t></r></text></comment>');
    expect(comments).not.toContain(NOTE_AUTHOR);
    expect(notes.vmlXml()).toBe(EXCEL_VML);
    const read = await afterEdits(notes);
    expect(read.C2).toEqual(MESSAGE);
    expect(read.B2).toEqual(SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML).get('B2'));
  });

  it('removes a note and its shape only', async () => {
    const notes = SheetNotes.read(WPS_COMMENTS, WPS_VML);
    notes.set('B4', null);
    const vml = notes.vmlXml() ?? '';
    const removed = /<v:shape id="_x0000_s1027"[\s\S]*?<\/v:shape>/.exec(WPS_VML)?.[0] ?? '';
    expect(vml).toBe(WPS_VML.replace(removed, ''));
    expect(shapeCount(vml, 'Checkbox')).toBe(1);
    expect(notes.commentsXml()).not.toContain('ref="B4"');
    const read = await afterEdits(notes);
    expect(read.B4).toBeNull();
    expect(read.A1?.text).toBe('办公室:\n序号按部门连续编号');
  });

  it('gives no parts back when the last note goes, and keeps a drawing that still holds a button', () => {
    const only = SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML);
    for (const ref of ['B2', 'C2', 'D3']) only.set(ref, null);
    expect(only.commentsXml()).toBeNull();
    expect(only.vmlXml()).toBeNull();

    const withButton = SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML_WITH_BUTTON);
    for (const ref of ['B2', 'C2', 'D3']) withButton.set(ref, null);
    expect(withButton.commentsXml()).toBeNull();
    const vml = withButton.vmlXml();
    expect(vml).toContain(EXCEL_BUTTON);
    expect(shapeCount(vml)).toBe(0);
    expect(shapeCount(vml, 'Button')).toBe(1);
  });

  it('adds notes beside a button without clashing shape ids, the note shape type written once', () => {
    const notes = SheetNotes.read(null, BUTTON_ONLY_VML);
    notes.set('B2', MESSAGE);
    notes.set('C5', { text: '补充' });
    const vml = notes.vmlXml() ?? '';
    expect(vml.startsWith(BUTTON_ONLY_VML.slice(0, BUTTON_ONLY_VML.indexOf('</xml>')))).toBe(true);
    expect(vml.match(/<v:shapetype id="_x0000_t202"/g)).toHaveLength(1);
    const ids = [...vml.matchAll(/<v:shape id="(_x0000_s\d+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['_x0000_s1028', '_x0000_s1029', '_x0000_s1030']);
    const added = vml.slice(BUTTON_ONLY_VML.indexOf('</xml>'), vml.lastIndexOf('</xml>'));
    expect(xmlFault(`<xml xmlns:v="v" xmlns:o="o" xmlns:x="x">${added}</xml>`)).toBeNull();
  });

  it('numbers many new shapes in blocks listed in the idmap', async () => {
    const notes = SheetNotes.read(null, null);
    const cells: [string, string][] = [];
    for (let r = 1; r <= 1200; r++) {
      cells.push([`B${r}`, `任务${r}`]);
      notes.set(`B${r}`, { text: `第${r}行` });
    }
    const vml = notes.vmlXml() ?? '';
    expect(vml).toContain('data="1,2"');
    expect(new Set(vml.match(/<v:shape id="_x0000_s\d+"/g)).size).toBe(1200);
    const bytes = await notesPackage(cells, notes.commentsXml(), vml);
    const read = await exceljsNotes(bytes, ['B1', 'B1024', 'B1200']);
    expect(read).toEqual({ B1: { text: '第1行' }, B1024: { text: '第1024行' }, B1200: { text: '第1200行' } });
  });

  it('restores rich notes exactly, runs and fonts, after a mark', async () => {
    const original = SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML);
    const before = readAll(original);
    for (const ref of ['B2', 'C2', 'D3']) original.set(ref, MESSAGE);
    const marked = SheetNotes.read(original.commentsXml(), original.vmlXml());
    expect(marked.get('D3')).toEqual(MESSAGE);
    for (const ref of ['B2', 'C2', 'D3']) marked.set(ref, before[ref] ?? null);
    expect(readAll(marked)).toEqual(before);
    expect(await afterEdits(marked)).toEqual(await exceljsNotes(await notesPackage(CELLS, EXCEL_COMMENTS, EXCEL_VML), REFS));
    expect(marked.vmlXml()).toBe(EXCEL_VML);
  });

  it('clears a note it added on a sheet with notes: the drawing and the author list come back byte for byte', () => {
    const first = SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML);
    first.set('B4', MESSAGE);
    first.set('F4', MESSAGE);
    expect(first.commentsXml()).toContain(`<author>${NOTE_AUTHOR}</author></authors>`);
    expect(first.commentsXml()).toContain('<comment ref="B4" authorId="2">');
    const second = SheetNotes.read(first.commentsXml(), first.vmlXml());
    second.set('B4', null);
    second.set('F4', null);
    expect(second.commentsXml()).toBe(EXCEL_COMMENTS);
    expect(second.vmlXml()).toBe(EXCEL_VML);
  });

  it('changes nothing when a note is set to what it already is', () => {
    const notes = SheetNotes.read(EXCEL_COMMENTS, EXCEL_VML);
    notes.set('B2', notes.get('B2'));
    notes.set('A1', null);
    expect(notes.changed).toBe(false);
    expect(notes.commentsXml()).toBe(EXCEL_COMMENTS);
    expect(notes.vmlXml()).toBe(EXCEL_VML);
  });

  it('writes into a prefixed comments part with the runs in its namespace', () => {
    const notes = SheetNotes.read(PLAIN_COMMENTS, null);
    notes.set('C5', { text: '标记', runs: [{ text: '标记', font: { bold: true, color: { kind: 'rgb', rgb: 'C00000' } } }] });
    notes.set('A1', MESSAGE);
    const comments = notes.commentsXml() ?? '';
    expect(xmlFault(comments)).toBeNull();
    expect(comments).toContain('<x:author>report</x:author>\n  <x:author>通报表助手</x:author>');
    const again = SheetNotes.read(comments, notes.vmlXml());
    expect(again.get('C5')).toEqual({ text: '标记', runs: [{ text: '标记', font: { bold: true, color: { kind: 'rgb', rgb: 'C00000' } } }] });
    expect(again.get('A1')).toEqual(MESSAGE);
  });

  it('fills parts written with empty lists, and keeps an Excel drawing well-formed', async () => {
    const empty = '<?xml version="1.0" encoding="UTF-8"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors/><commentList/></comments>';
    const notes = SheetNotes.read(empty, EXCEL_VML.replace(/<v:shape [\s\S]*<\/v:shape>/, ''));
    notes.set('C5', MESSAGE);
    expect(xmlFault(notes.commentsXml() ?? '')).toBeNull();
    expect(xmlFault(notes.vmlXml() ?? '')).toBeNull();
    expect((await afterEdits(notes)).C5).toEqual(MESSAGE);
  });

  it('gives a note without a shape one, and does not repeat a shape that has no comment', () => {
    const orphanShape = SheetNotes.read(null, EXCEL_VML);
    orphanShape.set('B2', MESSAGE);
    expect(shapeCount(orphanShape.vmlXml())).toBe(3);
    const noShape = SheetNotes.read(EXCEL_COMMENTS, null);
    noShape.set('C2', MESSAGE);
    expect(shapeCount(noShape.vmlXml())).toBe(1);
    expect(noShape.vmlXml()).toContain('<x:Row>1</x:Row><x:Column>2</x:Column>');
  });

  it('leaves parts it cannot scan safely to the exceljs path', () => {
    const commented = EXCEL_COMMENTS.replace('<commentList>', '<commentList><!-- <comment ref="A1"/> -->');
    expect(() => SheetNotes.read(commented, null)).toThrow(Unsupported);
    expect(() => SheetNotes.read('<?xml version="1.0"?><comments><commentList>', null)).toThrow(Unsupported);
  });
});
