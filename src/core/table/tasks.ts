import { columnName, toA1 } from '../address';
import type { Columns as ColumnsOf, FieldKey, Status, Task, TaskCells, UnitRef } from '../model';
import type { CellValue } from '../snapshot';
import { readCellStatus } from '../status';
import { placeStatus, type PlacedStatus } from '../status-place';
import { COLUMN_KEYS, FIELD_KEYS, matchColumn } from './columns';
import type { SheetGrid } from './grid';
import { isHeaderRow, type HeaderMatch } from './header';
import { CHINESE_NUMERAL } from './numerals';
import { readSeq } from './seq';
import { cellText, isBlank, squash } from './text';

/**
 * How leader and unit cells are split; the names module provides them. What they return may be shared
 * between calls and is never changed: each task gets its own copy.
 */
export interface Splitters {
  leaders(text: string): readonly { readonly name: string }[];
  units(text: string): readonly Readonly<UnitRef>[];
}

type Columns = ColumnsOf<number>;

export interface Section {
  row: number;
  title: string;
}

interface Draft {
  firstRow: number;
  lastRow: number;
  seqValue: string;
  seq: number | null;
  /** Text of each field, its cells' texts joined by line breaks; '' while none has any. */
  texts: Record<FieldKey, string>;
  /** True once any cell but the 序号 holds something, an error value included. */
  filled: boolean;
  /**
   * Address of a field's cell when it is a merged area begun above the task (shared with the task before);
   * null until one is, as for most tasks.
   */
  shared: Partial<Record<FieldKey, string>> | null;
  /** The last sub-item number read under the task ("（2）" under "5"), 0 for none. */
  subItems: number;
}

const SUB_ITEM = /^[(（]\s*(\d{1,2})\s*[)）]$/;

/**
 * The number of a sub-item row: "（1）", "（2）"… under a task numbered plainly, in order. Such rows are
 * the task's own items, not tasks; a report numbering every task "（1）" is read as tasks.
 */
function subItem(value: CellValue, draft: Draft): number {
  if (typeof value !== 'string' || draft.seq === null || !/^\d+$/.test(draft.seqValue.trim())) return 0;
  const m = SUB_ITEM.exec(value.normalize('NFKC').trim());
  const n = m?.[1] !== undefined ? Number(m[1]) : 0;
  return n === draft.subItems + 1 ? n : 0;
}

function tableColumns(columns: Columns): number[] {
  return FIELD_KEYS.map((k) => columns[k]).filter((c): c is number => c !== null && c !== undefined);
}

/** Notes under a table: 注：…, 填报人：…, 审核人：… */
const FOOTNOTE = /^(?:注|备注|说明|填报人|填表人|制表人?|审核人?|联系人|联系电话|填报单位|填报日期)\s*[:：]/;

/**
 * How many distinct values the row shows in the table columns (a merged cell counts once), and the
 * column of the last one: 0 is a blank row, 1 may be a banner.
 */
function filledCells(grid: SheetGrid, row: number, cols: readonly number[]): { filled: number; col: number } {
  let filled = 0;
  let col = -1;
  for (const c of cols) {
    if (isBlank(grid.value(row, c))) continue;
    const m = grid.merge(row, c);
    if (m && m.left < c && cols.includes(m.left)) continue;
    filled++;
    col = c;
  }
  return { filled, col };
}

/**
 * A title repeated at a page break, a section heading ("一、经济发展") or a note under the table: the row's
 * one value is a cell merged over three or more table columns, the title, a note, a section heading in the
 * target column, or text in the 序号 cell that is no number.
 */
function bannerKind(grid: SheetGrid, row: number, col: number, columns: Columns, cols: readonly number[], title: string | null): 'section' | 'other' | null {
  // A cell merged down from a task above is that task's text running on, whatever it says.
  if (grid.continuesAbove(row, col)) return null;
  const text = cellText(grid.value(row, col)).trim();
  if (FOOTNOTE.test(text) || text === title) return 'other';
  const m = grid.merge(row, col);
  if (m && cols.filter((x) => x >= m.left && x <= m.right).length >= 3) return 'section';
  if (col === columns.annual && SECTION.test(text)) return 'section';
  if (col === columns.seq && readSeq(grid.value(row, col)).seq === null) return 'section';
  return null;
}

