import type { EtBorders, EtComment, EtConditionValue, EtDatabar, EtFont, EtFormatConditions, EtInterior, EtRange } from '../../src/wps/om';
import type { Rect } from './address';
import { areaAddress, cellCount, colName, inside, key, overlaps, parseAddress } from './address';
import type { Book } from './book';
import { readFormula, readValue2, writeValue } from './convert';
import type { DataBar, FakeCell, SheetState } from './state';
import { blankCell } from './state';

/** Areas bigger than this are walked through their existing cells only. */
const WALK_LIMIT = 200000;
const WHITE = 0xffffff;
const NONE = -4142;

/** Calls fn on every cell of the areas (existing cells only for huge areas); `blank` says whether some cell in them does not exist. */
function walk(book: Book, sheet: SheetState, areas: readonly Rect[], fn: (cell: FakeCell | undefined, row: number, col: number) => void): void {
  for (const a of areas) {
    if (cellCount(a) > WALK_LIMIT) {
      let seen = 0;
      for (const [k, cell] of sheet.cells) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (inside(a, r, c)) {
          seen++;
          fn(cell, r, c);
        }
      }
      if (seen < cellCount(a)) fn(undefined, a.top, a.left);
      continue;
    }
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(book.cell(sheet, r, c), r, c);
  }
}

/** One value when every cell agrees, null when they differ. */
function common<T>(book: Book, sheet: SheetState, areas: readonly Rect[], pick: (cell: FakeCell) => T): T | null {
  let first = true;
  let out: T | null = null;
  const blank = blankCell();
  walk(book, sheet, areas, (cell) => {
    const v = pick(cell ?? blank);
    if (first) {
      out = v;
      first = false;
    } else if (out !== v) out = null;
  });
  return out;
}

/** Sets a format on every cell of the areas (existing cells only for huge areas, as the fake's README says). */
function setEach(book: Book, sheet: SheetState, areas: readonly Rect[], fn: (cell: FakeCell) => void): void {
  for (const a of areas) {
    if (cellCount(a) > WALK_LIMIT) {
      for (const [k, cell] of sheet.cells) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (inside(a, r, c)) fn(cell);
      }
      continue;
    }
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) fn(book.own(sheet, r, c));
  }
}

/** The colour a theme colour shows in the default Office theme, as BGR. */
const THEME_SHOWN = [0x000000, 0x000000, 0xffffff, 0x7a3044, 0xd2e0ee, 0xc47244, 0x317ded, 0xa5a5a5, 0x00c0ff, 0xc69c5b, 0x47ad70, 0xc1630, 0x6b4f95];

function themeShown(theme: number): number {
  return THEME_SHOWN[theme] ?? 0;
}

class FakeComment implements EtComment {
  constructor(
    private readonly book: Book,
    private readonly sheet: SheetState,
    private readonly row: number,
    private readonly col: number,
  ) {}

  Text(text?: string): string {
    const cell = this.book.own(this.sheet, this.row, this.col);
    if (text === undefined) {
      this.book.tick();
      return cell.note ?? '';
    }
    this.book.write(this.sheet);
    cell.note = text;
    return text;
  }

  Delete(): void {
    this.book.write(this.sheet);
    this.book.own(this.sheet, this.row, this.col).note = null;
  }

  get Parent(): EtRange {
    this.book.tick();
    return new FakeRange(this.book, this.sheet, [{ top: this.row, left: this.col, bottom: this.row, right: this.col }]);
  }
}

export { FakeComment };

export class FakeRange implements EtRange {
  constructor(
    readonly book: Book,
    readonly sheet: SheetState,
    readonly areas: Rect[],
  ) {}

  static at(book: Book, sheet: SheetState, address: string): FakeRange {
    book.stats.ranges++;
    book.stats.longestAddress = Math.max(book.stats.longestAddress, address.length);
    // Range() takes an address of at most 255 characters, as in VBA.
    if (address.length > 255) throw new Error('Range 地址超过 255 个字符');
    return new FakeRange(book, sheet, parseAddress(address));
  }

  private get first(): Rect {
    const a = this.areas[0];
    if (!a) throw new Error('空区域');
    return a;
  }

