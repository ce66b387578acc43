import type { Ledger } from '../core/ledger';
import { generatedRole, isGenerated, isLedgerSheet } from '../core/plan/sheets';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { columnName, parseAreaList } from '../core/address';
import type { Capabilities } from './context';
import { clipToData } from '../core/merge-area';
import { queueLedgerRead } from './ledger-io';
import type { LedgerMemo, LedgerRead } from './ledger-io';
import { READ_CELL_BUDGET, READ_CELL_LIMIT, REQUEST_BUDGET, isTooLarge, wireBytes } from './payload';

/** Rows of each sheet read with its size: a small sheet then comes whole, a large one tells its weight. */
const SAMPLE_ROWS = 100;
/** Sheets past the first whose first rows come with their sizes. */
const SAMPLED_SHEETS = 8;
/** Sheets are read in slices of this many cells, packed into requests. */
const SLICE_CELLS = 2000;
/** getMergedAreasOrNullObject fails past 512 areas; a window this many cells wide cannot hold more. */
const MERGE_WINDOW_CELLS = 1000;

interface SheetSize {
  name: string;
  /** Last used row and column, 0-based; null when the sheet is empty. */
  last: { row: number; col: number } | null;
  /** First row still to read: rows above it came with the size. */
  from: number;
}

interface Block {
  sheet: string;
  top: number;
  bottom: number;
  right: number;
}

function blockCells(b: Block): number {
  return (b.bottom - b.top + 1) * (b.right + 1);
}

/**
 * Which sheets the core should see: not the ledger, not Tongbao's own output (a generated 名单 is
 * input). A sheet is Tongbao's only while it is the very sheet generated: same name and same id.
 */
function wanted(name: string, id: string, ledger: Ledger): boolean {
  if (isLedgerSheet(name)) return false;
  const sheet = { name, id };
  return !isGenerated(ledger, sheet) || generatedRole(ledger, sheet) === 'roster';
}

/** Row slices of every sheet, small enough to be packed into requests of any size. */
function sliceSheets(sizes: readonly SheetSize[], sliceCells = SLICE_CELLS): Block[] {
  const blocks: Block[] = [];
  for (const size of sizes) {
    if (!size.last) continue;
    const rows = Math.max(1, Math.floor(sliceCells / (size.last.col + 1)));
    for (let top = size.from; top <= size.last.row; top += rows) {
      blocks.push({ sheet: size.name, top, bottom: Math.min(size.last.row, top + rows - 1), right: size.last.col });
    }
  }
  return blocks;
}

/** Cells per request at the weight observed so far, under the payload budget and Excel's cell cap. */
function cellBudget(bytes: number, cells: number): number {
  return Math.min(READ_CELL_LIMIT, Math.max(1, Math.floor(REQUEST_BUDGET / (bytes / cells))));
}

/** Takes slices off the front of the queue up to the cell budget (always at least one). */
function takeRequest(queue: Block[], budget: number): Block[] {
  const request: Block[] = [];
  let cells = 0;
  while (queue.length > 0) {
    const next = queue[0];
    if (!next || (request.length > 0 && cells + blockCells(next) > budget)) break;
    request.push(next);
    cells += blockCells(next);
    queue.shift();
  }
  return request;
}

/** A request Excel refused as too large goes back to the queue; a lone slice is cut in two. */
function requeue(queue: Block[], request: Block[]): boolean {
  if (request.length > 1) {
    queue.unshift(...request);
    return true;
  }
  const b = request[0];
  if (!b || b.top === b.bottom) return false;
  const mid = Math.floor((b.top + b.bottom) / 2);
  queue.unshift({ ...b, bottom: mid }, { ...b, top: mid + 1 });
  return true;
}

interface Pending {
  block: Block;
  range: Excel.Range;
}

/** Queues one request's reads: the values of each block, from column A. */
function queueBlocks(ctx: Excel.RequestContext, request: readonly Block[]): Pending[] {
  return request.map((block) => {
    const range = ctx.workbook.worksheets.getItem(block.sheet).getRange(`A${block.top + 1}:${columnName(block.right)}${block.bottom + 1}`);
    range.load('values');
    return { block, range };
  });
}