/** A section heading written in the 年度目标任务 column: 一、…, （二）…, 第三部分…, or …（共12项）. */
const SECTION = new RegExp(`^(?:${CHINESE_NUMERAL}{1,3}[、.．]|[（(]${CHINESE_NUMERAL}{1,3}[）)]|第${CHINESE_NUMERAL}{1,3}[部分篇章])|[（(]共?\\d+项[）)]$`);

/** A line of sign-offs under the table: every filled cell a note such as 填报人：…, 审核人：…, 联系电话：… */
function isSignatureRow(grid: SheetGrid, row: number, cols: readonly number[]): boolean {
  let notes = 0;
  for (const c of cols) {
    const v = grid.value(row, c);
    if (isBlank(v)) continue;
    if (typeof v !== 'string' || grid.continuesAbove(row, c) || !FOOTNOTE.test(v.trim())) return false;
    notes++;
  }
  return notes > 0;
}

/** Values a column-number row holds under a header: 1 2 3… or 甲 乙 丙… */
const COLUMN_INDEX = /^(?:\d{1,2}|[甲乙丙丁戊己庚辛]|[A-Za-z])$/;

/** A row numbering the columns (1 2 3 4 5 6), which some forms put under the header. */
function isColumnIndexRow(grid: SheetGrid, row: number, cols: readonly number[]): boolean {
  let filled = 0;
  for (const c of cols) {
    const v = grid.value(row, c);
    if (isBlank(v)) continue;
    if (!COLUMN_INDEX.test(cellText(v).trim())) return false;
    filled++;
  }
  return filled >= 3;
}

/** The row's first table column holds that column's header word: a cheap test before the full one. */
function opensLikeHeader(grid: SheetGrid, row: number, header: HeaderMatch): boolean {
  for (const key of COLUMN_KEYS) {
    const c = header.columns[key];
    if (c === null) continue;
    const v = grid.value(row, c);
    return typeof v === 'string' && v.length <= 60 && matchColumn(squash(v)) === key;
  }
  return false;
}

function newDraft(row: number, seqValue: string, seq: number | null): Draft {
  const texts = { seq: '', annual: '', month: '', progress: '', leaders: '', units: '', status: '', light: '', coUnits: '' };
  return { firstRow: row, lastRow: row, seqValue, seq, texts, filled: false, shared: null, subItems: 0 };
}

/**
 * Adds a row's texts to a task. A merged cell counts once per task: on the row it starts, or on the task's
 * first row when it began above (one 分管领导 cell merged down over several tasks belongs to each of them).
 */
function addRow(grid: SheetGrid, draft: Draft, row: number, columns: Columns): void {
  draft.lastRow = row;
  for (const key of FIELD_KEYS) {
    const c = columns[key];
    if (c === null || c === undefined || key === 'seq') continue;
    const m = grid.merge(row, c);
    if (m) {
      if (m.left < c || Math.max(m.top, draft.firstRow) < row) continue;
      if (m.top < row) (draft.shared ??= {})[key] = toA1(m.top, m.left);
    }
    const value = grid.value(row, c);
    if (isBlank(value)) continue;
    draft.filled = true;
    const text = cellText(value).trim();
    if (!text) continue;
    const before = draft.texts[key];
    draft.texts[key] = before === '' ? text : `${before}\n${text}`;
  }
}

/** Column letters of the table's columns, worked out once per table rather than once per cell. */
type Letters = Record<FieldKey, string | null> & { first: string };

function letters(columns: Columns): Letters {
  const of = (c: number | null | undefined) => (c === null || c === undefined ? null : columnName(c));
  const first = Math.min(...COLUMN_KEYS.map((k) => columns[k] ?? Infinity));
  return {
    seq: of(columns.seq),
    annual: of(columns.annual),
    month: of(columns.month),
    progress: of(columns.progress),
    leaders: of(columns.leaders),
    units: of(columns.units),
    status: of(columns.status),
    light: of(columns.light),
    coUnits: of(columns.coUnits),
    first: columnName(Number.isFinite(first) ? first : 0),
  };
}

