import type ExcelJS from 'exceljs';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';

/** Dates as staff write them: 2023-09-28, with the time only when there is one. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  // exceljs turns Excel serial dates into UTC instants; reading them in UTC gives back the day written.
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return day;
  return `${day} ${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

function richText(runs: readonly { text?: unknown }[]): string {
  let out = '';
  for (const run of runs) if (typeof run.text === 'string') out += run.text;
  return out;
}

/**
 * One exceljs cell value as a plain value: rich text joined, a formula's cached result (null when none),
 * error values as their text ("#N/A"), dates as text, hyperlinks as their display text.
 */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return null;
  }
  if (value instanceof Date) return dateText(value);
  const v = value as unknown as Record<string, unknown>;
  if (Array.isArray(v.richText)) return richText(v.richText as { text?: unknown }[]);
  if ('formula' in v || 'sharedFormula' in v || 'result' in v) {
    return plainValue(v.result as ExcelJS.CellValue | undefined);
  }
  if (typeof v.error === 'string') return v.error;
  if ('hyperlink' in v || 'text' in v) {
    const text = v.text;
    if (typeof text === 'string') return text;
    if (text && typeof text === 'object') return plainValue(text as ExcelJS.CellValue);
    return typeof v.hyperlink === 'string' ? v.hyperlink : null;
  }
  return null;
}

/** ValueType.Merge: a covered cell of a merged area, which Excel reads as empty. */
const MERGE_TYPE = 1;

/** Walks the sheet's rows once, collecting values and, from the covered cells, the merged areas. */
export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const areas = new Map<string, MergeArea>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.type === MERGE_TYPE) {
        const master = cell.master;
        const key = master.address;
        const area = areas.get(key);
        const r = rowNumber - 1;
        if (area) {
          if (r > area.bottom) area.bottom = r;
          if (c > area.right) area.right = c;
        } else {
          const top = Number(master.row) - 1;
          const left = Number(master.col) - 1;
          areas.set(key, { top, left, bottom: Math.max(top, r), right: Math.max(left, c) });
        }
        return;
      }
      const v = plainValue(cell.value);
      if (v !== null) {
        for (let i = out.length; i < c; i++) out.push(null);
        out[c] = v;
      }
    });
    values[rowNumber - 1] = out;
  });
  for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = [];
  return { name: ws.name, values, merges: [...areas.values()] };
}

/** Every worksheet, hidden ones included, in tab order: which one holds the report is the core's call. */
export function snapshotWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(snapshotSheet) };
}