/** Queues the merged areas of every sheet, in windows too small to hold the 512 areas Excel allows. */
function queueMerges(ctx: Excel.RequestContext, sizes: readonly SheetSize[]): { sheet: string; areas: Excel.RangeAreas }[] {
  const out: { sheet: string; areas: Excel.RangeAreas }[] = [];
  for (const size of sizes) {
    if (!size.last) continue;
    const ws = ctx.workbook.worksheets.getItem(size.name);
    const right = columnName(size.last.col);
    const rows = Math.max(1, Math.floor(MERGE_WINDOW_CELLS / (size.last.col + 1)));
    for (let top = 0; top <= size.last.row; top += rows) {
      const bottom = Math.min(size.last.row, top + rows - 1);
      const areas = ws.getRange(`A${top + 1}:${right}${bottom + 1}`).getMergedAreasOrNullObject();
      areas.load('address');
      out.push({ sheet: size.name, areas });
    }
  }
  return out;
}

/** Each sheet's values and merged areas as they come in, merged into the snapshot at the end. */
class Grids {
  private readonly values = new Map<string, CellValue[][]>();
  private readonly merges = new Map<string, MergeArea[]>();
  private readonly seenMerges = new Set<string>();

  /** Rows read from (top, left), 0-based; cells left of `left` are empty. */
  put(sheet: string, top: number, left: number, rows: readonly unknown[][]): void {
    const grid = this.values.get(sheet) ?? [];
    this.values.set(sheet, grid);
    const pad = left > 0 ? (Array(left).fill(null) as CellValue[]) : [];
    rows.forEach((row, i) => {
      grid[top + i] = pad.length ? [...pad, ...row.map(flatten)] : row.map(flatten);
    });
  }

  /** A loaded merged-areas address, clipped to the sheet's data; an area read twice counts once. */
  addMerges(sheet: string, address: string, last: { row: number; col: number }): void {
    const list = this.merges.get(sheet) ?? [];
    this.merges.set(sheet, list);
    for (const whole of parseAreaList(address)) {
      const m = clipToData(whole, last);
      if (!m) continue;
      const key = `${sheet}\u0000${m.top},${m.left},${m.bottom},${m.right}`;
      if (this.seenMerges.has(key)) continue;
      this.seenMerges.add(key);
      list.push(m);
    }
  }

  /** The sheets named, in that order. */
  snapshot(names: readonly string[]): WorkbookSnapshot {
    const sheets: SheetSnapshot[] = names.map((name) => ({
      name,
      values: Array.from(this.values.get(name) ?? [], (row) => row ?? []),
      merges: this.merges.get(name) ?? [],
    }));
    return { sheets };
  }
}

/** A sheet's size and first rows, queued: worksheet and used ranges are never null objects here. */
interface Probe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  sample: Excel.Range | null;
}

/**
 * Queues a sheet's size (its used range, which Excel gives as A1 on an empty sheet) and, when asked,
 * its first rows: the used part of rows 1-100, a null object when they are empty, tested after the sync.
 */