/** Anything split from a cell that carries a name. */
interface Named {
  readonly name: string;
}

/** True when two entries share a name: rare, so the usual list is copied at its exact size. */
function hasRepeat(items: readonly Named[]): boolean {
  for (let i = 1; i < items.length; i++) {
    const name = (items[i] as Named).name;
    for (let j = 0; j < i; j++) if ((items[j] as Named).name === name) return true;
  }
  return false;
}

/** Leader names in cell order, each once. */
function leaderNames(tokens: readonly Named[]): string[] {
  if (!hasRepeat(tokens)) return tokens.map((t) => t.name);
  const out: string[] = [];
  for (const t of tokens) if (!out.includes(t.name)) out.push(t.name);
  return out;
}

function copyUnit(u: Readonly<UnitRef>): UnitRef {
  return { name: u.name, raw: u.raw, lead: u.lead, leadInferred: u.leadInferred };
}

/** A unit named in two sub-rows is one unit, and the lead if it was marked so in either. Always fresh objects. */
function uniqueUnits(units: readonly Readonly<UnitRef>[]): UnitRef[] {
  if (!hasRepeat(units)) return units.map(copyUnit);
  const out: UnitRef[] = [];
  for (const u of units) {
    const seen = out.find((o) => o.name === u.name);
    if (!seen) out.push(copyUnit(u));
    else if (u.lead && !u.leadInferred && !seen.lead) {
      seen.lead = true;
      seen.leadInferred = false;
    }
  }
  return out;
}

/** A field's address: its merged area's when that began above the task, else its column on the task's row. */
function address(letter: string | null, shared: string | undefined, row: string): string | null {
  return letter === null ? null : (shared ?? letter + row);
}

/** The status of a task and where it was read: the status column first, then the text, then the 亮灯 column. */
type StatusFields = Pick<Task, 'status' | 'statusLabel' | 'statusPlace' | 'textStatus' | 'light'>;

function statusFields(texts: Record<FieldKey, string>, columns: { status: boolean; light: boolean }): StatusFields {
  const text = placeStatus(texts.progress);
  const column = columns.status && texts.status ? readCellStatus(texts.status) : null;
  const light = columns.light && texts.light ? readCellStatus(texts.light) : null;
  const out: StatusFields = { status: text.status, statusLabel: text.label };
  if (text.status !== null && text.place !== 'front') out.statusPlace = text.place;
  if (light !== null) out.light = { text: texts.light.trim(), status: light.status };
  const source = column?.status ? column : text.status === null && light?.status ? light : null;
  if (source !== null && source.status !== null) {
    out.status = source.status;
    out.statusLabel = source.label;
    out.statusPlace = source === column ? 'column' : 'light';
    if (text.status !== null) out.textStatus = stated(text);
  }
  return out;
}

function stated(text: PlacedStatus): { status: Status; label: string; place: 'front' | 'heading' | 'end' } {
  return { status: text.status as Status, label: text.label as string, place: text.place };
}

/**
 * The units of a report that splits them over two columns (牵头单位 and 配合单位, 责任单位 and 配合单位):
 * the first column's units lead, the second's support.
 */
function twoColumnUnits(leadUnits: UnitRef[], coUnits: UnitRef[]): UnitRef[] {
  const out = leadUnits.map((u) => ({ ...u, lead: true, leadInferred: false }));
  for (const u of coUnits) if (!out.some((o) => o.name === u.name)) out.push({ ...u, lead: false, leadInferred: false });
  return out;
}

