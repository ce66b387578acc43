import { parseA1, toA1 } from '../core/address';
import type { Mark } from '../core/host';
import type { MarkRecord } from '../core/ledger';
import { MARK_STYLES } from '../core/marks';
import { cellPos, chunkAddresses, rectAddress, rectangles } from './areas';
import { Batcher } from './batcher';
import type { Piece } from './batcher';
import type { Capabilities } from './context';
import { HostError } from './errors';
import { ledgerPieces, queueLedgerRead } from './ledger-io';
import type { Look } from './look';
import { PROMPT_MAX, PROMPT_TITLE, cellId, hexColor, parseLook, queueCommentCells, queueLookRead, queuePromptRead, restorePieces } from './look';
import { LOOK_READ_BYTES, OP_BYTES, REQUEST_BUDGET, wireBytes } from './payload';
import { queueSheetList } from './sheets';

const NOTE_HEADER = '通报表助手：';

/** The note on a marked cell: the user's own note stays first, untouched. */
export function noteText(message: string, original: string | null | undefined): string {
  const ours = `${NOTE_HEADER}\n${message}`;
  return original ? `${original}\n\n${ours}` : ours;
}

/** What fits in an input prompt: Excel takes at most 255 characters. */
export function promptText(message: string): string {
  return message.length <= PROMPT_MAX ? message : `${message.slice(0, PROMPT_MAX - 1)}…`;
}

/** One mark per cell, its address written the one way ("$d$17" → "D17"); the last one given wins. */
function distinct(marks: readonly Mark[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const m of marks) {
    const { row, col } = parseA1(m.cell);
    const cell = toA1(row, col);
    byCell.set(cellId(m.sheet, cell), { ...m, cell });
  }
  return [...byCell.values()];
}

/**
 * Marks cells in two round trips (three when a marked sheet has threaded comments). The first reads the ledger, the sheets' protection and the
 * current look of every target cell; the second puts back cells marked before, paints the new marks
 * grouped by style into RangeAreas, writes the messages and saves the originals in the ledger (a
 * very large set of marks spreads over as many requests as the 5 MB cap needs).
 * A cell marked before keeps the original saved then, so marking twice never loses the user's look.
 */
export async function applyMarks(ctx: Excel.RequestContext, caps: Capabilities, given: readonly Mark[]): Promise<void> {
  const marks = distinct(given);
  const ledgerRead = queueLedgerRead(ctx);
  const sheetList = queueSheetList(ctx);
  const targetSheets = [...new Set(marks.map((m) => m.sheet))];
  const guards = targetSheets.map((name) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(name);
    ws.protection.load('protected');
    return { name, ws };
  });
  const [first = [], ...more] = readGroups(marks, caps);
  const lookReads = [queueLookRead(ctx, caps, first)];
  const commentCounts = caps.notes && caps.comments ? targetSheets.map((name) => ({ name, count: ctx.workbook.worksheets.getItem(name).comments.getCount() })) : [];
  await ctx.sync();

  for (const { name, ws } of guards) {
    if (ws.isNullObject) throw new HostError('not-found', { sheet: name });
    if (ws.protection.protected) throw new HostError('protected', { sheet: name });
  }
  // Only a very large set of marks needs its looks read over more requests.
  for (const group of more) {
    lookReads.push(queueLookRead(ctx, caps, group));
    await ctx.sync();
  }
  const looks = new Map(lookReads.flatMap((read) => [...read.looks()]));
  await moveOffCommentedCells(ctx, marks, looks, new Map(commentCounts.filter((c) => c.count.value > 0).map((c) => [c.name, c.count.value])));
  const ledger = ledgerRead.ledger();
  const existing = sheetList.names();

  const before = ledger.marks.filter((r) => existing.has(r.sheet));
  const previous = new Map(before.map((r) => [cellId(r.sheet, r.cell), r]));
  const records: MarkRecord[] = [];
  const current = new Map<string, Look>();
  for (const mark of marks) {
    const id = cellId(mark.sheet, mark.cell);
    const fresh = looks.get(id);
    if (!fresh) continue;
    const old = previous.get(id);
    const oldLook = old ? parseLook(old.original) : null;
    // Fill and font come from the first marking; the message holder from whichever read saw it unmarked.
    const look: Look = oldLook ? { ...fresh, fill: oldLook.fill, fontColor: oldLook.fontColor, bold: oldLook.bold } : fresh;
    if (oldLook && oldLook.via === fresh.via) {
      look.note = oldLook.note;
      look.prompt = oldLook.prompt;
      look.validation = oldLook.validation;
    }
    current.set(id, look);
    records.push({ sheet: mark.sheet, cell: mark.cell, original: JSON.stringify(look) });
  }

  // Cells marked before go back to their own look first. The originals are saved before any new
  // mark goes on, so even a run cut short over several requests leaves every mark removable.
  const batch = new Batcher(ctx);
  await batch.addAll(restorePieces(ctx, caps, before));
  await batch.addAll(ledgerPieces(ctx, ledgerRead, { ...ledger, marks: records }));
  await batch.addAll(paintPieces(ctx, marks));
  await batch.addAll(messagePieces(ctx, marks, current));
  await batch.flush();
}


