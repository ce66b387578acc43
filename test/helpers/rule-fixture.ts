import type { Severity } from '../../src/core/findings';
import type { CheckOptions } from '../../src/core/options';
import type { CellValue, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../../src/core/snapshot';

/**
 * Per-rule fixtures: a workbook written as text, one sheet row per line, with the findings a rule must
 * give marked beside the rows that give them, as markdownlint's test files mark theirs.
 *
 *   === a case: one workbook                      starts a case; the words after === name it
 *   # month: 9                                    check options for the case: month, sheet
 *   --- sheet: 9月                                starts a sheet (a case without one has a sheet named Sheet1)
 *   序号 | 年度目标任务 | 9月份目标任务 | …        a row: cells split on |
 *   3 | … | … | {seq.gap}                          the row must give one seq.gap finding
 *   3 | … | … | {cell.empty:D warning}             …on column D, at the warning level
 *
 * Any other line starting with # is a comment; blank lines are skipped. In a cell, a whole number is
 * a number ('12 keeps it text), ^ continues the merged area of the cell above, and \n is a line break.
 * Every row without a mark must give no finding of the rule.
 */
export interface Expected {
  rule: string;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  column?: string;
  severity?: Severity;
  /** Line of the fixture file, for the failure message. */
  line: number;
}

export interface FixtureRow {
  sheet: string;
  row: number;
  line: number;
  cells: CellValue[];
}

export interface FixtureCase {
  name: string;
  workbook: WorkbookSnapshot;
  options: CheckOptions;
  expected: Expected[];
  rows: FixtureRow[];
}

const MARKS = /(?:\s*\|)?\s*((?:\{[^{}]+\}\s*)+)$/;
const MARK = /\{([a-z-]+\.[a-z-]+)(?::([A-Z]+))?(?:\s+(error|warning|info))?\}/g;

function cellValue(text: string): CellValue {
  const t = text.trim();
  if (t === '') return null;
  if (/^\d+$/.test(t)) return Number(t);
  if (t.startsWith("'")) return t.slice(1);
  return t.replace(/\\n/g, '\n');
}

function newSheet(name: string): SheetSnapshot {
  return { name, values: [], merges: [] };
}

/** Cells marked ^ join the merged area of the cell above, made when first needed. */
function addMerge(sheet: SheetSnapshot, row: number, col: number): void {
  const area = sheet.merges.find((m) => m.left === col && m.right === col && m.bottom === row - 1);
  if (area) area.bottom = row;
  else sheet.merges.push({ top: row - 1, left: col, bottom: row, right: col } satisfies MergeArea);
}

export function parseRuleFixture(text: string): FixtureCase[] {
  const cases: FixtureCase[] = [];
  let current: FixtureCase | null = null;
  let sheet: SheetSnapshot | null = null;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed.startsWith('===')) {
      current = { name: trimmed.slice(3).trim() || `line ${line}`, workbook: { sheets: [] }, options: {}, expected: [], rows: [] };
      cases.push(current);
      sheet = null;
      return;
    }
    if (trimmed === '') return;
    if (current === null) {
      if (trimmed.startsWith('#')) return;
      throw new Error(`line ${line}: a row before the first === case`);
    }
    const c: FixtureCase = current;
    const option = /^#\s*(month|sheet):\s*(.+)$/.exec(trimmed);
    if (option) {
      if (option[1] === 'month') c.options.month = Number(option[2]);
      else c.options.sheet = (option[2] ?? '').trim();
      return;
    }
    if (trimmed.startsWith('#')) return;
    const sheetLine = /^---\s*sheet:\s*(.+)$/.exec(trimmed);
    if (sheetLine) {
      sheet = newSheet((sheetLine[1] ?? '').trim());
      c.workbook.sheets.push(sheet);
      return;
    }
    if (sheet === null) {
      sheet = newSheet('Sheet1');
      c.workbook.sheets.push(sheet);
    }
    const s: SheetSnapshot = sheet;
    let body = raw;
    const marks = MARKS.exec(raw);
    if (marks) {
      body = raw.slice(0, marks.index);
      for (const m of (marks[1] ?? '').matchAll(MARK)) {
        const e: Expected = { rule: m[1] ?? '', sheet: s.name, row: s.values.length + 1, line };
        if (m[2]) e.column = m[2];
        if (m[3]) e.severity = m[3] as Severity;
        c.expected.push(e);
      }
    }
    const row = s.values.length;
    const cells = body.split('|').map((cell, col) => {
      if (cell.trim() === '^') {
        addMerge(s, row, col);
        return null;
      }
      return cellValue(cell);
    });
    s.values.push(cells);
    c.rows.push({ sheet: s.name, row: row + 1, line, cells });
  });
  return cases;
}
