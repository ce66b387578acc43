import type { ReportTable, Task } from '../model';
import { readTable, reportSheets, type Splitters } from '../table';
import { textKey } from './keys';
import { matchTasks, type MatchItem, type Matching } from './match';
import { pickPrevious, refusal, sheetOfMonth, type PreviousPick } from './previous';
import type { HistoryContext, HistoryNote, PreviousChoice } from './types';

export interface HistoryResult {
  context: HistoryContext | null;
  note: HistoryNote | null;
}

const NONE: HistoryResult = { context: null, note: null };

/** Below this share of tasks matched, last month's sheet is taken for another report altogether. */
const MOSTLY = 0.5;
/** Too few tasks to tell another report from a reshuffled one. */
const FEW = 4;
/** A year has twelve months: no chain is longer. */
const MAX_MONTHS = 12;

export function matchItems(tasks: readonly Task[]): MatchItem[] {
  return tasks.map((t) => ({ key: textKey(t.annual), seq: t.seq, leaders: t.leaders, units: t.units.map((u) => u.name) }));
}

function unfinished(task: Task | undefined): boolean {
  return task?.status === '未完成' || task?.status === '部分完成';
}

/**
 * Last month's report and how this month's tasks match it, or a note saying why there is none.
 * `current` is this month's table; the previous one is read with the same recognition.
 */
export function buildHistory(
  table: ReportTable,
  workbook: Parameters<typeof pickPrevious>[0],
  choice: PreviousChoice | undefined,
  splitters: Splitters,
): HistoryResult {
  const picked = pickPrevious(workbook, table.sheet, table.year, table.month, choice);
  if (picked === null) return NONE;
  if ('note' in picked) return { context: null, note: picked.note };
  const { pick } = picked;
  const previous = readTable(pick.sheet, splitters);
  const label = pick.sheet.name;
  const refused = refusal(previous, label, table.year, table.month);
  if (refused || previous === null) return { context: null, note: refused };

  const items = matchItems(table.tasks);
  const prevItems = matchItems(previous.tasks);
  const matching = matchTasks(items, prevItems);
  const fewest = Math.min(items.length, prevItems.length);
  if (fewest >= FEW && matching.matched < fewest * MOSTLY) {
    return { context: null, note: { reason: 'mismatch', sheet: label, matched: matching.matched, tasks: prevItems.length } };
  }
  const chain = earlierMonths(pick, previous, prevItems, splitters);
  const context: HistoryContext = {
    info: {
      sheet: label,
      ...(pick.file !== undefined ? { file: pick.file } : {}),
      year: previous.year ?? table.year,
      month: previous.month,
      auto: pick.auto,
      matched: matching.matched,
      missing: prevItems.length - matching.matched,
      added: items.length - matching.matched,
      months: [label, ...chain.map((c) => c.table.sheet)],
    },
    previous: previous.tasks,
    previousOf: matching.previousOf,
    currentOf: matching.currentOf,
    streaks: streaks(table.tasks, previous.tasks, matching, chain),
  };
  return { context, note: null };
}

/** A month before last month's, and how last month's (or the month after's) tasks match it. */
interface Earlier {
  table: ReportTable;
  /** By the later month's task index: this month's task index, or -1. */
  previousOf: Int32Array;
}

/** The report sheets of the months before last month's, one month at a time, as far back as they go. */
function earlierMonths(pick: PreviousPick, previous: ReportTable, prevItems: MatchItem[], splitters: Splitters): Earlier[] {
  const chain: Earlier[] = [];
  if (previous.month === null) return chain;
  const sheets = reportSheets(pick.workbook);
  let later = prevItems;
  let year = previous.year;
  for (let month = previous.month - 1; month >= 1 && chain.length < MAX_MONTHS; month--) {
    const found = sheetOfMonth(sheets, month, year, pick.sheet.name);
    const table = found ? readTable(found.sheet, splitters) : null;
    if (!table || table.tasks.length === 0) break;
    const items = matchItems(table.tasks);
    chain.push({ table, previousOf: matchTasks(later, items).previousOf });
    later = items;
    year ??= table.year;
  }
  return chain;
}

/** Months in a row each task of this month has been unfinished, following the matches back. */
function streaks(tasks: readonly Task[], previous: readonly Task[], matching: Matching, chain: readonly Earlier[]): Int32Array {
  const out = new Int32Array(tasks.length);
  tasks.forEach((task, i) => {
    if (!unfinished(task)) return;
    let count = 1;
    let j = matching.previousOf[i] as number;
    let month: readonly Task[] = previous;
    for (let k = 0; j >= 0 && unfinished(month[j]); k++) {
      count++;
      const earlier = chain[k];
      if (!earlier) break;
      j = earlier.previousOf[j] as number;
      month = earlier.table.tasks;
    }
    out[i] = count;
  });
  return out;
}
