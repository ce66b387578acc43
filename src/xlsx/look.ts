import type ExcelJS from 'exceljs';
import { ooxmlColor, ooxmlFill, ooxmlNote, ooxmlRuns, untouchedLook, type LookColor, type LookFill, type LookRecord, type NoteLook, type PromptLook, type RunFont, type TextRun } from '../core/look';
import type { Paint } from '../core/plan/marks';

/**
 * Translation between exceljs cells and the core's look records (core/look.ts). This host writes the
 * mark's message into the cell's note, so it reads the note and leaves the input prompt `unchanged`.
 */

/** ValueType.Merge: a covered cell of a merged area, whose value belongs to the top-left cell. */
const MERGE_TYPE = 1;

/** exceljs shares style objects between cells; a private deep copy keeps one cell's change from reaching others. */
export function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** A cell's look now, for the properties a mark changes. */
export function readLook(cell: ExcelJS.Cell): LookRecord {
  const style = cell.style ?? {};
  return {
    ...untouchedLook(),
    fill: style.fill ? ooxmlFill(style.fill) : { kind: 'none' },
    fontColor: ooxmlColor(style.font?.color) ?? { kind: 'auto' },
    bold: typeof style.font?.bold === 'boolean' ? style.font.bold : null,
    note: ooxmlNote(copy(cell.note)),
  };
}

export function excelColor(color: LookColor): Partial<ExcelJS.Color> | undefined {
  switch (color.kind) {
    case 'auto':
      return undefined;
    case 'rgb':
      return { argb: `${color.alpha ?? 'FF'}${color.rgb}` };
    case 'theme':
      return (color.tint === undefined ? { theme: color.theme } : { theme: color.theme, tint: color.tint }) as Partial<ExcelJS.Color>;
    case 'indexed':
      // exceljs reads and writes indexed colours; its typings leave them out.
      return { indexed: color.index } as unknown as Partial<ExcelJS.Color>;
  }
}

function excelFill(fill: LookFill): ExcelJS.Fill | undefined {
  if (fill.kind === 'none') return undefined;
  if (fill.kind === 'pattern') {
    const out: ExcelJS.FillPattern = { type: 'pattern', pattern: fill.pattern };
    const fg = fill.fg && excelColor(fill.fg);
    const bg = fill.bg && excelColor(fill.bg);
    if (fg) out.fgColor = fg;
    if (bg) out.bgColor = bg;
    return out;
  }
  const stops = fill.stops.map((s) => ({ position: s.position, color: excelColor(s.color) ?? {} }));
  if (fill.gradient === 'angle') return { type: 'gradient', gradient: 'angle', degree: fill.degree ?? 0, stops };
  return { type: 'gradient', gradient: 'path', center: fill.center ?? { left: 0, top: 0 }, stops };
}

/** A run font as exceljs takes it: the same names, the colour in its own shape. */
export function excelFont(font: RunFont | undefined): Partial<ExcelJS.Font> | undefined {
  if (!font) return undefined;
  const { color, ...rest } = font;
  const out = { ...rest } as Partial<ExcelJS.Font>;
  const c = color && excelColor(color);
  if (c) out.color = c as ExcelJS.Color;
  return out;
}

export function excelRuns(runs: readonly TextRun[]): ExcelJS.RichText[] {
  return runs.map((r) => {
    const font = excelFont(r.font);
    return font ? { text: r.text, font } : { text: r.text };
  });
}

/** A rich cell value's runs; null for a value that is not rich text. */
export function richRuns(value: ExcelJS.CellValue): TextRun[] | null {
  if (!value || typeof value !== 'object' || !('richText' in value)) return null;
  return ooxmlRuns(copy(value.richText));
}

function setNote(cell: ExcelJS.Cell, note: NoteLook | null): void {
  if (note) {
    cell.note = note.runs ? ({ texts: excelRuns(note.runs) } as ExcelJS.Comment) : note.text;
    return;
  }
  // exceljs has no call that removes a note. A cell without one has no _comment, and a copy of an
  // earlier note can linger in the value's model from the last save: setting the value again drops it.
  (cell as unknown as { _comment?: unknown })._comment = undefined;
  if (cell.type !== MERGE_TYPE) {
    const value = cell.value;
    cell.value = value;
  }
}

function setPrompt(cell: ExcelJS.Cell, prompt: PromptLook): void {
  const none = prompt.message === '' && prompt.title === '' && prompt.validation === 'None';
  if (none) {
    // exceljs keeps a sheet's validations here; its typings do not list the field.
    (cell.worksheet as unknown as { dataValidations: { remove(address: string): void } }).dataValidations.remove(cell.address);
    return;
  }
  const current = cell.dataValidation;
  if (current) cell.dataValidation = { ...current, showInputMessage: prompt.showPrompt, promptTitle: prompt.title, prompt: prompt.message };
}

/** Puts a cell back as its record says, property by property; what the record leaves `unchanged` stays. */
export function restoreLook(cell: ExcelJS.Cell, look: LookRecord): void {
  const style: Partial<ExcelJS.Style> = copy(cell.style) ?? {};
  if (look.fill !== 'unchanged') {
    const fill = excelFill(look.fill);
    if (fill) style.fill = fill;
    else delete style.fill;
  }
  if (look.fontColor !== 'unchanged' || look.bold !== 'unchanged') {
    const font: Partial<ExcelJS.Font> = { ...(style.font ?? {}) };
    if (look.fontColor !== 'unchanged') {
      const color = excelColor(look.fontColor);
      if (color) font.color = color as ExcelJS.Color;
      else delete font.color;
    }
    if (look.bold === null) delete font.bold;
    else if (look.bold !== 'unchanged') font.bold = look.bold;
    if (Object.keys(font).length) style.font = font;
    else delete style.font;
  }
  cell.style = style;
  if (look.note !== 'unchanged') setNote(cell, look.note);
  if (look.prompt !== 'unchanged') setPrompt(cell, look.prompt);
}

/** Paints a mark: its fill, font colour and weight, and its note. */
export function paintCell(cell: ExcelJS.Cell, paint: Paint): void {
  const style: Partial<ExcelJS.Style> = copy(cell.style) ?? {};
  if (paint.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: paint.fill } };
  if (paint.fontColor !== undefined || paint.bold !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...(style.font ?? {}) };
    if (paint.fontColor) font.color = { argb: paint.fontColor };
    if (paint.bold) font.bold = true;
    style.font = font;
  }
  cell.style = style;
  if (paint.message?.holder === 'note') cell.note = paint.message.text;
}
