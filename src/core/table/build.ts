import type { ColumnKey, ReportTable } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { headerMonth } from './columns';
import { gridOf, type SheetGrid } from './grid';
import { findHeader } from './header';
import { monthIn, yearIn } from './month';
import { readTasks, type Splitters } from './tasks';
import { cellText, squash } from './text';

/** "附件1", "附件" and the like sit above a title; they are not the title. */
const ATTACHMENT = /^附件\s*\d*[:：]?$/;

/** Words a report title uses; a date line or a note above the header uses none of them. */
const TITLE_WORDS = /通报|情况|进展|报告|汇总|统计|台账|一览|表$/;

/**
 * The title: of the texts above the header, the one most like a title (merged across the table,
 * naming a report), then the longest; never "附件1".
 */
export function titleAbove(grid: SheetGrid, headerRow: number): string | null {
  let best: string | null = null;
  let bestScore = -1;
  for (let r = 0; r < headerRow; r++) {
    for (let c = 0; c < Math.min(grid.width(r), 60); c++) {
      if (grid.isCovered(r, c)) continue;
      const text = cellText(grid.raw(r, c)).trim();
      if (!text || ATTACHMENT.test(text)) continue;
      const m = grid.merge(r, c);
      const score = (m && m.right - m.left >= 2 ? 2 : 0) + (TITLE_WORDS.test(text) ? 1 : 0);
      if (score > bestScore || (score === bestScore && best !== null && text.length > best.length)) {
        best = text;
        bestScore = score;
      }
    }
  }
  return best;
}

/** Reads the report table of one sheet; null when the sheet has no report header. */
export function readTable(sheet: SheetSnapshot, splitters: Splitters, monthOverride?: number): ReportTable | null {
  const grid = gridOf(sheet);
  const header = findHeader(grid);
  if (!header) return null;
  const title = titleAbove(grid, header.row);
  const monthSources = {
    title: monthIn(title),
    header: monthInHeaders(header.headers),
    sheet: monthIn(sheet.name),
  };
  const month = validMonth(monthOverride) ?? monthSources.title ?? monthSources.header ?? monthSources.sheet;
  const year = yearIn(title) ?? yearIn(header.headers.annual) ?? yearIn(sheet.name);
  const { tasks, sections } = readTasks(grid, header, splitters, title);
  return {
    sheet: sheet.name,
    title,
    month,
    year,
    monthSources,
    headerRow: header.row,
    columns: header.columns,
    headers: header.headers,
    tasks,
    sections,
  };
}

/** The month a header names: the month target's ("9月份目标任务"), else the progress column's ("9月份完成情况"). */
export function monthInHeaders(headers: Record<ColumnKey, string | null>): number | null {
  const of = (text: string | null) => (text !== null ? headerMonth(squash(text)) : null);
  return of(headers.month) ?? of(headers.progress);
}

function validMonth(month: number | undefined): number | null {
  return month !== undefined && Number.isInteger(month) && month >= 1 && month <= 12 ? month : null;
}
