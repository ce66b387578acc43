import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

export type GridValue = string | number | boolean | null;

export interface GridOptions {
  name?: string;
  merges?: MergeArea[];
}

/** A sheet snapshot from literal rows; row 0 is sheet row 1. */
export function grid(rows: GridValue[][], opts: GridOptions = {}): SheetSnapshot {
  return {
    name: opts.name ?? 'Sheet1',
    values: rows.map((r) => r.map((v): CellValue => v)),
    merges: opts.merges ?? [],
  };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}

/** 0-based inclusive merge area, written as the four corners for readability. */
export function merge(top: number, left: number, bottom: number, right: number): MergeArea {
  return { top, left, bottom, right };
}

export interface ReportRow {
  seq: GridValue;
  annual: GridValue;
  month: GridValue;
  progress: GridValue;
  leaders: GridValue;
  units: GridValue;
}

export interface ReportSpec {
  /** Title text; defaults to a district title for the month. Pass null for no title row. */
  title?: string | null;
  /** Report month, used in the default title, header and sheet name. Default 9. */
  month?: number;
  year?: number;
  /** Sheet name; default "<month>月". */
  name?: string;
  /** Leader column header; default 分管区领导. */
  leaderHeader?: string;
  /** Month column header; default "<month>月份目标任务". */
  monthHeader?: string;
  rows: Partial<ReportRow>[];
  /** Extra merges, in sheet coordinates (0-based, title row included). */
  merges?: MergeArea[];
}

/** Row index (0-based) of the first task row in a sheet built by report() with a title. */
export const FIRST_TASK_ROW = 2;

/**
 * A realistic six-column report: a title merged over A:F, one header row, then one row per entry.
 * Missing fields are filled with plausible text so a row is a clean task unless the test says otherwise;
 * pass null to leave a cell blank.
 */
export function report(spec: ReportSpec): SheetSnapshot {
  const month = spec.month ?? 9;
  const year = spec.year ?? 2023;
  const title = spec.title === undefined ? `${year}年《政府工作报告》重点工作${month}月份完成情况通报表` : spec.title;
  const header = ['序号', '年度目标任务', spec.monthHeader ?? `${month}月份目标任务`, '完成情况', spec.leaderHeader ?? '分管区领导', '责任单位'];
  const values: GridValue[][] = [];
  const merges: MergeArea[] = [];
  if (title !== null) {
    values.push([title, null, null, null, null, null]);
    merges.push(merge(0, 0, 0, 5));
  }
  values.push(header);
  spec.rows.forEach((r, i) => {
    const pick = (key: keyof ReportRow, fallback: GridValue): GridValue => (key in r ? (r[key] ?? null) : fallback);
    values.push([
      pick('seq', i + 1),
      pick('annual', `年度目标任务第${i + 1}项`),
      pick('month', `本月推进第${i + 1}项工作`),
      pick('progress', `完成。第${i + 1}项工作已按计划推进。`),
      pick('leaders', '郭克华'),
      pick('units', '区发改局'),
    ]);
  });
  return grid(values, { name: spec.name ?? `${month}月`, merges: [...merges, ...(spec.merges ?? [])] });
}
