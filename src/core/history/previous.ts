import type { ReportTable } from '../model';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { reportSheets, squash, type ReportSheet } from '../table';
import type { HistoryNote, PreviousChoice } from './types';

/** The sheet taken for last month, before its table is read and its month checked. */
export interface PreviousPick {
  workbook: WorkbookSnapshot;
  sheet: SheetSnapshot;
  file?: string;
  auto: boolean;
}

export type PickResult = { pick: PreviousPick } | { note: HistoryNote } | null;

/** The month before, in the same year: January has none in its own year's workbook. */
function monthBefore(month: number): number | null {
  return month > 1 ? month - 1 : null;
}

function sameYear(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

/** A report sheet of `month` (and the year, when both name one) other than `except`, with rows under its header. */
export function sheetOfMonth(sheets: readonly ReportSheet[], month: number, year: number | null, except?: string): ReportSheet | null {
  let found: ReportSheet | null = null;
  for (const s of sheets) {
    if (!s.hasRows || s.month !== month || s.sheet.name === except || !sameYear(s.year, year)) continue;
    // A sheet that names the same year beats one that names none.
    if (found === null || (found.year === null && s.year !== null)) found = s;
  }
  return found;
}

function findSheet(workbook: WorkbookSnapshot, name: string): SheetSnapshot | null {
  const key = squash(name);
  return workbook.sheets.find((s) => s.name === name) ?? workbook.sheets.find((s) => squash(s.name) === key) ?? null;
}

/** In another file with no sheet named: the month before the checked one, else its latest report. */
function sheetOfFile(workbook: WorkbookSnapshot, year: number | null, month: number | null): SheetSnapshot | null {
  const sheets = reportSheets(workbook).filter((s) => s.hasRows);
  const before = month !== null ? monthBefore(month) : null;
  const exact = before !== null ? sheetOfMonth(sheets, before, year) : null;
  if (exact) return exact.sheet;
  let latest: ReportSheet | null = null;
  for (const s of sheets) {
    if (latest === null || (s.year ?? 0) * 100 + (s.month ?? 0) > (latest.year ?? 0) * 100 + (latest.month ?? 0)) latest = s;
  }
  return latest?.sheet ?? null;
}

/**
 * The sheet holding last month's report: the one chosen, or, by default, the sheet of the month
 * before the checked one in the same workbook. null when there is nothing to compare with and
 * nothing to say; a note when something asked for cannot be used.
 */
export function pickPrevious(
  workbook: WorkbookSnapshot,
  current: string,
  year: number | null,
  month: number | null,
  choice: PreviousChoice | undefined,
): PickResult {
  if (choice?.kind === 'none') return null;
  if (choice?.kind === 'sheet') {
    const sheet = findSheet(workbook, choice.sheet);
    return sheet ? { pick: { workbook, sheet, auto: false } } : { note: { reason: 'no-sheet', sheet: choice.sheet } };
  }
  if (choice?.kind === 'file') {
    const { workbook: other, file } = choice;
    if (choice.sheet !== undefined) {
      const sheet = findSheet(other, choice.sheet);
      return sheet ? { pick: { workbook: other, sheet, file, auto: false } } : { note: { reason: 'no-sheet', sheet: choice.sheet, file } };
    }
    const sheet = sheetOfFile(other, year, month);
    return sheet ? { pick: { workbook: other, sheet, file, auto: false } } : { note: { reason: 'no-table', sheet: file } };
  }
  const before = month !== null ? monthBefore(month) : null;
  if (before === null) return null;
  const found = sheetOfMonth(reportSheets(workbook), before, year, current);
  return found ? { pick: { workbook, sheet: found.sheet, auto: true } } : null;
}

/** Why last month's table cannot be compared with this one: another year, the same month, a later month. */
export function refusal(previous: ReportTable | null, sheet: string, year: number | null, month: number | null): HistoryNote | null {
  if (previous === null || previous.tasks.length === 0) return { reason: 'no-table', sheet };
  if (previous.year !== null && year !== null && previous.year !== year) {
    return { reason: 'other-year', sheet, year: previous.year, current: year };
  }
  if (previous.month !== null && month !== null) {
    if (previous.month === month) return { reason: 'same-month', sheet, month };
    if (previous.month > month) return { reason: 'later-month', sheet, month: previous.month, current: month };
  }
  return null;
}
