import ExcelJS from 'exceljs';
import { random } from '../../../bench/generate';
import type { LookColor, NoteLook, RunFont, TextRun } from '../../../src/core/look';
import { excelRuns } from '../../../src/xlsx/look';
import { SheetNotes } from '../../../src/xlsx/patch/notes';
import { exceljsNotes, notesPackage, partsOf, SHEET, xmlFault } from './notes-package';

/**
 * Random notes, beyond the hand-made cases: read from parts exceljs wrote, then edited (added,
 * replaced, removed) and read back by exceljs, which must see exactly the notes that were set.
 */

const TEXTS = ['完成时间晚于截止日期', ' 前导空格', '末尾空格 ', '换\r\n行', '_x0041_', '\u0007响铃', '<注意> & "引号" \'单\'', '\t制表', 'Tahoma', '（牵头）郭克华'];
const COLORS: LookColor[] = [
  { kind: 'rgb', rgb: 'FF0000' },
  { kind: 'rgb', rgb: '00B050', alpha: '80' },
  { kind: 'theme', theme: 1 },
  { kind: 'theme', theme: 4, tint: -0.249977111117893 },
  { kind: 'indexed', index: 81 },
];

const CELLS: [string, string][] = [];
for (let r = 1; r <= 12; r++) for (const c of 'ABCDEF') CELLS.push([`${c}${r}`, `${c}${r}`]);
const REFS = CELLS.map(([ref]) => ref);

type Rnd = () => number;
const pick = <T>(rnd: Rnd, items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;

/** A font in the form a reader gives back: flags only when on, whole sizes, an underline as `true` or its kind. */
function randomFont(rnd: Rnd): RunFont {
  const font: RunFont = {};
  if (rnd() < 0.6) font.name = pick(rnd, ['宋体', 'Tahoma', '微软雅黑', 'Calibri']);
  if (rnd() < 0.6) font.size = pick(rnd, [9, 10, 11, 14]);
  if (rnd() < 0.3) font.family = pick(rnd, [2, 3]);
  if (rnd() < 0.3) font.charset = 134;
  if (rnd() < 0.2) font.scheme = pick(rnd, ['minor', 'major']);
  if (rnd() < 0.4) font.color = pick(rnd, COLORS);
  if (rnd() < 0.4) font.bold = true;
  if (rnd() < 0.2) font.italic = true;
  if (rnd() < 0.2) font.underline = pick(rnd, [true, 'double', 'singleAccounting'] as const);
  if (rnd() < 0.1) font.strike = true;
  if (rnd() < 0.1) font.vertAlign = pick(rnd, ['superscript', 'subscript'] as const);
  return font;
}

/** A note as readLook gives one: plain text, or runs of which the first has a font or there are several. */
function randomNote(rnd: Rnd): NoteLook {
  if (rnd() < 0.4) return { text: pick(rnd, TEXTS) + pick(rnd, TEXTS) };
  const runs: TextRun[] = [];
  const count = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < count; i++) {
    const font = i === 0 || rnd() < 0.7 ? randomFont(rnd) : undefined;
    runs.push(font ? { text: pick(rnd, TEXTS), font } : { text: pick(rnd, TEXTS) });
  }
  return { text: runs.map((r) => r.text).join(''), runs };
}

async function writtenByExceljs(rnd: Rnd, model: Map<string, NoteLook>): Promise<{ comments: string | null; vml: string | null }> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  for (const [ref, text] of CELLS) ws.getCell(ref).value = text;
  for (const ref of REFS) {
    if (rnd() < 0.7) continue;
    const note = randomNote(rnd);
    ws.getCell(ref).note = note.runs ? ({ texts: excelRuns(note.runs) } as ExcelJS.Comment) : note.text;
  }
  const parts = await partsOf(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  const read = await exceljsNotes(await notesPackage(CELLS, parts.comments, parts.vml), REFS);
  for (const [ref, note] of Object.entries(read)) if (note) model.set(ref, note);
  return parts;
}

describe('SheetNotes on random notes', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('reads and edits them as exceljs reads them (seed %i)', async (seed) => {
    const rnd = random(seed);
    const model = new Map<string, NoteLook>();
    const { comments, vml } = await writtenByExceljs(rnd, model);
    const notes = SheetNotes.read(comments, vml, seed);
    for (const ref of REFS) expect(notes.get(ref)).toEqual(model.get(ref) ?? null);

    for (let i = 0; i < 30; i++) {
      const ref = pick(rnd, REFS);
      const note = rnd() < 0.3 ? null : rnd() < 0.3 ? (model.get(pick(rnd, REFS)) ?? null) : randomNote(rnd);
      notes.set(ref, note);
      if (note) model.set(ref, note);
      else model.delete(ref);
    }
    const outComments = notes.commentsXml();
    const outVml = notes.vmlXml();
    const expected = Object.fromEntries(REFS.map((ref) => [ref, model.get(ref) ?? null]));
    expect(await exceljsNotes(await notesPackage(CELLS, outComments, outVml), REFS)).toEqual(expected);
    const again = SheetNotes.read(outComments, outVml);
    expect(Object.fromEntries(REFS.map((ref) => [ref, again.get(ref)]))).toEqual(expected);

    expect(xmlFault(outComments ?? '<none/>')).toBeNull();
    expect(xmlFault(outVml ?? '<none/>')).toBeNull();
    const shapes = [...(outVml ?? '').matchAll(/<x:Row>(\d+)<\/x:Row><x:Column>(\d+)<\/x:Column>/g)];
    expect(shapes.length).toBe(model.size);
    const ids = [...(outVml ?? '').matchAll(/<v:shape id="(_x0000_s\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
