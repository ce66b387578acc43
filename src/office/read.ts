import type { Ledger } from '../core/ledger';
import { generatedRole, isGenerated, isLedgerSheet } from '../core/plan/sheets';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { columnName, parseAreaList } from '../core/address';
import type { Capabilities } from './context';
import { clipToData } from '../core/merge-area';
import { queueLedgerRead } from './ledger-io';
import type { LedgerRead } from './ledger-io';
import { READ_CELL_BUDGET, READ_CELL_LIMIT, REQUEST_BUDGET, isTooLarge, wireBytes } from './payload';

/** Sheets sized in the first round trip by walking getFirst → getNextOrNullObject. */
const PROBED_SHEETS = 64;
/** Rows of each of the first sheets read with the sizes. */
const SAMPLE_ROWS = 100;
const SAMPLED_SHEETS = 8;
/** Sheets are read in slices of this many cells, packed into requests. */
const SLICE_CELLS = 2000;
/** getMergedAreasOrNullObject fails past 512 areas; a window this many cells wide cannot hold more. */
const MERGE_WINDOW_CELLS = 1000;

interface SheetSize {
  name: string;
  /** Last used row and column, 0-based; null when the sheet is empty or its size is unknown. */
  last: { row: number; col: number } | null;
  known: boolean;
  /** First row still to read: rows above it came with the first round trip. */
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

/**
 * Reads the workbook for the core. First round trip: every sheet's name and used-range size (for
 * up to 64 sheets, by walking from the first sheet) and the ledger. Second: the values of every
 * sheet the core needs, from A1, and their merged areas (ExcelApi 1.13; without it the core still
 * joins a task's rows through its empty 序号 cells). A sheet too big for one request is read in row
 * blocks packed into requests under Excel's limits; each extra request is one more round trip.
 */
export async function readWorkbook(ctx: Excel.RequestContext, caps: Capabilities): Promise<WorkbookSnapshot> {
  const probe = queueProbe(ctx);
  await ctx.sync();
  const sizes = sizeSheets(probe);
  const grids = new Grids(sizes);
  const sampled = packSamples(sizes, takeSamples(probe), grids);
  const budget = sampled.bytes > 0 ? cellBudget(sampled.bytes, sampled.cells) : READ_CELL_BUDGET;
  await readRest(ctx, caps, sizes, grids, budget);
  return grids.snapshot(sizes);
}

/** The first round trip: every sheet's name and size, the first rows of the first visible sheets, the ledger. */
interface Probe {
  sheets: Excel.WorksheetCollection;
  probes: { ws: Excel.Worksheet; used: Excel.Range }[];
  sampled: { ws: Excel.Worksheet; range: Excel.Range }[];
  ledgerRead: LedgerRead;
}

function queueProbe(ctx: Excel.RequestContext): Probe {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  const probes: Probe['probes'] = [];
  let ws = sheets.getFirst();
  for (let i = 0; i < PROBED_SHEETS; i++) {
    ws.load('name');
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    probes.push({ ws, used });
    ws = ws.getNextOrNullObject();
  }
  // The first rows of the first visible sheets come along: a small sheet is then read whole, and a
  // large one tells how many bytes its cells weigh, so the next requests are sized right the first
  // time. Visible only: the ledger, very hidden, is read once, below.
  const sampled: Probe['sampled'] = [];
  let visible = sheets.getFirst(true);
  for (let i = 0; i < SAMPLED_SHEETS; i++) {
    visible.load('name');
    const range = visible.getUsedRangeOrNullObject(true).getIntersectionOrNullObject(visible.getRange(`1:${SAMPLE_ROWS}`));
    range.load('values,rowIndex,columnIndex');
    sampled.push({ ws: visible, range });
    visible = visible.getNextOrNullObject(true);
  }
  return { sheets, probes, sampled, ledgerRead: queueLedgerRead(ctx) };
}

/** The sheets the core should see, in tab order, with the sizes the probe found. */
function sizeSheets(probe: Probe): SheetSize[] {
  const ledger = probe.ledgerRead.ledger();
  const sized = new Map<string, SheetSize>();
  for (const { ws, used } of probe.probes) {
    if (ws.isNullObject) break;
    const last = used.isNullObject ? null : { row: used.rowIndex + used.rowCount - 1, col: used.columnIndex + used.columnCount - 1 };
    sized.set(ws.name, { name: ws.name, last, known: true, from: 0 });
  }
  const order = probe.sheets.items.filter((s) => wanted(s.name, s.id, ledger)).map((s) => s.name);
  return order.map((name) => sized.get(name) ?? { name, last: null, known: false, from: 0 });
}

interface Sample {
  rows: unknown[][];
  rowIndex: number;
  columnIndex: number;
}

function takeSamples(probe: Probe): Map<string, Sample> {
  const samples = new Map<string, Sample>();
  for (const { ws, range } of probe.sampled) {
    if (ws.isNullObject) break;
    if (!range.isNullObject) samples.set(ws.name, { rows: range.values, rowIndex: range.rowIndex, columnIndex: range.columnIndex });
  }
  return samples;
}

/** Puts the sampled rows in place; what they weighed sizes the next requests. */
function packSamples(sizes: SheetSize[], samples: Map<string, Sample>, grids: Grids): { cells: number; bytes: number } {
  let cells = 0;
  let bytes = 0;
  for (const size of sizes) {
    const sample = samples.get(size.name);
    if (!sample || !size.last) continue;
    grids.put(size.name, sample.rowIndex, sample.columnIndex, sample.rows);
    size.from = sample.rowIndex + sample.rows.length;
    cells += sample.rows.length * (size.last.col + 1);
    bytes += wireBytes(sample.rows);
  }
  return { cells, bytes };
}

/** Each sheet's values and merged areas as they come in, merged into the snapshot at the end. */
class Grids {
  private readonly values = new Map<string, CellValue[][]>();
  private readonly merges = new Map<string, MergeArea[]>();
  private readonly seenMerges = new Set<string>();

