import { cellKey } from '../core/address';
import type { MarkRecord } from '../core/ledger';
import { chunkAddresses, rectAddress, rectangles, runs } from './areas';
import type { CellPos } from './areas';
import { cellPos } from './areas';
import type { Piece } from './batcher';
import type { Capabilities } from './context';
import { OP_BYTES, wireBytes } from './payload';

/** Excel caps an input prompt's title at 32 characters and its text at 255. */
export const PROMPT_TITLE = '通报表助手';
export const PROMPT_MAX = 255;

export interface PromptLook {
  showPrompt: boolean;
  title: string;
  message: string;
}

/**
 * A cell's look before it was marked, as kept in the ledger (MarkRecord.original, JSON). `via` says
 * where the mark's message went: a note (ExcelApi 1.18) or the cell's input prompt (data validation,
 * every Excel the add-in runs in), so clearing restores the one that was used.
 */
export interface Look {
  fill: string | null;
  fontColor: string;
  bold: boolean;
  via: 'note' | 'prompt';
  note?: string | null;
  prompt?: PromptLook;
  /** Data validation type before marking; "None" with an empty prompt means there was none. */
  validation?: string;
}

export function parseLook(text: string): Look | null {
  try {
    const look = JSON.parse(text) as Partial<Look>;
    if (typeof look.fontColor !== 'string' || typeof look.bold !== 'boolean') return null;
    return {
      fill: typeof look.fill === 'string' ? look.fill : null,
      fontColor: look.fontColor,
      bold: look.bold,
      via: look.via === 'note' ? 'note' : 'prompt',
      note: typeof look.note === 'string' ? look.note : null,
      prompt: look.prompt,
      validation: look.validation,
    };
  } catch {
    return null;
  }
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

/** A loaded note's text, or null where the cell has none; only called after the sync. */
function noteContent(note: Excel.Note): string | null {
  return note.isNullObject ? null : note.content;
}

export interface LookRead {
  /** The current look of each queued cell, by "sheet\u0000cell", after the sync. */
  looks(): Map<string, Look>;
}

export const cellId = cellKey;

/**
 * Queues the read of each cell's fill, font and message holder, one getCellProperties per run of
 * consecutive cells in a column, so the response carries only the cells that will be marked.
 */
export function queueLookRead(ctx: Excel.RequestContext, caps: Capabilities, cells: readonly CellRef[]): LookRead {
  const pending: (() => void)[] = [];
  const out = new Map<string, Look>();
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
          format: { fill: { color: true, pattern: true }, font: { color: true, bold: true } },
        });
        pending.push(() => {
          props.value.forEach((row, i) => {
            const p = row[0];
            const cell = rectAddress({ top: top + i, bottom: top + i, left: col, right: col });
            const fill = p?.format?.fill;
            const look: Look = {
              fill: fill && fill.pattern !== 'None' && fill.color ? fill.color : null,
              fontColor: p?.format?.font?.color ?? '#000000',
              bold: p?.format?.font?.bold ?? false,
              via: caps.notes ? 'note' : 'prompt',
            };
            const note = notes.get(cell);
            if (note) look.note = noteContent(note);
            const dv = validations.get(cell);
            if (dv) {
              look.prompt = { showPrompt: dv.prompt.showPrompt, title: dv.prompt.title ?? '', message: dv.prompt.message ?? '' };
              look.validation = dv.type;
            }
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
export function queuePromptRead(ctx: Excel.RequestContext, cells: readonly CellRef[]): () => Map<string, Pick<Look, 'prompt' | 'validation'>> {
  const reads = cells.map(({ sheet, cell }) => {
    const dv = ctx.workbook.worksheets.getItem(sheet).getRange(cell).dataValidation;
    dv.load('prompt,type');
    return { id: cellId(sheet, cell), dv };
  });
  return () => new Map(reads.map(({ id, dv }) => [id, promptOf(dv)]));
}

/** A loaded data validation's prompt and type; only called after the sync. */
function promptOf(dv: Excel.DataValidation): Pick<Look, 'prompt' | 'validation'> {
  return { prompt: { showPrompt: dv.prompt.showPrompt, title: dv.prompt.title ?? '', message: dv.prompt.message ?? '' }, validation: dv.type };
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

/** Putting cells back as they were: fills and fonts grouped into RangeAreas, then each cell's message. */
export function restorePieces(ctx: Excel.RequestContext, caps: Capabilities, records: readonly MarkRecord[]): Piece[] {
  const groups = new Map<string, { look: Look; sheet: string; cells: CellPos[] }>();
  const messages: { sheet: string; cell: string; look: Look }[] = [];
  for (const record of records) {
    const look = parseLook(record.original);
    if (!look) continue;
    const key = JSON.stringify([record.sheet, look.fill, look.fontColor, look.bold]);
    const group = groups.get(key);
    if (group) group.cells.push(cellPos(record.cell));
    else groups.set(key, { look, sheet: record.sheet, cells: [cellPos(record.cell)] });
    messages.push({ sheet: record.sheet, cell: record.cell, look });
  }
  const pieces: Piece[] = [];
  for (const { look, sheet, cells } of groups.values()) {
    for (const chunk of chunkAddresses(rectangles(cells).map(rectAddress))) {
      pieces.push({
        bytes: OP_BYTES * 6 + chunk.length,
        queue: () => {
          const areas = ctx.workbook.worksheets.getItem(sheet).getRanges(chunk);
          if (look.fill) areas.format.fill.color = look.fill;
          else areas.format.fill.clear();
          areas.format.font.color = look.fontColor;
          areas.format.font.bold = look.bold;
        },
      });
    }
  }
  for (const { sheet, cell, look } of messages) {
    // A note can only be put back where this Excel has the notes API; the fill is restored either way.
    if (look.via === 'note' && !caps.notes) continue;
    pieces.push({
      bytes: OP_BYTES * 4 + wireBytes(look.via === 'note' ? look.note : look.prompt),
      queue: () => queueMessageRestore(ctx, sheet, cell, look),
    });
  }
  return pieces;
}

function queueMessageRestore(ctx: Excel.RequestContext, sheet: string, cell: string, look: Look): void {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  if (look.via === 'note') {
    const target = ws.notes.getItemOrNullObject(cell);
    if (look.note) target.content = look.note;
    else target.delete();
    return;
  }
  // dataValidation is a navigation property: nothing is read here.
  // eslint-disable-next-line office-addins/load-object-before-read
  const dv = ws.getRange(cell).dataValidation;
  const prompt = look.prompt;
  if (!prompt || (prompt.message === '' && prompt.title === '' && (look.validation ?? 'None') === 'None')) dv.clear();
  else dv.prompt = { showPrompt: prompt.showPrompt, title: prompt.title, message: prompt.message };
}
