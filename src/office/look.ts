import { cellKey } from '../core/address';
import { parseLook, rgbColor, untouchedLook, type LookFill, type LookRecord, type PromptLook } from '../core/look';
import { officeColor, officePattern, ooxmlPattern } from './colors';
import type { Restore } from '../core/plan/marks';
import { chunkAddresses, rectAddress, rectangles, runs } from './areas';
import type { CellPos } from './areas';
import { cellPos } from './areas';
import type { Piece } from './batcher';
import type { Capabilities } from './context';
import { OP_BYTES, REQUEST_BUDGET, isTooLarge, wireBytes } from './payload';

/**
 * A look record (core/look.ts) as Office.js can set it: a fill colour, pattern and pattern colour or
 * none, a font colour and weight, and the message holder to put back. Office.js sets colours by RGB
 * only (colors.ts says how a theme or indexed colour of another host's record is rendered).
 */
export interface OfficeLook {
  /** "#RRGGBB" of the fill (a pattern's background), or null for none; undefined where the mark never changed the fill. */
  fill?: string | null;
  /** The Office.js pattern of a patterned fill ("Gray50"…); undefined for a solid one. */
  fillPattern?: string;
  /** The colour of that pattern; undefined leaves it automatic. */
  patternColor?: string;
  fontColor?: string;
  bold?: boolean;
  via: 'note' | 'prompt' | null;
  note?: string | null;
  prompt?: PromptLook;
}

/** The fill as Office.js sets it. A gradient, which Office.js cannot set, comes back as its first colour. */
function officeFill(fill: LookFill): Pick<OfficeLook, 'fill' | 'fillPattern' | 'patternColor'> {
  if (fill.kind === 'none') return { fill: null };
  if (fill.kind === 'gradient') {
    const first = fill.stops[0];
    return { fill: (first && officeColor(first.color)) ?? null };
  }
  if (fill.pattern === 'none') return { fill: null };
  if (fill.pattern === 'solid') return { fill: (fill.fg && officeColor(fill.fg)) ?? null };
  const patternColor = fill.fg ? officeColor(fill.fg) : null;
  return {
    fill: (fill.bg && officeColor(fill.bg)) ?? '#FFFFFF',
    fillPattern: officePattern(fill.pattern),
    ...(patternColor ? { patternColor } : {}),
  };
}

/** What Office.js sets to put a cell back as its record says. */
export function officeRestore(look: LookRecord): OfficeLook {
  const out: OfficeLook = { via: look.note !== 'unchanged' ? 'note' : look.prompt !== 'unchanged' ? 'prompt' : null };
  if (look.fill !== 'unchanged') Object.assign(out, officeFill(look.fill));
  // Automatic text shows black; Office.js has no way to set "automatic" back (its own marks leave such text alone).
  if (look.fontColor !== 'unchanged') out.fontColor = officeColor(look.fontColor) ?? '#000000';
  if (look.bold !== 'unchanged') out.bold = look.bold === true;
  if (look.note !== 'unchanged') out.note = look.note?.text ?? null;
  if (look.prompt !== 'unchanged') out.prompt = look.prompt;
  return out;
}

/** A record's text as Office.js would restore it; null when it is not a record. */
export function officeLook(text: string): OfficeLook | null {
  const look = parseLook(text);
  return look && officeRestore(look);
}

