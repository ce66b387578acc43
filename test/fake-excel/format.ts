import type { FakeContext } from './context';
import { FakeObject } from './context';
import type { Lazy } from './context';
import { FakeOfficeError } from './errors';
import type { Area, CellState, SheetState } from './state';
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  MAX_COLUMNS,
  MAX_ROWS,
  areaCells,
  cellAt,
  cellKey,
  storedCellsIn,
} from './state';

/** What a range proxy points at: a sheet and one or more areas, resolved at sync. */
export interface Target {
  sheet: Lazy<SheetState | null>;
  areas: Lazy<Area[] | null>;
}

/** Past this many cells a format write touches only the cells that exist, not the whole grid. */
const DENSE_LIMIT = 200_000;

export function normaliseColor(color: unknown): string {
  const text = String(color).trim();
  const named: Record<string, string> = { red: '#FF0000', yellow: '#FFFF00', white: '#FFFFFF', black: '#000000', green: '#008000' };
  const hit = named[text.toLowerCase()];
  if (hit) return hit;
  const m = /^#?([0-9a-f]{6})$/i.exec(text);
  if (!m || !m[1]) throw new FakeOfficeError('InvalidArgument', `Not a colour: ${text}`);
  return `#${m[1].toUpperCase()}`;
}

/** Runs `fn` on every cell of the target's areas, creating cells as needed. */
export function eachCell(sheet: SheetState, areas: Area[], fn: (cell: CellState, row: number, col: number) => void): void {
  for (const area of areas) {
    if (areaCells(area) > DENSE_LIMIT) {
      const hits: [number, CellState][] = [];
      storedCellsIn(sheet, area, (key, cell) => hits.push([key, cell]));
      for (const [key, cell] of hits) fn(cell, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS);
      continue;
    }
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) fn(cellAt(sheet, r, c), r, c);
    }
  }
}

function firstCell(target: Target): CellState | undefined {
  const sheet = target.sheet.get();
  const area = target.areas.get()?.[0];
  if (!sheet || !area) return undefined;
  return sheet.cells.get(cellKey(area.top, area.left));
}

abstract class Part extends FakeObject {
  constructor(
    ctx: FakeContext,
    protected readonly target: Target,
  ) {
    super(ctx);
  }

  protected resolvesToNull(): boolean {
    return !this.target.sheet.get() || !this.target.areas.get();
  }

  protected write(args: unknown, fn: (cell: CellState, row: number, col: number) => void): void {
    this.ctx.enqueueWrite(args, this.target.sheet, (sheet) => {
      const areas = this.target.areas.get();
      if (areas) eachCell(sheet, areas, fn);
    });
  }
}

export class FakeFill extends Part {
  protected readonly scalarProperties = ['color'] as const;

  protected readProperty(name: string): unknown {
    if (name !== 'color') throw new FakeOfficeError('InvalidArgument', `RangeFill has no ${name}`);
    const fill = firstCell(this.target)?.fill;
    return fill && fill.pattern !== 'None' ? fill.color : '#FFFFFF';
  }

  get color(): string {
    return this.loadedValue('color');
  }

  set color(value: string) {
    const color = normaliseColor(value);
    this.write({ fill: color }, (cell) => {
      cell.fill = { color, pattern: 'Solid' };
    });
  }

  clear(): void {
    this.write({ clearFill: true }, (cell) => {
      delete cell.fill;
    });
  }
}

export class FakeFont extends Part {
  protected readonly scalarProperties = ['color', 'bold', 'size'] as const;

  protected readProperty(name: string): unknown {
    const font = firstCell(this.target)?.font;
    if (name === 'color') return font?.color ?? '#000000';
    if (name === 'bold') return font?.bold ?? false;
    if (name === 'size') return font?.size ?? 11;
    throw new FakeOfficeError('InvalidArgument', `RangeFont has no ${name}`);
  }

