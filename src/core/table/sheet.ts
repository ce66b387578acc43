import { ledgerOf } from '../ledger-of';
import { isGenerated, isLedgerSheet } from '../plan/sheets';
import type { ReportTable } from '../model';
import type { SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { monthInHeaders, readTable, titleAbove } from './build';
import { gridOf, type SheetGrid } from './grid';
import { findHeader, type HeaderMatch } from './header';
import { monthIn, yearIn } from './month';
import type { Splitters } from './tasks';
import { isBlank, squash } from './text';

export interface SheetChoice {
  table: ReportTable | null;
  /** The sheet checked, or null when none holds a report. */
  sheet: SheetSnapshot | null;
  /** The sheets looked at, for the message when no table is found. */
  looked: string[];
  /** The sheet asked for, when no sheet has that name. */
  missing?: string;
}

/** Sheets that are never the report: the hidden ledger, helper sheets, the roster and the sheets Tongbao generated. */
function excludedNames(workbook: WorkbookSnapshot): Set<string> {
  const ledger = ledgerOf(workbook);
  const out = new Set<string>();
  for (const s of workbook.sheets) if (!isLedgerSheet(s.name) && isGenerated(ledger, s)) out.add(s.name);
  return out;
}

function isHelperSheet(name: string): boolean {
  return name.startsWith('_');
}

/** A roster sheet (名单) lists leaders and units; only one with a 完成情况 column can be a report. */
function isRosterSheet(name: string, c: Candidate | null): boolean {
  return name.includes('名单') && (c === null || !c.hasProgress);
}

interface Candidate {
  sheet: SheetSnapshot;
  index: number;
  /** False for a header with nothing under it: next month's blank template is not the report. */
  hasRows: boolean;
  hasProgress: boolean;
  complete: number;
  year: number;
  month: number;
}

function candidate(sheet: SheetSnapshot, index: number): Candidate | null {
  const grid = gridOf(sheet);
  const header = findHeader(grid);
  if (!header) return null;
  const title = titleAbove(grid, header.row);
  const month = monthIn(title) ?? monthInHeaders(header.headers) ?? monthIn(sheet.name);
  const year = yearIn(title) ?? yearIn(sheet.name);
  // A real report has its progress, leaders and units; a summary or findings sheet usually lacks one of them.
  // A sheet lacking one still beats no sheet: table.column-missing then says what is missing.
  const complete =
    (header.columns.progress !== null ? 2 : 0) + (header.columns.leaders !== null ? 1 : 0) + (header.columns.units !== null ? 1 : 0);
  return {
    sheet,
    index,
    hasRows: hasRowsBelow(grid, header),
    hasProgress: header.columns.progress !== null,
    complete,
    year: year ?? -1,
    month: month ?? -1,
  };
}

/** True when some row under the header fills two or more of the table's columns. */
function hasRowsBelow(grid: SheetGrid, header: HeaderMatch): boolean {
  const cols = Object.values(header.columns).filter((c): c is number => c !== null);
  for (let r = header.endRow + 1; r < grid.rowCount; r++) {
    let filled = 0;
    for (const c of cols) if (!isBlank(grid.value(r, c)) && ++filled >= 2) return true;
  }
  return false;
}

function later(a: Candidate, b: Candidate): boolean {
  if (a.hasRows !== b.hasRows) return a.hasRows;
  if (a.complete !== b.complete) return a.complete > b.complete;
  if (a.year !== b.year) return a.year > b.year;
  if (a.month !== b.month) return a.month > b.month;
  return a.index < b.index;
}

/** A sheet that holds a report table, with the year and month it names (null when it names none). */
export interface ReportSheet {
  sheet: SheetSnapshot;
  year: number | null;
  month: number | null;
  /** False for a header with nothing under it (a blank template). */
  hasRows: boolean;
}

/** Every sheet holding a report table, in workbook order: never the ledger, helpers, 名单 or generated sheets. */
export function reportSheets(workbook: WorkbookSnapshot): ReportSheet[] {
  const excluded = excludedNames(workbook);
  const out: ReportSheet[] = [];
  workbook.sheets.forEach((sheet, index) => {
    if (isHelperSheet(sheet.name) || excluded.has(sheet.name)) return;
    const c = candidate(sheet, index);
    if (c === null || isRosterSheet(sheet.name, c)) return;
    out.push({ sheet, year: c.year < 0 ? null : c.year, month: c.month < 0 ? null : c.month, hasRows: c.hasRows });
  });
  return out;
}

/** The sheet to check: the one asked for, else the report sheet with the latest month. */
export function chooseTable(workbook: WorkbookSnapshot, splitters: Splitters, wanted?: string, month?: number): SheetChoice {
  if (wanted !== undefined) {
    const key = squash(wanted);
    const sheet = workbook.sheets.find((s) => s.name === wanted) ?? workbook.sheets.find((s) => squash(s.name) === key);
    if (!sheet) return { table: null, sheet: null, looked: workbook.sheets.map((s) => s.name), missing: wanted };
    return { table: readTable(sheet, splitters, month), sheet, looked: [sheet.name] };
  }
  const excluded = excludedNames(workbook);
  const looked: string[] = [];
  let best: Candidate | null = null;
  workbook.sheets.forEach((sheet, index) => {
    if (isHelperSheet(sheet.name) || excluded.has(sheet.name)) return;
    const c = candidate(sheet, index);
    if (isRosterSheet(sheet.name, c)) return;
    looked.push(sheet.name);
    if (c && (best === null || later(c, best))) best = c;
  });
  if (best === null) return { table: null, sheet: null, looked };
  const chosen: Candidate = best;
  return { table: readTable(chosen.sheet, splitters, month), sheet: chosen.sheet, looked };
}

/**
 * The sheets that could be the report, in workbook order: those with a report's header row, leaving out
 * the hidden ledger, helper sheets, the roster and every sheet Tongbao generated. For a sheet picker.
 */
export function reportSheetNames(workbook: WorkbookSnapshot): string[] {
  const excluded = excludedNames(workbook);
  const names: string[] = [];
  workbook.sheets.forEach((sheet, index) => {
    if (isHelperSheet(sheet.name) || excluded.has(sheet.name)) return;
    const c = candidate(sheet, index);
    if (c !== null && !isRosterSheet(sheet.name, c)) names.push(sheet.name);
  });
  return names;
}
