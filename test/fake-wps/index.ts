import type { WorkbookSnapshot } from '../../src/core/snapshot';
import type { EtApplication } from '../../src/wps/om';
import { areaAddress, parseArea } from './address';
import type { Rect } from './address';
import { Book } from './book';
import type { FakeStats } from './book';
import { readFormula, writeValue } from './convert';
import type { FakeCell, SheetState } from './state';
import { FakeApplication } from './worksheet';

export type { FakeStats } from './book';

function hex(bgr: number | null): string | null {
  if (bgr === null) return null;
  const r = bgr & 255;
  const g = (bgr >> 8) & 255;
  const b = (bgr >> 16) & 255;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

function bgr(color: string): number {
  const n = parseInt(color.replace(/^#/, '').slice(-6), 16);
  return ((n & 255) << 16) | (n & 0xff00) | ((n >> 16) & 255);
}

export interface CellView {
  value: string | number | boolean | null;
  formula: string;
  fill: string | null;
  fillTheme: { theme: number; tint: number } | null;
  fontColor: string;
  fontAuto: boolean;
  fontTheme: { theme: number; tint: number } | null;
  bold: boolean;
  size: number;
  underline: boolean;
  note: string | null;
  wrap: boolean;
  horizontal: number;
  vertical: number;
  numberFormat: string;
  border: boolean;
}

function view(cell: FakeCell | undefined): CellView {
  const v = cell?.value ?? null;
  return {
    value: typeof v === 'object' && v !== null ? v.error : v,
    formula: readFormula(cell),
    fill: hex(cell?.fill ?? null),
    fillTheme: cell?.fillTheme ?? null,
    fontColor: hex(cell?.fontColor ?? 0) ?? '#000000',
    fontAuto: cell?.fontAuto ?? true,
    fontTheme: cell?.fontTheme ?? null,
    bold: cell?.bold ?? false,
    size: cell?.size ?? 11,
    underline: (cell?.underline ?? -4142) !== -4142,
    note: cell?.note ?? null,
    wrap: cell?.wrap ?? false,
    horizontal: cell?.horizontal ?? 1,
    vertical: cell?.vertical ?? -4107,
    numberFormat: cell?.numberFormat ?? 'General',
    border: (cell?.border?.lineStyle ?? -4142) !== -4142,
  };
}

/**
 * An in-memory WPS 表格 for tests: the object model the host uses, with WPS's synchronous semantics
 * and quirks, and every call counted.
 */
export class FakeWps {
  readonly book = new Book();
  readonly app: FakeApplication;

  constructor(snapshot?: WorkbookSnapshot) {
    this.app = new FakeApplication(this.book);
    for (const s of snapshot?.sheets ?? []) this.addSheet(s.name, s.values, s.merges);
    this.book.active = this.book.sheets.find((s) => s.visible === -1) ?? null;
  }

  /** The object model as the host sees it. */
  get application(): EtApplication {
    return this.app;
  }

  get stats(): FakeStats {
    return this.book.stats;
  }

  resetStats(): void {
    this.book.resetStats();
  }

  failAfterWrites(writes: number, message?: string): void {
    this.book.failAfterWrites(writes, message);
  }

  private state(name: string): SheetState {
    const s = this.book.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  private at(sheet: string, address: string): { s: SheetState; r: Rect } {
    return { s: this.state(sheet), r: parseArea(address) };
  }

  addSheet(name: string, values: readonly (readonly unknown[])[] = [], merges: readonly Rect[] = []): void {
    const sheet = this.book.addSheet(name);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') this.book.own(sheet, r, c).value = v as string | number | boolean;
      }),
    );
    sheet.merges.push(...merges.map((m) => ({ ...m })));
    if (!this.book.active) this.book.active = sheet;
  }

  setValue(sheet: string, address: string, value: unknown): void {
    const { s, r } = this.at(sheet, address);
    writeValue(this.book.own(s, r.top, r.left), value);
  }

  /** An error value such as "#N/A": Value2 gives its CVErr number. */
  setError(sheet: string, address: string, error: string): void {
    const { s, r } = this.at(sheet, address);
    this.book.own(s, r.top, r.left).value = { error };
  }

  setFill(sheet: string, address: string, color: string | null): void {
    const { s, r } = this.at(sheet, address);
    this.book.own(s, r.top, r.left).fill = color === null ? null : bgr(color);
  }

  setFont(sheet: string, address: string, font: { color?: string; bold?: boolean }): void {
    const { s, r } = this.at(sheet, address);
    const c = this.book.own(s, r.top, r.left);
    if (font.color) {
      c.fontColor = bgr(font.color);
      c.fontAuto = false;
    }
    if (font.bold !== undefined) c.bold = font.bold;
  }

  setNote(sheet: string, address: string, note: string | null): void {
    const { s, r } = this.at(sheet, address);
    this.book.own(s, r.top, r.left).note = note;
  }

  protect(sheet: string, on = true): void {
    this.state(sheet).protected = on;
  }

  setVisibility(sheet: string, visible: -1 | 0 | 2): void {
    this.state(sheet).visible = visible;
  }

  activate(sheet: string): void {
    this.book.active = this.state(sheet);
  }

  closeWorkbook(): void {
    this.app.workbookOpen = false;
  }

  sheetNames(options: { includeHidden?: boolean } = {}): string[] {
    return this.book.sheets.filter((s) => options.includeHidden || s.visible === -1).map((s) => s.name);
  }

  hasSheet(name: string): boolean {
    return this.book.findSheet(name) !== undefined;
  }

  cell(sheet: string, address: string): CellView {
    const { s, r } = this.at(sheet, address);
    return view(this.book.cell(s, r.top, r.left));
  }

  /** Values from A1 to the last used cell; errors as their text. */
  values(sheet: string): (string | number | boolean | null)[][] {
    const s = this.state(sheet);
    let rows = 0;
    let cols = 0;
    for (const [k, c] of s.cells) {
      if (c.value === null) continue;
      const [r, col] = k.split(',').map(Number) as [number, number];
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, col + 1);
    }
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => view(this.book.cell(s, r, c)).value));
  }

  sheet(name: string) {
    const s = this.state(name);
    return {
      name: s.name,
      visible: s.visible,
      merges: s.merges.map((m) => areaAddress(m, false)).sort(),
      columnWidths: Object.fromEntries([...s.columnWidths.entries()].sort((a, b) => a[0] - b[0])),
      rowHeights: Object.fromEntries([...s.rowHeights.entries()].sort((a, b) => a[0] - b[0])),
      pageSetup: { ...s.pageSetup },
      freeze: s.freeze,
      dataBars: s.dataBars.map((d) => ({ range: areaAddress(d.range, false), min: d.min, max: d.max, color: hex(d.color) })),
    };
  }

  selection(): { sheet: string; address: string } | null {
    return this.book.selection;
  }

  activeSheet(): string | null {
    return this.book.active?.name ?? null;
  }

  get screenUpdating(): boolean {
    return this.book.screenUpdating;
  }

  /** The whole workbook as plain data, for comparing one state with another. */
  dump(): unknown {
    return this.book.sheets.map((s) => ({
      ...this.sheet(s.name),
      cells: [...s.cells.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, c]) => [k, view(c)])
        .filter(([, c]) => JSON.stringify(c) !== JSON.stringify(view(undefined))),
    }));
  }

  snapshot(): WorkbookSnapshot {
    return { sheets: this.book.sheets.map((s) => ({ name: s.name, values: this.values(s.name), merges: s.merges.map((m) => ({ ...m })) })) };
  }
}

export function createFakeWps(snapshot?: WorkbookSnapshot): FakeWps {
  return new FakeWps(snapshot);
}