  private set(name: 'color' | 'bold' | 'size', value: string | boolean | number): void {
    this.write({ font: { [name]: value } }, (cell) => {
      cell.font = { ...cell.font, [name]: value };
    });
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(value: string) {
    this.set('color', normaliseColor(value));
  }
  get bold(): boolean {
    return this.loadedValue('bold');
  }
  set bold(value: boolean) {
    this.set('bold', Boolean(value));
  }
  get size(): number {
    return this.loadedValue('size');
  }
  set size(value: number) {
    this.set('size', Number(value));
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

export class FakeBorder extends Part {
  protected readonly scalarProperties = ['style'] as const;

  constructor(
    ctx: FakeContext,
    target: Target,
    private readonly edge: string,
  ) {
    super(ctx, target);
    if (!EDGES.includes(edge)) throw new FakeOfficeError('InvalidArgument', `Unknown border ${edge}`);
  }

  protected readProperty(): unknown {
    return firstCell(this.target)?.borders?.includes(this.edge) ? 'Continuous' : 'None';
  }

  get style(): string {
    return this.loadedValue('style');
  }

  set style(value: string) {
    const on = value !== 'None';
    this.write({ border: this.edge, style: value }, (cell) => {
      const set = new Set(cell.borders ?? []);
      if (on) set.add(this.edge);
      else set.delete(this.edge);
      if (set.size) cell.borders = [...set].sort();
      else delete cell.borders;
    });
  }

  set color(value: string) {
    normaliseColor(value);
    this.ctx.enqueue({ borderColor: value }, () => undefined);
  }
}

export class FakeBorderCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: Target,
  ) {}

  getItem(edge: string): FakeBorder {
    return new FakeBorder(this.ctx, this.target, edge);
  }
}

export class FakeRangeFormat extends Part {
  protected readonly scalarProperties = ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'columnWidth', 'rowHeight'] as const;
  readonly fill: FakeFill;
  readonly font: FakeFont;
  readonly borders: FakeBorderCollection;

  constructor(ctx: FakeContext, target: Target) {
    super(ctx, target);
    this.fill = new FakeFill(ctx, target);
    this.font = new FakeFont(ctx, target);
    this.borders = new FakeBorderCollection(ctx, target);
  }

  protected override child(name: string): FakeObject | null {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return null;
  }

  protected readProperty(name: string): unknown {
    const cell = firstCell(this.target);
    const sheet = this.target.sheet.get();
    const area = this.target.areas.get()?.[0];
    switch (name) {
      case 'wrapText':
        return cell?.wrap ?? false;
      case 'horizontalAlignment':
        return cell?.horizontal ?? 'General';
      case 'verticalAlignment':
        return cell?.vertical ?? 'Bottom';
      case 'columnWidth':
        return (area && sheet?.columnWidths.get(area.left)) ?? DEFAULT_COLUMN_WIDTH;
      case 'rowHeight':
        return (area && sheet?.rowHeights.get(area.top)) ?? DEFAULT_ROW_HEIGHT;
      default:
        throw new FakeOfficeError('InvalidArgument', `RangeFormat has no ${name}`);
    }
  }

  get wrapText(): boolean {
    return this.loadedValue('wrapText');
  }
  set wrapText(value: boolean) {
    this.write({ wrapText: value }, (cell) => {
      cell.wrap = Boolean(value);
    });
  }
  get horizontalAlignment(): string {
    return this.loadedValue('horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.write({ horizontalAlignment: value }, (cell) => {
      cell.horizontal = value;
    });
  }
  get verticalAlignment(): string {
    return this.loadedValue('verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this.write({ verticalAlignment: value }, (cell) => {
      cell.vertical = value;
    });
  }

  get columnWidth(): number {
    return this.loadedValue('columnWidth');
  }
  set columnWidth(value: number) {
    this.ctx.enqueueWrite({ columnWidth: value }, this.target.sheet, (sheet) => {
      for (const area of this.target.areas.get() ?? []) {
        for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, value);
      }
    });
  }

  get rowHeight(): number {
    return this.loadedValue('rowHeight');
  }
  set rowHeight(value: number) {
    this.ctx.enqueueWrite({ rowHeight: value }, this.target.sheet, (sheet) => {
      for (const area of this.target.areas.get() ?? []) {
        if (area.bottom - area.top + 1 === MAX_ROWS) throw new FakeOfficeError('InvalidArgument', 'Set row heights on rows you use, not on every row.');
        for (let r = area.top; r <= area.bottom; r++) sheet.rowHeights.set(r, value);
      }
    });
  }

  set useStandardWidth(value: boolean) {
    if (!value) return;
    this.ctx.enqueueWrite({ useStandardWidth: true }, this.target.sheet, (sheet) => {
      for (const area of this.target.areas.get() ?? []) {
        for (const c of [...sheet.columnWidths.keys()]) if (c >= area.left && c <= area.right) sheet.columnWidths.delete(c);
      }
    });
  }

  set useStandardHeight(value: boolean) {
    if (!value) return;
    this.ctx.enqueueWrite({ useStandardHeight: true }, this.target.sheet, (sheet) => {
      for (const area of this.target.areas.get() ?? []) {
        for (const r of [...sheet.rowHeights.keys()]) if (r >= area.top && r <= area.bottom) sheet.rowHeights.delete(r);
      }
    });
  }
}
