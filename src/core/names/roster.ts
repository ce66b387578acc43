import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { parseCsv } from './csv';
import { splitLeaders } from './leaders';
import type { Roster } from './types';
import { endsLikeOrg, splitUnits } from './units';
import { normalizeName } from './normalize';

/** Sheets that hold the office's own list of names. */
const ROSTER_SHEET = /名单|花名册|^roster$/i;
const LEADER_HEADER =
  /^(?:(?:分管|责任|联系|牵头|包保)?(?:区|县|市|旗|镇|乡|街道)?级?领导(?:同志)?(?:姓名|名单)?|领导姓名|姓名|leaders?|names?)$/i;
const UNIT_HEADER = /^(?:(?:责任|牵头|承办|主责|配合|协办)?(?:单位|部门)(?:名称|名单)?|units?|departments?)$/i;
/** How far down a header row may sit: a title or a note may come first. */
const HEADER_SEARCH_ROWS = 10;

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  return String(v).trim();
}

function headerKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s*＊:：]/g, '');
}

interface Columns {
  leaders: number | null;
  units: number | null;
}

function headerColumns(row: readonly string[]): Columns | null {
  const cols: Columns = { leaders: null, units: null };
  row.forEach((text, i) => {
    const key = headerKey(text);
    if (cols.leaders === null && LEADER_HEADER.test(key)) cols.leaders = i;
    else if (cols.units === null && UNIT_HEADER.test(key)) cols.units = i;
  });
  return cols.leaders !== null || cols.units !== null ? cols : null;
}

const NAME_SHAPE = /^[\u3400-\u9fff\uf900-\ufaff·•\s]{2,12}$/u;

/** A list with no header: unit names when most entries end like an organisation's, leader names otherwise. */
function plainList(collector: Collector, entries: readonly string[]): void {
  const units = entries.filter((e) => {
    const n = normalizeName(e);
    return n.length >= 3 && endsLikeOrg(n);
  }).length;
  if (units * 2 > entries.length) for (const e of entries) collector.unitCell(e);
  else for (const e of entries) collector.leaderCell(e);
}

class Collector {
  readonly leaders: string[] = [];
  readonly units: string[] = [];
  private readonly seenLeaders = new Set<string>();
  private readonly seenUnits = new Set<string>();

  leaderCell(text: string): void {
    for (const t of splitLeaders(text)) if (!this.seenLeaders.has(t.name)) {
      this.seenLeaders.add(t.name);
      this.leaders.push(t.name);
    }
  }

  unitCell(text: string): void {
    for (const u of splitUnits(text)) if (u.name !== '' && !this.seenUnits.has(u.name)) {
      this.seenUnits.add(u.name);
      this.units.push(u.name);
    }
  }

  /** Rows below a header: one name per cell as a rule, a repeated header row skipped. */
  rows(rows: readonly (readonly string[])[], cols: Columns): void {
    for (const row of rows) {
      if (headerColumns(row) !== null) continue;
      if (cols.leaders !== null) this.leaderCell(row[cols.leaders] ?? '');
      if (cols.units !== null) this.unitCell(row[cols.units] ?? '');
    }
  }

  roster(source: string): Roster | null {
    return this.leaders.length > 0 || this.units.length > 0 ? { leaders: this.leaders, units: this.units, source } : null;
  }
}

function sheetRows(sheet: SheetSnapshot): string[][] {
  return sheet.values.map((row) => row.map(cellText));
}

function rosterFromRows(rows: string[][], source: string): Roster | null {
  const collector = new Collector();
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const cols = headerColumns(rows[r] ?? []);
    if (cols === null) continue;
    collector.rows(rows.slice(r + 1), cols);
    return collector.roster(source);
  }
  // No header: a plain list of leader names, or of units, down the first column still counts.
  const first = rows.map((row) => row[0] ?? '').filter((t) => t !== '');
  if (first.length > 0 && rows.every((row) => row.slice(1).every((t) => t === '')) && first.every((t) => NAME_SHAPE.test(t))) {
    plainList(collector, first);
  }
  return collector.roster(source);
}

/**
 * The roster from a sheet named 名单 (人员名单, 领导名单, 名单表…): a header row with 分管领导 and/or
 * 责任单位 in any of their forms, names below; or, with no header, leader or unit names down column A.
 * Null when the workbook has no such sheet or it lists nobody.
 */