  get Value2(): unknown {
    this.book.tick();
    const a = this.first;
    if (a.top === a.bottom && a.left === a.right) return readValue2(this.book.cell(this.sheet, a.top, a.left));
    const rows: unknown[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: unknown[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(readValue2(this.book.cell(this.sheet, r, c)));
      rows.push(row);
    }
    return rows;
  }

  set Value2(value: unknown) {
    this.book.write(this.sheet);
    this.assign(value);
  }

  get Formula(): unknown {
    this.book.tick();
    const a = this.first;
    if (a.top === a.bottom && a.left === a.right) return readFormula(this.book.cell(this.sheet, a.top, a.left));
    const rows: string[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: string[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(readFormula(this.book.cell(this.sheet, r, c)));
      rows.push(row);
    }
    return rows;
  }

  set Formula(value: unknown) {
    this.book.write(this.sheet);
    this.assign(value);
  }

  /** A 2-D array fills the first area by position; a scalar goes into every cell. */
  private assign(value: unknown): void {
    const a = this.first;
    if (Array.isArray(value)) {
      value.forEach((row: unknown, i) => {
        const cells = Array.isArray(row) ? row : [row];
        cells.forEach((v: unknown, j) => {
          if (a.top + i <= a.bottom && a.left + j <= a.right) this.put(a.top + i, a.left + j, v);
        });
      });
      return;
    }
    for (const area of this.areas) for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) this.put(r, c, value);
  }

  private put(row: number, col: number, value: unknown): void {
    const merge = this.book.mergeAt(this.sheet, row, col);
    // A covered cell of a merged area holds nothing; WPS drops what is written there.
    if (merge && (merge.top !== row || merge.left !== col)) return;
    writeValue(this.book.own(this.sheet, row, col), value);
  }

  get HasFormula(): boolean | null {
    this.book.tick();
    return common(this.book, this.sheet, this.areas, (c) => c.formula !== null);
  }

  Address(rowAbsolute = true, columnAbsolute = true): string {
    this.book.tick();
    return this.areas.map((a) => areaAddress(a, rowAbsolute && columnAbsolute)).join(',');
  }

  get Interior(): EtInterior {
    this.book.tick();
    const { book, sheet, areas } = this;
    return {
      get Color() {
        book.tick();
        return common(book, sheet, areas, (c) => c.fill ?? WHITE);
      },
      set Color(v: number | null) {
        book.write(sheet);
        setEach(book, sheet, areas, (c) => {
          c.fill = v;
          c.fillTheme = null;
        });
      },
      get ThemeColor() {
        book.tick();
        return common(book, sheet, areas, (c) => c.fillTheme?.theme ?? 0);
      },
      set ThemeColor(v: number | null) {
        book.write(sheet);
        setEach(book, sheet, areas, (c) => {
          c.fillTheme = { theme: v ?? 0, tint: c.fillTheme?.tint ?? 0 };
          c.fill = themeShown(v ?? 0);
        });
      },
      get TintAndShade() {
        book.tick();
        return common(book, sheet, areas, (c) => c.fillTheme?.tint ?? 0);
      },
      set TintAndShade(v: number | null) {
        book.write(sheet);
        setEach(book, sheet, areas, (c) => {
          if (c.fillTheme) c.fillTheme = { ...c.fillTheme, tint: v ?? 0 };
        });
      },
      get Pattern() {
        book.tick();
        return common(book, sheet, areas, (c) => (c.fill === null ? NONE : 1));
      },
      set Pattern(v: number | null) {
        book.write(sheet);
        if (v === NONE) {
          setEach(book, sheet, areas, (c) => {
            c.fill = null;
            c.fillTheme = null;
          });
        }
      },
    };
  }

  get Font(): EtFont {
    this.book.tick();
    const { book, sheet, areas } = this;
    const prop = <K extends 'fontColor' | 'bold' | 'size' | 'underline'>(name: K) => ({
      get: () => {
        book.tick();
        return common(book, sheet, areas, (c) => c[name]);
      },
      set: (v: FakeCell[K] | null) => {
        book.write(sheet);
        if (v === null) return;
        setEach(book, sheet, areas, (c) => {
          c[name] = v;
        });
      },
    });
    const color = {
      get: () => prop('fontColor').get(),
      set: (v: number | null) => {
        book.write(sheet);
        if (v === null) return;
        setEach(book, sheet, areas, (c) => {
          c.fontColor = v;
          c.fontAuto = false;
          c.fontTheme = null;
        });
      },
    };
    const bold = prop('bold');
    const size = prop('size');
    const underline = prop('underline');
    return {
      get Color() {
        return color.get();
      },
      set Color(v) {
        color.set(v);
      },
      get ColorIndex() {
        book.tick();
        return common(book, sheet, areas, (c) => (c.fontAuto ? -4105 : 1));
      },
      set ColorIndex(v: number | null) {
        book.write(sheet);
        if (v !== -4105) return;
        setEach(book, sheet, areas, (c) => {
          c.fontAuto = true;
          c.fontTheme = null;
          c.fontColor = 0;
        });
      },
      get ThemeColor() {
        book.tick();
        return common(book, sheet, areas, (c) => c.fontTheme?.theme ?? 0);
      },
      set ThemeColor(v: number | null) {
        book.write(sheet);
        setEach(book, sheet, areas, (c) => {
          c.fontTheme = { theme: v ?? 0, tint: c.fontTheme?.tint ?? 0 };
          c.fontAuto = false;
          c.fontColor = themeShown(v ?? 0);
        });
      },
      get TintAndShade() {
        book.tick();
        return common(book, sheet, areas, (c) => c.fontTheme?.tint ?? 0);
      },
      set TintAndShade(v: number | null) {
        book.write(sheet);
        setEach(book, sheet, areas, (c) => {
          if (c.fontTheme) c.fontTheme = { ...c.fontTheme, tint: v ?? 0 };
        });
      },
      get Bold() {
        return bold.get();
      },
      set Bold(v) {
        bold.set(v);
      },
      get Size() {
        return size.get();
      },
      set Size(v) {
        size.set(v);
      },
      get Underline() {
        return underline.get();
      },
      set Underline(v) {
        underline.set(v);
      },
    };
  }

  get Borders(): EtBorders {
    this.book.tick();
    const { book, sheet, areas } = this;
    const edit = (fn: (b: { lineStyle: number; weight: number; color: number }) => void) => {
      book.write(sheet);
      setEach(book, sheet, areas, (c) => {
        c.border = c.border ?? { lineStyle: NONE, weight: 2, color: 0 };
        fn(c.border);
      });
    };
    return {
      get LineStyle() {
        book.tick();
        return common(book, sheet, areas, (c) => c.border?.lineStyle ?? NONE);
      },
      set LineStyle(v: number | null) {
        edit((b) => {
          b.lineStyle = v ?? NONE;
        });
      },
      get Weight() {
        book.tick();
        return common(book, sheet, areas, (c) => c.border?.weight ?? 2);
      },
      set Weight(v: number | null) {
        edit((b) => {
          b.weight = v ?? 2;
        });
      },
      get Color() {
        book.tick();
        return common(book, sheet, areas, (c) => c.border?.color ?? 0);
      },
      set Color(v: number | null) {
        edit((b) => {
          b.color = v ?? 0;
        });
      },
    };
  }

  get Comment(): EtComment | null {
    this.book.tick();
    const a = this.first;
    const cell = this.book.cell(this.sheet, a.top, a.left);
    return cell?.note !== null && cell?.note !== undefined ? new FakeComment(this.book, this.sheet, a.top, a.left) : null;
  }

  AddComment(text?: string): EtComment {
    this.book.write(this.sheet);
    const a = this.first;
    const cell = this.book.own(this.sheet, a.top, a.left);
    // WPS, like Excel, refuses a second comment on a cell.
    if (cell.note !== null) throw new Error('该单元格已有批注');
    cell.note = text ?? '';
    return new FakeComment(this.book, this.sheet, a.top, a.left);
  }

  get MergeCells(): boolean | null {
    this.book.tick();
    let any = false;
    let all = true;
    walk(this.book, this.sheet, this.areas, (_cell, r, c) => {
      if (this.book.mergeAt(this.sheet, r, c)) any = true;
      else all = false;
    });
    if (all && any) return true;
    return any ? null : false;
  }

  get MergeArea(): EtRange {
    this.book.tick();
    const a = this.first;
    const m = this.book.mergeAt(this.sheet, a.top, a.left);
    return new FakeRange(this.book, this.sheet, [m ? { ...m } : { top: a.top, left: a.left, bottom: a.top, right: a.left }]);
  }

  Merge(): void {
    this.book.write(this.sheet);
    for (const a of this.areas) {
      if (this.sheet.merges.some((m) => overlaps(m, a))) throw new Error('不能合并已部分合并的区域');
      for (let r = a.top; r <= a.bottom; r++) {
        for (let c = a.left; c <= a.right; c++) {
          if (r === a.top && c === a.left) continue;
          const cell = this.book.cell(this.sheet, r, c);
          if (cell) {
            cell.value = null;
            cell.formula = null;
          }
        }
      }
      if (a.bottom > a.top || a.right > a.left) this.sheet.merges.push({ ...a });
    }
  }

  UnMerge(): void {
    this.book.write(this.sheet);
    this.sheet.merges = this.sheet.merges.filter((m) => !this.areas.some((a) => overlaps(m, a)));
  }

  private simple<T>(pick: (c: FakeCell) => T, put: (c: FakeCell, v: T) => void) {
    return {
      get: (): T | null => {
        this.book.tick();
        return common(this.book, this.sheet, this.areas, pick);
      },
      set: (v: T | null) => {
        this.book.write(this.sheet);
        if (v === null) return;
        setEach(this.book, this.sheet, this.areas, (c) => put(c, v));
      },
    };
  }

  get WrapText(): boolean | null {
    return this.simple((c) => c.wrap, () => undefined).get();
  }

  set WrapText(v: boolean | null) {
    this.simple<boolean>((c) => c.wrap, (c, x) => (c.wrap = x)).set(v);
  }

  get HorizontalAlignment(): number | null {
    return this.simple((c) => c.horizontal, () => undefined).get();
  }

  set HorizontalAlignment(v: number | null) {
    this.simple<number>((c) => c.horizontal, (c, x) => (c.horizontal = x)).set(v);
  }

  get VerticalAlignment(): number | null {
    return this.simple((c) => c.vertical, () => undefined).get();
  }

  set VerticalAlignment(v: number | null) {
    this.simple<number>((c) => c.vertical, (c, x) => (c.vertical = x)).set(v);
  }

  get NumberFormat(): string | null {
    return this.simple((c) => c.numberFormat, () => undefined).get();
  }

  set NumberFormat(v: string | null) {
    this.simple<string>((c) => c.numberFormat, (c, x) => (c.numberFormat = x)).set(v);
  }

  /** In characters of the default font, as WPS measures it. */
  get ColumnWidth(): number | null {
    this.book.tick();
    const a = this.first;
    let out: number | null = null;
    for (let c = a.left; c <= Math.min(a.right, a.left + 1000); c++) {
      const w = this.sheet.columnWidths.get(c) ?? 8.38;
      if (c === a.left) out = w;
      else if (out !== w) return null;
    }
    return out;
  }

  set ColumnWidth(v: number | null) {
    this.book.write(this.sheet);
    if (v === null) return;
    if (v < 0 || v > 255) throw new Error('列宽应在 0 到 255 之间');
    for (const a of this.areas) for (let c = a.left; c <= Math.min(a.right, a.left + 1000); c++) this.sheet.columnWidths.set(c, v);
  }

  get RowHeight(): number | null {
    this.book.tick();
    const a = this.first;
    return this.sheet.rowHeights.get(a.top) ?? 13.5;
  }

  set RowHeight(v: number | null) {
    this.book.write(this.sheet);
    if (v === null) return;
    if (v < 0 || v > 409) throw new Error('行高应在 0 到 409 之间');
    for (const a of this.areas) for (let r = a.top; r <= Math.min(a.bottom, a.top + 100000); r++) this.sheet.rowHeights.set(r, v);
  }

  get FormatConditions(): EtFormatConditions {
    this.book.tick();
    const { book, sheet } = this;
    const range = this.first;
    return {
      AddDatabar(): EtDatabar {
        book.write(sheet);
        const bar: DataBar = { range: { ...range }, min: null, max: null, color: null };
        sheet.dataBars.push(bar);
        const point = (which: 'min' | 'max'): EtConditionValue => ({
          Modify(type: number, value?: number) {
            book.write(sheet);
            bar[which] = value === undefined ? { type } : { type, value };
          },
        });
        return {
          get MinPoint() {
            book.tick();
            return point('min');
          },
          get MaxPoint() {
            book.tick();
            return point('max');
          },
          get BarColor() {
            book.tick();
            return {
              get Color() {
                book.tick();
                return bar.color ?? 0;
              },
              set Color(v: number) {
                book.write(sheet);
                bar.color = v;
              },
            };
          },
        };
      },
    };
  }

  /** Selecting needs the sheet to be the active one, as in WPS. */
  Select(): void {
    this.book.tick();
    if (this.book.active !== this.sheet) throw new Error('Range 类的 Select 方法无效：工作表未激活');
    this.book.selection = { sheet: this.sheet.name, address: this.areas.map((a) => areaAddress(a, false)).join(',') };
  }

  /** Contents, formats, notes, merged areas and data bars. */
  Clear(): void {
    this.book.write(this.sheet);
    for (const a of this.areas) {
      for (const k of [...this.sheet.cells.keys()]) {
        const [r, c] = k.split(',').map(Number) as [number, number];
        if (inside(a, r, c)) this.sheet.cells.delete(k);
      }
      this.sheet.merges = this.sheet.merges.filter((m) => !overlaps(m, a));
      this.sheet.dataBars = this.sheet.dataBars.filter((d) => !overlaps(d.range, a));
    }
  }
}

export function cellAddress(row: number, col: number): string {
  return `${colName(col)}${row + 1}`;
}

export { key };
