import type { Mark } from '../core/host';
import type { LookRecord } from '../core/look';
import { cellKey, normalCell } from '../core/plan/cells';
import { planClear, planMarks, type Paint } from '../core/plan/marks';
import { cellPos, chunkAddresses, rectAddress, rectangles } from './areas';
import { Batcher } from './batcher';
import type { Piece } from './batcher';
import type { Capabilities } from './context';
import { ledgerPieces, queueLedgerRead } from './ledger-io';
import type { LedgerMemo } from './ledger-io';
import { cellId, hexColor, queueCommentCells, queueLookRead, queuePromptRead, readNotes, restorePieces } from './look';
import type { NoteState } from './look';
import { LOOK_READ_BYTES, OP_BYTES, REQUEST_BUDGET, wireBytes } from './payload';
import { queueSheetList } from './sheets';

/** The cells to read: each mark's cell written the one way ("$d$17" → "D17"), once. */
function targets(marks: readonly Mark[]): Mark[] {
  const byCell = new Map<string, Mark>();
  for (const m of marks) {
    const cell = normalCell(m.cell);
    if (cell) byCell.set(cellKey(m.sheet, cell), { ...m, cell });
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
export async function applyMarks(ctx: Excel.RequestContext, caps: Capabilities, given: readonly Mark[], memo: LedgerMemo): Promise<void> {
  const marks = targets(given);
  const ledgerRead = queueLedgerRead(ctx, memo);
  const sheetList = queueSheetList(ctx);
  const targetSheets = [...new Set(marks.map((m) => m.sheet))];
  const [first = [], ...more] = readGroups(marks, caps);
  const lookReads = [queueLookRead(ctx, caps, first)];
  const commentCounts = caps.notes && caps.comments ? targetSheets.map((name) => ({ name, count: ctx.workbook.worksheets.getItem(name).comments.getCount() })) : [];
  await ledgerRead.sync();
  sheetList.guard(targetSheets);

  // Only a very large set of marks needs its looks read over more requests; a large ledger rides along.
  for (const group of more) {
    lookReads.push(queueLookRead(ctx, caps, group));
    ledgerRead.queue();
    await ledgerRead.sync();
  }
  await ledgerRead.complete();
  const looks = new Map(lookReads.flatMap((read) => [...read.looks()]));
  await moveOffCommentedCells(ctx, marks, looks, new Map(commentCounts.filter((c) => c.count.value > 0).map((c) => [c.name, c.count.value])));
  const existing = sheetList.names();
  const plan = planMarks(ledgerRead.ledger(), marks, (sheet, cell) => looks.get(cellId(sheet, cell)), (name) => existing.has(name));
  const notes = await readNotes(ctx, caps, plan.restore, notesOf(looks));

  // Cells marked before go back to their own look first. The originals are saved before any new
  // mark goes on, so even a run cut short over several requests leaves every mark removable.
  const batch = new Batcher(ctx);
  await batch.addAll(restorePieces(ctx, caps, plan.restore, notes));
  await batch.addAll(ledgerPieces(ctx, ledgerRead, plan.ledger));
  await batch.addAll(paintPieces(ctx, plan.paint));
  await batch.addAll(messagePieces(ctx, plan.paint, notes));
  await batch.flush();
}

/** Which of the cells read have a note now: a cell whose look holds its note. */
function notesOf(looks: ReadonlyMap<string, LookRecord>): NoteState {
  const out: NoteState = new Map();
  for (const [id, look] of looks) if (look.note !== 'unchanged') out.set(id, look.note !== null);
  return out;
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
async function moveOffCommentedCells(ctx: Excel.RequestContext, marks: readonly Mark[], looks: Map<string, LookRecord>, counts: Map<string, number>): Promise<void> {
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
    const prompt = read.get(id);
    if (!look || !prompt || !cells.has(id)) continue;
    looks.set(id, { ...look, note: 'unchanged', prompt });
  }
}

/** The paint grouped by sheet and look into RangeAreas. */
function paintPieces(ctx: Excel.RequestContext, paints: readonly Paint[]): Piece[] {
  const groups = new Map<string, Paint[]>();
  for (const p of paints) {
    const key = JSON.stringify([p.sheet, p.fill, p.fontColor, p.bold]);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  const pieces: Piece[] = [];
  for (const list of groups.values()) {
    const first = list[0];
    if (!first) continue;
    const cells = list.map((p) => cellPos(p.cell));
    for (const chunk of chunkAddresses(rectangles(cells).map(rectAddress))) {
      pieces.push({
        bytes: OP_BYTES * 7 + chunk.length,
        queue: () => {
          const areas = ctx.workbook.worksheets.getItem(first.sheet).getRanges(chunk);
          if (first.fill) {
            areas.format.fill.color = hexColor(first.fill);
            // A colour may keep a pattern the cell had: the mark is a plain fill.
            areas.format.fill.pattern = 'Solid';
          }
          if (first.fontColor) areas.format.font.color = hexColor(first.fontColor);
          if (first.bold !== undefined) areas.format.font.bold = first.bold;
        },
      });
    }
  }
  return pieces;
}

function messagePieces(ctx: Excel.RequestContext, paints: readonly Paint[], notes: NoteState): Piece[] {
  const pieces: Piece[] = [];
  for (const paint of paints) {
    const message = paint.message;
    if (!message) continue;
    pieces.push({
      bytes: OP_BYTES * 4 + wireBytes(message.text),
      queue: () => {
        const ws = ctx.workbook.worksheets.getItem(paint.sheet);
        if (message.holder === 'prompt') {
          ws.getRange(paint.cell).dataValidation.prompt = { showPrompt: true, title: message.title, message: message.text };
        } else if (notes.get(cellId(paint.sheet, paint.cell))) {
          // The cell holds a note (the user's, put back or never marked): ours replaces it, the user's text first.
          ws.notes.getItem(paint.cell).content = message.text;
        } else {
          ws.notes.add(paint.cell, message.text);
        }
      },
    });
  }
  return pieces;
}

/**
 * Takes every mark off: read the ledger (in parts when it is large), then which of the cells to put
 * back have a note now when a note is to be put back or removed, then put each cell back as it was.
 */
export async function clearMarks(ctx: Excel.RequestContext, caps: Capabilities, memo: LedgerMemo): Promise<void> {
  const ledgerRead = queueLedgerRead(ctx, memo);
  const sheetList = queueSheetList(ctx);
  await ledgerRead.sync();
  await ledgerRead.complete();
  const ledger = ledgerRead.ledger();
  if (ledger.marks.length === 0) return;
  const existing = sheetList.names();
  const plan = planClear(ledger, (name) => existing.has(name));
  const notes = await readNotes(ctx, caps, plan.restore, new Map());
  const batch = new Batcher(ctx);
  await batch.addAll(restorePieces(ctx, caps, plan.restore, notes));
  await batch.addAll(ledgerPieces(ctx, ledgerRead, plan.ledger));
  await batch.flush();
}