  constructor(sizes: readonly SheetSize[]) {
    for (const s of sizes) {
      this.values.set(s.name, []);
      this.merges.set(s.name, []);
    }
  }

  /** Rows read from (top, left), 0-based; cells left of `left` are empty. */
  put(sheet: string, top: number, left: number, rows: readonly unknown[][]): void {
    const grid = this.values.get(sheet) ?? [];
    const pad = left > 0 ? (Array(left).fill(null) as CellValue[]) : [];
    rows.forEach((row, i) => {
      grid[top + i] = pad.length ? [...pad, ...row.map(flatten)] : row.map(flatten);
    });
  }

  /** A loaded merged-areas address, clipped to the sheet's data; an area read twice counts once. */
  addMerges(sheet: string, address: string, last: { row: number; col: number }): void {
    for (const whole of parseAreaList(address)) {
      const m = clipToData(whole, last);
      if (!m) continue;
      const key = `${sheet}\u0000${m.top},${m.left},${m.bottom},${m.right}`;
      if (this.seenMerges.has(key)) continue;
      this.seenMerges.add(key);
      this.merges.get(sheet)?.push(m);
    }
  }

  snapshot(sizes: readonly SheetSize[]): WorkbookSnapshot {
    const sheets: SheetSnapshot[] = sizes.map((s) => ({
      name: s.name,
      values: Array.from(this.values.get(s.name) ?? [], (row) => row ?? []),
      merges: this.merges.get(s.name) ?? [],
    }));
    return { sheets };
  }
}

/**
 * Reads what the sample left, in row blocks packed into requests sized from the bytes per cell seen
 * so far, so a dense sheet needs no refused attempt. Merged areas and the sheets past the probe (few
 * and rare: their used range is read whole) come with the first request.
 */
async function readRest(ctx: Excel.RequestContext, caps: Capabilities, sizes: SheetSize[], grids: Grids, startBudget: number): Promise<void> {
  const queue = sliceSheets(sizes);
  const unknown = sizes.filter((s) => !s.known).map((s) => s.name);
  let budget = startBudget;
  let first = true;
  const mergeWork = caps.mergedAreas && sizes.some((s) => s.last);
  while (queue.length > 0 || (first && (unknown.length > 0 || mergeWork))) {
    const request = takeRequest(queue, budget);
    const pending = queueBlocks(ctx, request);
    const mergeReads = first && caps.mergedAreas ? queueMerges(ctx, sizes) : [];
    const unknownReads = first ? queueUsedRanges(ctx, unknown) : [];
    try {
      await ctx.sync();
    } catch (error) {
      if (!isTooLarge(error) || !requeue(queue, request)) throw error;
      budget = Math.max(1, Math.floor(request.reduce((n, b) => n + blockCells(b), 0) / 2));
      continue;
    }
    budget = packBlocks(pending, grids) ?? budget;
    for (const { sheet, areas } of mergeReads) {
      const last = sizes.find((s) => s.name === sheet)?.last;
      if (!areas.isNullObject && last) grids.addMerges(sheet, areas.address, last);
    }
    for (const { name, used } of unknownReads) {
      if (!used.isNullObject) grids.put(name, used.rowIndex, used.columnIndex, used.values);
    }
    first = false;
  }
}

function queueUsedRanges(ctx: Excel.RequestContext, names: readonly string[]): { name: string; used: Excel.Range }[] {
  return names.map((name) => {
    const used = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    return { name, used };
  });
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