/** ARGB ("FFE4D4F4") or "#RRGGBB" as the "#RRGGBB" Office.js takes. */
export function hexColor(color: string): string {
  const bare = color.replace(/^#/, '');
  return `#${(bare.length === 8 ? bare.slice(2) : bare).toUpperCase()}`;
}

export interface CellRef {
  sheet: string;
  cell: string;
}

/** Cells grouped by sheet, with their positions. */
export function bySheet<T extends CellRef>(items: readonly T[]): Map<string, (T & { pos: CellPos })[]> {
  const out = new Map<string, (T & { pos: CellPos })[]>();
  for (const item of items) {
    const list = out.get(item.sheet) ?? [];
    list.push({ ...item, pos: cellPos(item.cell) });
    out.set(item.sheet, list);
  }
  return out;
}

export interface LookRead {
  /** The current look of each queued cell, by "sheet\u0000cell", after the sync. */
  looks(): Map<string, LookRecord>;
}

export const cellId = cellKey;

/** A loaded data validation's prompt and type; only called after the sync. */
function promptOf(dv: Excel.DataValidation): PromptLook {
  return { showPrompt: dv.prompt.showPrompt, title: dv.prompt.title ?? '', message: dv.prompt.message ?? '', validation: dv.type };
}

/**
 * A font colour the mark may change and clearing can set back. Office.js reads the automatic colour
 * (an empty cell's too) as black and has no way to set "automatic" again, so a cell whose text reads
 * black keeps its font colour under the mark: the fill marks it, and clearing leaves the colour alone.
 */
function fontLook(color: string | undefined): LookRecord['fontColor'] {
  const rgb = rgbColor(color);
  return rgb && rgb.kind === 'rgb' && rgb.rgb !== '000000' ? rgb : 'unchanged';
}

/**
 * A fill as read through getCellProperties: none, solid, or a pattern with its colour over a
 * background. A gradient Office.js could not set back: the mark leaves such a fill alone.
 */
function fillLook(fill: Excel.CellPropertiesFill | undefined): LookRecord['fill'] {
  const pattern = ooxmlPattern(fill?.pattern ?? 'None');
  const color = rgbColor(fill?.color);
  if (pattern === null) return 'unchanged';
  if (pattern === 'none' || !color) return { kind: 'none' };
  if (pattern === 'solid') return { kind: 'pattern', pattern, fg: color };
  // As with fonts, a pattern colour read as black may be automatic: it is left out, and the mark never changes it.
  const lines = rgbColor(fill?.patternColor);
  const kept = lines && lines.kind === 'rgb' && lines.rgb !== '000000' ? lines : null;
  return { kind: 'pattern', pattern, bg: color, ...(kept ? { fg: kept } : {}) };
}

/** Fill, font colour and weight as read through getCellProperties. */
function formatLook(p: Excel.CellProperties | undefined): LookRecord {
  return {
    ...untouchedLook(),
    fill: fillLook(p?.format?.fill),
    fontColor: fontLook(p?.format?.font?.color),
    bold: p?.format?.font?.bold ?? false,
  };
}

/**
 * Queues the read of each cell's fill, font and message holder (its note where this Excel has notes,
 * else its input prompt), one getCellProperties per run of consecutive cells in a column, so the
 * response carries only the cells that will be marked.
 */
export function queueLookRead(ctx: Excel.RequestContext, caps: Capabilities, cells: readonly CellRef[]): LookRead {
  const pending: (() => void)[] = [];
  const out = new Map<string, LookRecord>();
  for (const [sheet, list] of bySheet(cells)) {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    const byCol = new Map<number, number[]>();
    for (const { pos } of list) {
      const rows = byCol.get(pos.col);
      if (rows) rows.push(pos.row);
      else byCol.set(pos.col, [pos.row]);
    }
    const notes = new Map<string, Excel.Note>();
    const validations = new Map<string, Excel.DataValidation>();
    for (const { cell } of list) {
      if (caps.notes) {
        const note = ws.notes.getItemOrNullObject(cell);
        note.load('content');
        notes.set(cell, note);
      } else {
        // dataValidation is a navigation property: nothing is read here.
        // eslint-disable-next-line office-addins/load-object-before-read
        const dv = ws.getRange(cell).dataValidation;
        dv.load('prompt,type');
        validations.set(cell, dv);
      }
    }
    for (const [col, rows] of byCol) {
      for (const [top, bottom] of runs(rows)) {
        const props = ws.getRange(rectAddress({ top, bottom, left: col, right: col })).getCellProperties({
          format: { fill: { color: true, pattern: true, patternColor: true }, font: { color: true, bold: true } },
        });
        pending.push(() => {
          props.value.forEach((row, i) => {
            const cell = rectAddress({ top: top + i, bottom: top + i, left: col, right: col });
            const look = formatLook(row[0]);
            const note = notes.get(cell);
            if (note) look.note = note.isNullObject ? null : { text: note.content };
            const dv = validations.get(cell);
            if (dv) look.prompt = promptOf(dv);
            out.set(cellId(sheet, cell), look);
          });
        });
      }
    }
  }
  return {
    looks: () => {
      for (const fn of pending) fn();
      return out;
    },
  };
}

/** Queues the read of the input prompt of each cell: for cells that must take the message there. */
export function queuePromptRead(ctx: Excel.RequestContext, cells: readonly CellRef[]): () => Map<string, PromptLook> {
  const reads = cells.map(({ sheet, cell }) => {
    const dv = ctx.workbook.worksheets.getItem(sheet).getRange(cell).dataValidation;
    dv.load('prompt,type');
    return { id: cellId(sheet, cell), dv };
  });
  return () => new Map(reads.map(({ id, dv }) => [id, promptOf(dv)]));
}

/**
 * Queues finding the cells that carry a threaded comment (ExcelApi 1.10), on sheets that have any:
 * such a cell cannot also take a note. Sheets without comments cost nothing here.
 */
export function queueCommentCells(ctx: Excel.RequestContext, counts: ReadonlyMap<string, number>): () => Set<string> {
  const locations: { sheet: string; range: Excel.Range }[] = [];
  for (const [sheet, count] of counts) {
    const comments = ctx.workbook.worksheets.getItem(sheet).comments;
    for (let i = 0; i < count; i++) {
      const range = comments.getItemAt(i).getLocation();
      range.load('address');
      locations.push({ sheet, range });
    }
  }
  return () => new Set(locations.map(({ sheet, range }) => cellId(sheet, addressOf(range))));
}

/** The cell address of a loaded range, without its sheet; only called after the sync. */
function addressOf(range: Excel.Range): string {
  const bare = range.address.slice(range.address.lastIndexOf('!') + 1).replace(/\$/g, '');
  return bare.split(':')[0] ?? bare;
}

/** Whether a cell has a note, by "sheet\u0000cell", for the cells whose note is read, put back or written. */
export type NoteState = Map<string, boolean>;

/** Note reads per request, about 350 bytes each as office.js serializes them. */
const NOTE_READS_PER_REQUEST = Math.floor(REQUEST_BUDGET / 350);

/**
 * Which of the cells to put back have a note now, where a note is to be put back or removed and the
 * cell was not read already: a note is set, added or deleted only as it exists. Nothing is sent when
 * every such cell was read with the marks' looks. Long notes can make an answer too large: the reads
 * then go again in halves.
 */
export async function readNotes(ctx: Excel.RequestContext, caps: Capabilities, restores: readonly Restore[], known: NoteState): Promise<NoteState> {
  const out: NoteState = new Map(known);
  if (!caps.notes) return out;
  const queue = restores.filter((r) => r.look.note !== 'unchanged' && !out.has(cellId(r.sheet, r.cell)));
  let size = NOTE_READS_PER_REQUEST;
  while (queue.length > 0) {
    const group = queue.slice(0, size);
    const collections = new Map<string, Excel.NoteCollection>();
    const notesOn = (sheet: string) => {
      const hit = collections.get(sheet) ?? ctx.workbook.worksheets.getItem(sheet).notes;
      collections.set(sheet, hit);
      return hit;
    };
    const reads = group.map(({ sheet, cell }) => {
      const note = notesOn(sheet).getItemOrNullObject(cell);
      // The author's name, not the text: the answer stays small however long the note.
      note.load('authorName');
      return { id: cellId(sheet, cell), note };
    });
    try {
      await ctx.sync();
    } catch (error) {
      if (!isTooLarge(error) || group.length < 2) throw error;
      size = Math.ceil(group.length / 2);
      continue;
    }
    queue.splice(0, group.length);
    for (const { id, note } of reads) out.set(id, !note.isNullObject);
  }
  return out;
}

/**
 * Putting cells back as they were: fills and fonts grouped into RangeAreas, then each cell's message.
 * `notes` says which cells have a note now; it is brought up to date with the notes put back, so the
 * marks written after these pieces know where a note is.
 */
export function restorePieces(ctx: Excel.RequestContext, caps: Capabilities, restores: readonly Restore[], notes: NoteState): Piece[] {
  const groups = new Map<string, { look: OfficeLook; sheet: string; cells: CellPos[] }>();
  const messages: { sheet: string; cell: string; look: OfficeLook; had: boolean }[] = [];
  for (const restore of restores) {
    const look = officeRestore(restore.look);
    const key = JSON.stringify([restore.sheet, look.fill, look.fillPattern, look.patternColor, look.fontColor, look.bold]);
    const group = groups.get(key);
    if (group) group.cells.push(cellPos(restore.cell));
    else groups.set(key, { look, sheet: restore.sheet, cells: [cellPos(restore.cell)] });
    const id = cellId(restore.sheet, restore.cell);
    const had = notes.get(id) ?? false;
    if (look.note !== undefined && caps.notes) notes.set(id, !!look.note);
    messages.push({ sheet: restore.sheet, cell: restore.cell, look, had });
  }
  const pieces: Piece[] = [];
  for (const { look, sheet, cells } of groups.values()) {
    if (look.fill === undefined && look.fontColor === undefined && look.bold === undefined) continue;
    for (const chunk of chunkAddresses(rectangles(cells).map(rectAddress))) {
      pieces.push({
        bytes: OP_BYTES * 6 + chunk.length,
        queue: () => {
          const areas = ctx.workbook.worksheets.getItem(sheet).getRanges(chunk);
          if (look.fill) areas.format.fill.color = look.fill;
          else if (look.fill === null) areas.format.fill.clear();
          if (look.fill && look.fillPattern) areas.format.fill.pattern = look.fillPattern as Excel.FillPattern;
          if (look.fill && look.patternColor) areas.format.fill.patternColor = look.patternColor;
          if (look.fontColor !== undefined) areas.format.font.color = look.fontColor;
          if (look.bold !== undefined) areas.format.font.bold = look.bold;
        },
      });
    }
  }
  for (const { sheet, cell, look, had } of messages) {
    // A note can only be put back where this Excel has the notes API; the fill is restored either way.
    const note = look.note !== undefined && caps.notes;
    if (!note && look.prompt === undefined) continue;
    pieces.push({
      bytes: OP_BYTES * 4 + wireBytes(note ? look.note : null) + wireBytes(look.prompt ?? null),
      queue: () => queueMessageRestore(ctx, sheet, cell, look, note ? { had } : null),
    });
  }
  return pieces;
}

/** Puts a cell's message holder back; `note` says whether the cell has a note now, where its note is put back. */
function queueMessageRestore(ctx: Excel.RequestContext, sheet: string, cell: string, look: OfficeLook, note: { had: boolean } | null): void {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  if (note && look.note) {
    if (note.had) ws.notes.getItem(cell).content = look.note;
    else ws.notes.add(cell, look.note);
  } else if (note?.had) {
    ws.notes.getItem(cell).delete();
  }
  const prompt = look.prompt;
  if (!prompt) return;
  // dataValidation is a navigation property: nothing is read here.
  // eslint-disable-next-line office-addins/load-object-before-read
  const dv = ws.getRange(cell).dataValidation;
  if (prompt.message === '' && prompt.title === '' && prompt.validation === 'None') dv.clear();
  else dv.prompt = { showPrompt: prompt.showPrompt, title: prompt.title, message: prompt.message };
}