export function readRosterSheet(workbook: WorkbookSnapshot): Roster | null {
  const candidates = workbook.sheets
    .filter((s) => ROSTER_SHEET.test(s.name.normalize('NFKC').trim()))
    .sort((a, b) => Number(b.name.trim() === '名单') - Number(a.name.trim() === '名单'));
  for (const sheet of candidates) {
    const roster = rosterFromRows(sheetRows(sheet), sheet.name);
    if (roster !== null) return roster;
  }
  return null;
}

function fail(fileName: string, why: string): never {
  throw new Error(`名单文件“${fileName}”${why}`);
}

const JSON_KEYS = { leaders: ['leaders', '分管领导', '领导'], units: ['units', '责任单位', '单位'] } as const;

function stringList(value: unknown, fileName: string, key: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    fail(fileName, `中“${key}”应为文字列表，例如 ["郭克华", "高晋"]。`);
  }
  return value as string[];
}

function rosterFromJson(text: string, fileName: string): Roster {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    fail(fileName, '不是有效的 JSON。请检查括号、引号和逗号，或改用 CSV 格式（第一行写“分管领导,责任单位”）。');
  }
  const collector = new Collector();
  if (Array.isArray(data)) {
    for (const name of stringList(data, fileName, '姓名列表')) collector.leaderCell(name);
  } else if (data !== null && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    const leaderKey = JSON_KEYS.leaders.find((k) => k in record);
    const unitKey = JSON_KEYS.units.find((k) => k in record);
    if (leaderKey === undefined && unitKey === undefined) {
      fail(fileName, '中没有“leaders”或“units”。应写成 {"leaders": ["郭克华", …], "units": ["区发改局", …]}。');
    }
    if (leaderKey !== undefined) for (const n of stringList(record[leaderKey], fileName, leaderKey)) collector.leaderCell(n);
    if (unitKey !== undefined) for (const n of stringList(record[unitKey], fileName, unitKey)) collector.unitCell(n);
  } else {
    fail(fileName, '应为领导姓名列表，或 {"leaders": […], "units": […]}。');
  }
  return collector.roster(fileName) ?? fail(fileName, '中没有领导姓名或单位名称。');
}

function rosterFromCsv(text: string, fileName: string): Roster {
  const rows = parseCsv(text);
  if (rows.length === 0) fail(fileName, '是空的。第一行写“分管领导,责任单位”，下面每行一个姓名或单位。');
  const cols = headerColumns(rows[0] as string[]);
  const collector = new Collector();
  if (cols !== null) collector.rows(rows.slice(1), cols);
  else if (rows.every((r) => r.filter((f) => f !== '').length === 1)) plainList(collector, rows.map((r) => r.find((f) => f !== '') ?? ''));
  else fail(fileName, '的第一行应为表头，写“分管领导”和/或“责任单位”；或整个文件只有一列领导姓名。');
  return collector.roster(fileName) ?? fail(fileName, '中没有领导姓名或单位名称。');
}

/**
 * The roster from a `--roster` file: CSV (a header row with 分管领导 and/or 责任单位 in any of their
 * forms, or a single column of leader names or of units) or JSON ({"leaders": […], "units": […]} or a plain
 * list of leader names). Throws an Error with a Chinese message saying what to fix.
 */
export function parseRosterFile(text: string, fileName: string): Roster {
  const body = text.replace(/^\ufeff/, '');
  if (body.includes('\u0000') || body.startsWith('PK')) {
    fail(fileName, '不是文本文件。请提供 CSV 或 JSON 格式的名单；名单在 Excel 中时，可在工作簿里建一张名为“名单”的工作表。');
  }
  // Excel on Chinese Windows saves CSV in GBK; read as UTF-8 its characters come out as U+FFFD.
  if (body.includes('\ufffd')) {
    fail(fileName, '不是 UTF-8 编码，中文读不出来。请在 Excel 中“另存为”选择“CSV UTF-8（逗号分隔）”，或用记事本另存为 UTF-8。');
  }
  const trimmed = body.trim();
  if (trimmed === '') fail(fileName, '是空的。第一行写“分管领导,责任单位”，下面每行一个姓名或单位。');
  const json = /\.json$/i.test(fileName) || trimmed.startsWith('{') || trimmed.startsWith('[');
  return json ? rosterFromJson(trimmed, fileName) : rosterFromCsv(body, fileName);
}