function queueProbe(ws: Excel.Worksheet, withSample: boolean): Probe {
  ws.load('name');
  const used = ws.getUsedRange(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  if (!withSample) return { ws, used, sample: null };
  const sample = ws.getRange(`1:${SAMPLE_ROWS}`).getUsedRangeOrNullObject(true);
  sample.load('values,rowIndex,columnIndex');
  return { ws, used, sample };
}

/** What a probe found, after the sync: the sheet's size, and its first rows put in place. */
function takeProbe(probe: Probe, grids: Grids, weight: Weight): SheetSize {
  const { used, sample } = probe;
  const name = probe.ws.name;
  const sampled = sample && !sample.isNullObject ? sample : null;
  const single = used.rowCount === 1 && used.columnCount === 1 && used.rowIndex === 0 && used.columnIndex === 0;
  // A blank sheet's used range is A1; A1 holding a value shows in the sample, which covers it.
  const blank = single && probe.sample !== null && !sampled;
  const last = blank ? null : { row: used.rowIndex + used.rowCount - 1, col: used.columnIndex + used.columnCount - 1 };
  const size: SheetSize = { name, last, from: 0 };
  if (sampled && last) {
    grids.put(name, sampled.rowIndex, sampled.columnIndex, sampled.values);
    size.from = sampled.rowIndex + sampled.values.length;
    weight.add(sampled.values.length * (last.col + 1), wireBytes(sampled.values));
  }
  return size;
}

/** Bytes per cell seen so far, which size the next requests. */
class Weight {
  private cells = 0;
  private bytes = 0;
  add(cells: number, bytes: number): void {
    this.cells += cells;
    this.bytes += bytes;
  }
  budget(fallback: number): number {
    return this.bytes > 0 ? cellBudget(this.bytes, this.cells) : fallback;
  }
}

/**
 * Reads the workbook for the core, by Microsoft's documented pattern only: nothing that may be a null
 * object is used before a sync has shown it is not. First round trip: every sheet's name and id, the
 * size and first rows of the first visible sheet (Excel always keeps one) and the ledger, or whether
 * there is one. Then the other sheets' sizes and first rows with the rest of the first sheet, and the
 * merged areas (ExcelApi 1.13); what is left comes in row blocks packed into requests under Excel's
 * limits. A one-sheet report is read in two round trips.
 */
export async function readWorkbook(ctx: Excel.RequestContext, caps: Capabilities, memo: LedgerMemo): Promise<WorkbookSnapshot> {
  const ledgerRead = queueLedgerRead(ctx, memo);
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  const firstProbe = queueProbe(sheets.getFirst(true), true);
  await ledgerRead.sync();
  const grids = new Grids();
  const weight = new Weight();
  const first = takeProbe(firstProbe, grids, weight);
  const others = sheets.items.map((s) => s.name).filter((name) => name !== first.name && !isLedgerSheet(name));
  const isWanted = (name: string) => {
    if (!ledgerRead.done()) return !isLedgerSheet(name);
    const item = sheets.items.find((s) => s.name === name);
    return !!item && wanted(item.name, item.id, ledgerRead.ledger());
  };
  const reader = new RestReader(ctx, caps, grids, weight, ledgerRead, isWanted);
  await reader.read([first], others);
  await ledgerRead.complete();
  const ledger = ledgerRead.ledger();
  const names = sheets.items.filter((s) => wanted(s.name, s.id, ledger)).map((s) => s.name);
  return grids.snapshot(names);
}

/**
 * Reads what the first round trip left, in row blocks packed into requests sized from the bytes per
 * cell seen so far, so a dense sheet needs no refused attempt. The other sheets are sized with the
 * first of these requests; merged areas come with the request after a sheet is sized; the ledger's
 * remaining parts ride along.
 */
class RestReader {
  private readonly queue: Block[] = [];
  private readonly sized: SheetSize[] = [];
  private unsized: string[] = [];
  private unmerged: SheetSize[] = [];

  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly caps: Capabilities,
    private readonly grids: Grids,
    private readonly weight: Weight,
    private readonly ledgerRead: LedgerRead,
    private readonly isWanted: (name: string) => boolean,
  ) {}

  private add(sizes: readonly SheetSize[]): void {
    for (const size of sizes) {
      if (!this.isWanted(size.name)) continue;
      this.sized.push(size);
      this.queue.push(...sliceSheets([size]));
      if (this.caps.mergedAreas && size.last) this.unmerged.push(size);
    }
  }

  async read(known: readonly SheetSize[], others: readonly string[]): Promise<void> {
    this.add(known);
    this.unsized = [...others];
    let budget = this.weight.budget(READ_CELL_BUDGET);
    while (this.queue.length > 0 || this.unsized.length > 0 || this.unmerged.length > 0) {
      const keep = (b: Block) => this.isWanted(b.sheet);
      const queue = this.queue.filter(keep);
      this.queue.splice(0, this.queue.length, ...queue);
      const probes = this.unsized.filter((name) => this.isWanted(name)).map((name, i) => queueProbe(this.ctx.workbook.worksheets.getItem(name), i < SAMPLED_SHEETS));
      const merging = this.unmerged.filter((s) => this.isWanted(s.name));
      const mergeReads = queueMerges(this.ctx, merging);
      const request = takeRequest(this.queue, budget);
      const pending = queueBlocks(this.ctx, request);
      this.ledgerRead.queue();
      try {
        await this.ledgerRead.sync();
      } catch (error) {
        if (!isTooLarge(error) || !requeue(this.queue, request)) throw error;
        budget = Math.max(1, Math.floor(request.reduce((n, b) => n + blockCells(b), 0) / 2));
        continue;
      }
      this.unsized = [];
      this.unmerged = [];
      budget = packBlocks(pending, this.grids) ?? this.weight.budget(budget);
      for (const { sheet, areas } of mergeReads) {
        const last = merging.find((s) => s.name === sheet)?.last;
        if (!areas.isNullObject && last) this.grids.addMerges(sheet, areas.address, last);
      }
      this.add(probes.map((p) => takeProbe(p, this.grids, this.weight)));
    }
  }
}

/** Puts a request's blocks in place; the new cell budget from what they weighed, if they weighed anything. */
function packBlocks(pending: readonly Pending[], grids: Grids): number | null {
  let cells = 0;
  let bytes = 0;
  for (const { block, range } of pending) {
    const rows = range.values;
    cells += blockCells(block);
    bytes += wireBytes(rows);
    grids.put(block.sheet, block.top, 0, rows);
  }
  return cells > 0 && bytes > 0 ? cellBudget(bytes, cells) : null;
}

function flatten(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