function finish(draft: Draft, letters: Letters, splitters: Splitters): Task {
  const { texts, shared } = draft;
  const row = String(draft.firstRow + 1);
  const cells: TaskCells = {
    // With no 序号 column, a task is found at its row's first table cell.
    seq: address(letters.seq, shared?.seq, row) ?? letters.first + row,
    annual: address(letters.annual, shared?.annual, row),
    month: address(letters.month, shared?.month, row),
    progress: address(letters.progress, shared?.progress, row),
    leaders: address(letters.leaders, shared?.leaders, row),
    units: address(letters.units, shared?.units, row),
  };
  if (letters.status !== null) cells.status = address(letters.status, shared?.status, row);
  if (letters.light !== null) cells.light = address(letters.light, shared?.light, row);
  if (letters.coUnits !== null) cells.coUnits = address(letters.coUnits, shared?.coUnits, row);
  let units = texts.units ? uniqueUnits(splitters.units(texts.units)) : [];
  if (letters.coUnits !== null) units = twoColumnUnits(units, texts.coUnits ? uniqueUnits(splitters.units(texts.coUnits)) : []);
  return {
    seq: draft.seq,
    seqText: draft.seqValue,
    firstRow: draft.firstRow,
    lastRow: draft.lastRow,
    annual: texts.annual,
    monthTarget: texts.month,
    progress: texts.progress,
    ...statusFields(texts, { status: letters.status !== null, light: letters.light !== null }),
    leadersText: texts.leaders,
    leaders: texts.leaders ? leaderNames(splitters.leaders(texts.leaders)) : [],
    unitsText: texts.units,
    units,
    ...(letters.coUnits !== null ? { coUnitsText: texts.coUnits } : {}),
    cells,
  };
}

/**
 * The tasks below a header. Title rows, repeated headers, section headings and blank rows are skipped.
 * A task runs on over the rows its merged 序号 covers and over rows whose 序号 is empty.
 */
export function readTasks(
  grid: SheetGrid,
  header: HeaderMatch,
  splitters: Splitters,
  title: string | null = null,
): { tasks: Task[]; sections: Section[] } {
  const { columns } = header;
  const cols = tableColumns(columns);
  const seqCol = columns.seq;
  const cellLetters = letters(columns);
  const tasks: Task[] = [];
  const hasContent: boolean[] = [];
  const sections: Section[] = [];
  let draft: Draft | null = null;
  const push = (d: Draft) => {
    tasks.push(finish(d, cellLetters, splitters));
    hasContent.push(d.filled);
  };
  for (let r = header.endRow + 1; r < grid.rowCount; r++) {
    const { filled, col } = filledCells(grid, r, cols);
    if (filled === 0) continue;
    const banner = filled === 1 ? bannerKind(grid, r, col, columns, cols, title) : isSignatureRow(grid, r, cols) ? 'other' : null;
    if (banner !== null) {
      if (draft) push(draft);
      draft = null;
      if (banner === 'section') sections.push({ row: r, title: cellText(grid.value(r, col)).trim() });
      continue;
    }
    if (filled >= 3 && draft === null && tasks.length === 0 && isColumnIndexRow(grid, r, cols)) continue;
    const seqValue = seqCol === null ? null : grid.value(r, seqCol);
    const startsTask = seqCol === null || (!isBlank(seqValue) && !grid.continuesAbove(r, seqCol));
    // Checked only on rows that could start a task and whose first column reads as a header word.
    if (startsTask && opensLikeHeader(grid, r, header) && isHeaderRow(grid, r)) {
      // A repeated two-row header repeats its second row too.
      r += header.endRow - header.row;
      continue;
    }
    const sub = startsTask && draft !== null ? subItem(seqValue ?? null, draft) : 0;
    if (sub > 0 && draft !== null) {
      draft.subItems = sub;
    } else if (startsTask || !draft) {
      if (draft) push(draft);
      const reading = readSeq(seqValue ?? null);
      draft = newDraft(r, reading.text, reading.seq);
    }
    addRow(grid, draft, r, columns);
  }
  if (draft) push(draft);
  // Templates number rows ahead; numbered rows left empty at the end are not tasks.
  while (tasks.length > 0 && hasContent[tasks.length - 1] === false) tasks.pop();
  const lastRow = tasks[tasks.length - 1]?.lastRow ?? -1;
  // A banner under the last task is a closing line, not a section.
  return { tasks, sections: sections.filter((s) => s.row < lastRow) };
}
