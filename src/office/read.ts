import type { Ledger } from '../core/ledger';
import { generatedRole, isGenerated, isLedgerSheet } from '../core/plan/sheets';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { columnName, parseAreaList } from '../core/address';
import type { Capabilities } from './context';
import { clipToData } from '../core/merge-area';
import { queueLedgerRead } from './ledger-io';
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
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  const probes: { ws: Excel.Worksheet; used: Excel.Range }[] = [];
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
  const sampled: { ws: Excel.Worksheet; range: Excel.Range }[] = [];
  let visible = sheets.getFirst(true);
  for (let i = 0; i < SAMPLED_SHEETS; i++) {
    visible.load('name');
    const range = visible.getUsedRangeOrNullObject(true).getIntersectionOrNullObject(visible.getRange(`1:${SAMPLE_ROWS}`));
    range.load('values,rowIndex,columnIndex');
    sampled.push({ ws: visible, range });
    visible = visible.getNextOrNullObject(true);
  }
  const ledgerRead = queueLedgerRead(ctx);
  await ctx.sync();

  const ledger = ledgerRead.ledger();
  const sized = new Map<string, SheetSize>();
  for (const { ws: probe, used } of probes) {
    if (probe.isNullObject) break;
    const last = used.isNullObject ? null : { row: used.rowIndex + used.rowCount - 1, col: used.columnIndex + used.columnCount - 1 };
    sized.set(probe.name, { name: probe.name, last, known: true, from: 0 });
  }
  const samples = new Map<string, { rows: unknown[][]; rowIndex: number; columnIndex: number }>();
  for (const { ws: sheet, range } of sampled) {
    if (sheet.isNullObject) break;
    if (!range.isNullObject) samples.set(sheet.name, { rows: range.values, rowIndex: range.rowIndex, columnIndex: range.columnIndex });
  }
  const order = sheets.items.filter((s) => wanted(s.name, s.id, ledger)).map((s) => s.name);
  const sizes: SheetSize[] = order.map((name) => sized.get(name) ?? { name, last: null, known: false, from: 0 });

  const values = new Map<string, CellValue[][]>();
  const merges = new Map<string, MergeArea[]>();
  const seenMerges = new Set<string>();
  for (const s of sizes) {
    values.set(s.name, []);
    merges.set(s.name, []);
  }
  let sampledCells = 0;
  let sampledBytes = 0;
  for (const size of sizes) {
    const sample = samples.get(size.name);
    if (!sample || !size.last) continue;
    const grid = values.get(size.name) ?? [];
    sample.rows.forEach((row, i) => {
      grid[sample.rowIndex + i] = [...(Array(sample.columnIndex).fill(null) as CellValue[]), ...row.map(flatten)];
    });
    size.from = sample.rowIndex + sample.rows.length;
    sampledCells += sample.rows.length * (size.last.col + 1);
    sampledBytes += wireBytes(sample.rows);
  }

  // Sheets past the probe are few and rare: their used range is read whole, with the first request.
  const unknown = sizes.filter((s) => !s.known).map((s) => s.name);
  const queueUnknown = () =>
    unknown.map((name) => {
      const used = ctx.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,columnIndex');
      return { name, used };
    });

  // Requests are sized from the bytes per cell seen so far (first in the sample), so a dense sheet
  // needs no refused attempt; merged areas and sheets past the probe come with the first request.
  const queue = sliceSheets(sizes);
  let budget = sampledBytes > 0 ? cellBudget(sampledBytes, sampledCells) : READ_CELL_BUDGET;
  let first = true;
  const mergeWork = caps.mergedAreas && sizes.some((s) => s.last);
  while (queue.length > 0 || (first && (unknown.length > 0 || mergeWork))) {
    const request = takeRequest(queue, budget);
    const pending = queueBlocks(ctx, request);
    const mergeReads = first && caps.mergedAreas ? queueMerges(ctx, sizes) : [];
    const unknownReads = first ? queueUnknown() : [];
    try {
      await ctx.sync();
    } catch (error) {
      if (!isTooLarge(error) || !requeue(queue, request)) throw error;
      budget = Math.max(1, Math.floor(request.reduce((n, b) => n + blockCells(b), 0) / 2));
      continue;
    }
    let cells = 0;
    let bytes = 0;
    for (const { block, range } of pending) {
      const grid = values.get(block.sheet) ?? [];
      const rows = range.values;
      cells += blockCells(block);
      bytes += wireBytes(rows);
      rows.forEach((row, i) => {
        grid[block.top + i] = row.map(flatten);
      });
    }
    if (cells > 0 && bytes > 0) budget = cellBudget(bytes, cells);
    for (const { sheet, areas } of mergeReads) {
      const last = sizes.find((s) => s.name === sheet)?.last;
      if (areas.isNullObject || !last) continue;
      for (const whole of parseAreaList(areas.address)) {
        const m = clipToData(whole, last);
        if (!m) continue;
        const key = `${sheet}\u0000${m.top},${m.left},${m.bottom},${m.right}`;
        if (seenMerges.has(key)) continue;
        seenMerges.add(key);
        merges.get(sheet)?.push(m);
      }
    }
    if (first) {
      for (const { name, used } of unknownReads) {
        if (used.isNullObject) continue;
        const grid = values.get(name) ?? [];
        used.values.forEach((row, i) => {
          grid[used.rowIndex + i] = [...(Array(used.columnIndex).fill(null) as CellValue[]), ...row.map(flatten)];
        });
      }
      first = false;
    }
  }

  const out: SheetSnapshot[] = sizes.map((s) => ({
    name: s.name,
    values: Array.from(values.get(s.name) ?? [], (row) => row ?? []),
    merges: merges.get(s.name) ?? [],
  }));
  return { sheets: out };
}

function flatten(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
