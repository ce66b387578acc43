import type { Rect } from './address';
import { key } from './address';
import type { FakeCell, SheetState } from './state';
import { blankCell, newSheet } from './state';

export interface FakeStats {
  /** Every property read or write and every method call on the object model. */
  calls: number;
  /** The calls that change the workbook. */
  writes: number;
  /** Range() calls, with the longest address asked for. */
  ranges: number;
  longestAddress: number;
}

/** Excel's (and WPS's) rules for sheet names. */
export function checkSheetName(name: string, taken: readonly string[]): void {
  if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) throw new Error(`工作表名称“${name}”无效`);
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase())) throw new Error(`工作表名称“${name}”已被占用`);
}

/** The workbook's state and the bookkeeping every object of the fake shares. */
export class Book {
  readonly sheets: SheetState[] = [];
  active: SheetState | null = null;
  selection: { sheet: string; address: string } | null = null;
  screenUpdating = true;
  stats: FakeStats = { calls: 0, writes: 0, ranges: 0, longestAddress: 0 };
  private failAt: { writes: number; message: string } | null = null;
  private added = 0;

  tick(): void {
    this.stats.calls++;
  }

  /** A call that changes the workbook: counted, and refused where the scene asks for a failure. */
  write(sheet?: SheetState): void {
    this.stats.calls++;
    if (sheet?.protected) throw new Error(`工作表“${sheet.name}”受保护，无法更改`);
    this.stats.writes++;
    if (this.failAt && this.stats.writes > this.failAt.writes) {
      const message = this.failAt.message;
      this.failAt = null;
      throw new Error(message);
    }
  }

  /** The write after `writes` more writes throws once, as when WPS refuses a change half-way. */
  failAfterWrites(writes: number, message = '对象模型调用失败'): void {
    this.failAt = { writes: this.stats.writes + writes, message };
  }

  resetStats(): void {
    this.stats = { calls: 0, writes: 0, ranges: 0, longestAddress: 0 };
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name?: string, at = this.sheets.length): SheetState {
    let chosen = name;
    while (!chosen) {
      this.added++;
      const candidate = `Sheet${this.sheets.length + this.added}`;
      if (!this.findSheet(candidate)) chosen = candidate;
    }
    checkSheetName(chosen, this.sheets.map((s) => s.name));
    const sheet = newSheet(chosen);
    this.sheets.splice(at, 0, sheet);
    return sheet;
  }

  cell(sheet: SheetState, row: number, col: number): FakeCell | undefined {
    return sheet.cells.get(key(row, col));
  }

  /** The cell, made when missing, for a write. */
  own(sheet: SheetState, row: number, col: number): FakeCell {
    const k = key(row, col);
    let c = sheet.cells.get(k);
    if (!c) {
      c = blankCell();
      sheet.cells.set(k, c);
    }
    return c;
  }

  mergeAt(sheet: SheetState, row: number, col: number): Rect | undefined {
    return sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }
}