/** The marks in groups whose look reads each fit in one request. */
function readGroups(marks: readonly Mark[], caps: Capabilities): Mark[][] {
  const perGroup = Math.max(1, Math.floor(REQUEST_BUDGET / LOOK_READ_BYTES[caps.notes ? 'note' : 'prompt']));
  const groups: Mark[][] = [];
  for (let i = 0; i < marks.length; i += perGroup) groups.push(marks.slice(i, i + perGroup));
  return groups;
}

/**
 * A cell with a threaded comment cannot take a note: its message goes in the input prompt instead.
 * Only when a target sheet has comments does this cost a round trip.
 */
async function moveOffCommentedCells(ctx: Excel.RequestContext, marks: readonly Mark[], looks: Map<string, Look>, counts: Map<string, number>): Promise<void> {
  if (counts.size === 0) return;
  const onThoseSheets = marks.filter((m) => counts.has(m.sheet));
  const commented = queueCommentCells(ctx, counts);
  const prompts = queuePromptRead(ctx, onThoseSheets);
  await ctx.sync();
  const cells = commented();
  const read = prompts();
  for (const mark of onThoseSheets) {
    const id = cellId(mark.sheet, mark.cell);
    const look = looks.get(id);
    if (!look || !cells.has(id)) continue;
    looks.set(id, { fill: look.fill, fontColor: look.fontColor, bold: look.bold, via: 'prompt', ...read.get(id) });
  }
}

function paintPieces(ctx: Excel.RequestContext, marks: readonly Mark[]): Piece[] {
  const groups = new Map<string, Mark[]>();
  for (const m of marks) {
    const key = `${m.sheet}\u0000${m.style}`;
    const list = groups.get(key);
    if (list) list.push(m);
    else groups.set(key, [m]);
  }
  const pieces: Piece[] = [];
  for (const list of groups.values()) {
    const first = list[0];
    if (!first) continue;
    const style = MARK_STYLES[first.style];
    const cells = list.map((m) => cellPos(m.cell));
    for (const chunk of chunkAddresses(rectangles(cells).map(rectAddress))) {
      pieces.push({
        bytes: OP_BYTES * 6 + chunk.length,
        queue: () => {
          const areas = ctx.workbook.worksheets.getItem(first.sheet).getRanges(chunk);
          areas.format.fill.color = hexColor(style.fill);
          if (style.fontColor) areas.format.font.color = hexColor(style.fontColor);
          if (style.bold !== undefined) areas.format.font.bold = style.bold;
        },
      });
    }
  }
  return pieces;
}

function messagePieces(ctx: Excel.RequestContext, marks: readonly Mark[], looks: Map<string, Look>): Piece[] {
  const pieces: Piece[] = [];
  for (const mark of marks) {
    const look = looks.get(cellId(mark.sheet, mark.cell));
    if (!look) continue;
    pieces.push({
      bytes: OP_BYTES * 4 + wireBytes(mark.note) + wireBytes(look.note ?? ''),
      queue: () => {
        const ws = ctx.workbook.worksheets.getItem(mark.sheet);
        if (look.via === 'note') {
          if (look.note) ws.notes.getItemOrNullObject(mark.cell).content = noteText(mark.note, look.note);
          else ws.notes.add(mark.cell, noteText(mark.note, null));
        } else {
          ws.getRange(mark.cell).dataValidation.prompt = { showPrompt: true, title: PROMPT_TITLE, message: promptText(mark.note) };
        }
      },
    });
  }
  return pieces;
}

/** Takes every mark off in two round trips: read the ledger, then put each cell back as it was. */
export async function clearMarks(ctx: Excel.RequestContext, caps: Capabilities): Promise<void> {
  const ledgerRead = queueLedgerRead(ctx);
  const sheetList = queueSheetList(ctx);
  await ctx.sync();
  const ledger = ledgerRead.ledger();
  if (ledger.marks.length === 0) return;
  const existing = sheetList.names();
  const batch = new Batcher(ctx);
  await batch.addAll(
    restorePieces(
      ctx,
      caps,
      ledger.marks.filter((r) => existing.has(r.sheet)),
    ),
  );
  await batch.addAll(ledgerPieces(ctx, ledgerRead, { ...ledger, marks: [] }));
  await batch.flush();
}
