import type { CellValue } from '../../src/core/snapshot';
import type { FakeContext } from './context';
import { FakeClientResult, FakeObject, Lazy, loadPaths, requireApi } from './context';
import { FakeOfficeError } from './errors';
import type { Target } from './format';
import { FakeRangeFormat, eachCell, normaliseColor } from './format';
import type { Area, CellState, ConditionalFormatState, Prompt, SheetState } from './state';
import {
  MAX_COLUMNS,
  MAX_ROWS,
  areaAddress,
  areaCells,
  cellKey,
  contains,
  overlaps,
  parseArea,
  parseInput,
  quoteSheet,
  storedCellsIn,
} from './state';

/** Excel's cap on the address string given to getRange / getRanges. */
export const ADDRESS_LIMIT = 8192;

function qualifiedAddress(sheet: SheetState, areas: Area[]): string {
  return areas.map((a) => `${quoteSheet(sheet.name)}!${areaAddress(a)}`).join(',');
}

function cellValue(sheet: SheetState, row: number, col: number): CellValue {
  return sheet.cells.get(cellKey(row, col))?.value ?? null;
}

function grid<T>(area: Area, read: (row: number, col: number) => T): T[][] {
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(read(r, c));
    rows.push(row);
  }
  return rows;
}

/** Checks a 2-D input against the range's size, or broadcasts a single value. */
function shaped(input: unknown, area: Area): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw new FakeOfficeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  }
  return (r, c) => (input[r - area.top] as unknown[])[c - area.left];
}

type BarRule = { type: string; formula?: string };

class FakeConditionalFormat {
  readonly dataBar: { barDirection: string; positiveFormat: { fillColor: string }; lowerBoundRule: BarRule; upperBoundRule: BarRule };

  constructor(ctx: FakeContext, target: Target, type: string) {
    const record: ConditionalFormatState = { address: '', type, color: null };
    const bound = (which: 'lower' | 'upper') => ({
      set(rule: BarRule) {
        ctx.enqueueWrite({ [which]: rule }, target.sheet, () => {
          record[which] = { ...rule };
        });
      },
      get(): BarRule {
        throw new FakeOfficeError('PropertyNotLoaded', `${which}BoundRule is not loaded.`);
      },
    });
    const positiveFormat = {
      set fillColor(value: string) {
        const color = normaliseColor(value);
        ctx.enqueueWrite({ fillColor: color }, target.sheet, () => {
          record.color = color;
        });
      },
      get fillColor(): string {
        throw new FakeOfficeError('PropertyNotLoaded', 'fillColor is not loaded.');
      },
    };
    const dataBar = { barDirection: 'Context', positiveFormat } as FakeConditionalFormat['dataBar'];
    Object.defineProperty(dataBar, 'lowerBoundRule', bound('lower'));
    Object.defineProperty(dataBar, 'upperBoundRule', bound('upper'));
    this.dataBar = dataBar;
    ctx.enqueueWrite({ addConditionalFormat: type }, target.sheet, (sheet) => {
      record.address = (target.areas.get() ?? []).map(areaAddress).join(',');
      sheet.conditionalFormats.push(record);
    });
  }
}

class FakeConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly target: Target,
  ) {}

  add(type: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.ctx, this.target, type);
  }

  clearAll(): void {
    this.ctx.enqueueWrite({ clearConditionalFormats: true }, this.target.sheet, (sheet) => {
      const areas = this.target.areas.get() ?? [];
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
        const first = cf.address.split(',')[0] ?? '';
        const { top, left } = parseTopLeft(first);
        return !areas.some((a) => top >= a.top && top <= a.bottom && left >= a.left && left <= a.right);
      });
    });
  }
}

function parseTopLeft(address: string): { top: number; left: number } {
  const m = /^([A-Z]+)(\d+)?/.exec(address);
  if (!m || !m[1]) return { top: 0, left: 0 };
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { top: m[2] ? Number(m[2]) - 1 : 0, left: col - 1 };
}

class FakeDataValidation extends FakeObject {
  protected readonly scalarProperties = ['prompt', 'type'] as const;

  constructor(
    ctx: FakeContext,
    private readonly target: Target,
  ) {
    super(ctx);
  }

  protected resolvesToNull(): boolean {
    return !this.target.sheet.get();
  }

  protected readProperty(name: string): unknown {
    const sheet = this.target.sheet.get();
    const area = this.target.areas.get()?.[0];
    const cell = sheet && area ? sheet.cells.get(cellKey(area.top, area.left)) : undefined;
    if (name === 'prompt') return cell?.prompt ?? { showPrompt: true, title: '', message: '' };
    if (name === 'type') return 'None';
    throw new FakeOfficeError('InvalidArgument', `DataValidation has no ${name}`);
  }

  get prompt(): Prompt {
    return this.loadedValue('prompt');
  }

  set prompt(value: Prompt) {
    if (value.title.length > 32 || value.message.length > 255) {
      throw new FakeOfficeError('InvalidArgument', 'An input message title is at most 32 characters and its text at most 255.');
    }
    const copy = { showPrompt: value.showPrompt, title: value.title, message: value.message };
    this.ctx.enqueueWrite({ prompt: copy }, this.target.sheet, (sheet) => {
      eachCell(sheet, this.target.areas.get() ?? [], (cell) => {
        cell.prompt = { ...copy };
      });
    });
  }

  get type(): string {
    return this.loadedValue('type');
  }

  clear(): void {
    this.ctx.enqueueWrite({ clearValidation: true }, this.target.sheet, (sheet) => {
      eachCell(sheet, this.target.areas.get() ?? [], (cell) => {
        delete cell.prompt;
      });
    });
  }
}

/** Shared by Range and RangeAreas. */
abstract class RangeBase extends FakeObject {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;

  constructor(
    ctx: FakeContext,
    protected readonly target: Target,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, target);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, target);
    this.dataValidation = new FakeDataValidation(ctx, target);
  }

  protected resolvesToNull(): boolean {
    return !this.target.sheet.get() || !this.target.areas.get();
  }

  protected override child(name: string): FakeObject | null {
    if (name === 'format') return this.format;
    if (name === 'dataValidation') return this.dataValidation;
    return null;
  }

  protected sheetNow(): SheetState {
    const sheet = this.target.sheet.get();
    if (!sheet) throw new FakeOfficeError('InvalidReference', 'The range is on a sheet that no longer exists.');
    return sheet;
  }

  protected areasNow(): Area[] {
    return this.target.areas.get() ?? [];
  }

  get address(): string {
    return this.loadedValue('address');
  }

  /** Clears contents, formats or both; clearing formats also unmerges, as in Excel. */
  clear(applyTo: string = 'All'): void {
    this.ctx.enqueueWrite({ clear: applyTo }, this.target.sheet, (sheet) => {
      const areas = this.areasNow();
      const contents = applyTo === 'All' || applyTo === 'Contents';
      const formats = applyTo === 'All' || applyTo === 'Formats';
      for (const area of areas) {
        const hits: [number, CellState][] = [];
        storedCellsIn(sheet, area, (key, cell) => hits.push([key, cell]));
        for (const [key, cell] of hits) {
          if (contents) {
            cell.value = null;
            delete cell.formula;
          }
          if (formats) {
            for (const k of ['fill', 'font', 'numberFormat', 'wrap', 'horizontal', 'vertical', 'borders'] as const) delete cell[k];
          }
          if (applyTo === 'All') sheet.notes.delete(key);
          if (cell.value === null && cell.formula === undefined && Object.keys(cell).length === 1) sheet.cells.delete(key);
        }
        if (formats) sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
        if (formats) {
          sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
            const { top, left } = parseTopLeft(cf.address.split(',')[0] ?? '');
            return !(top >= area.top && top <= area.bottom && left >= area.left && left <= area.right);
          });
        }
      }
    });
  }
}

export class FakeRangeAreas extends RangeBase {
  protected readonly scalarProperties = ['address', 'areaCount', 'cellCount'] as const;

  protected readProperty(name: string): unknown {
    const sheet = this.sheetNow();
    const areas = this.areasNow();
    if (name === 'address') return qualifiedAddress(sheet, areas);
    if (name === 'areaCount') return areas.length;
    if (name === 'cellCount') return areas.reduce((n, a) => n + areaCells(a), 0);
    throw new FakeOfficeError('InvalidArgument', `RangeAreas has no ${name}`);
  }

  get areaCount(): number {
    return this.loadedValue('areaCount');
  }

  /** The areas as ranges, resolved at sync. */
  get areas(): FakeRangeList {
    return new FakeRangeList(this.ctx, this.target);
  }
}

/** RangeAreas.areas: a collection whose items are known after load and sync. */
export class FakeRangeList extends FakeObject {
  protected readonly scalarProperties = [] as const;
  private itemsLoaded: FakeRange[] | null = null;

  constructor(
    ctx: FakeContext,
    private readonly target: Target,
  ) {
    super(ctx);
  }

  protected resolvesToNull(): boolean {
    return !this.target.areas.get();
  }

  protected readProperty(): unknown {
    return null;
  }

  override load(spec?: string | string[] | Record<string, unknown>): this {
    const paths = loadPaths(spec).map((p) => p.replace(/^items\//, ''));
    const items: FakeRange[] = [];
    this.ctx.enqueue({ loadItems: paths }, () => {
      for (const area of this.target.areas.get() ?? []) {
        const range = new FakeRange(this.ctx, { sheet: this.target.sheet, areas: new Lazy(() => [area]) });
        items.push(range);
      }
      this.itemsLoaded = items;
    });
    // Each item loads its own properties within the same request.
    this.ctx.enqueue({}, () => {
      for (const item of items) item.loadNow(paths);
    });
    return this;
  }

  get items(): FakeRange[] {
    if (!this.itemsLoaded) throw new FakeOfficeError('PropertyNotLoaded', 'items are not loaded.');
    return this.itemsLoaded;
  }
}

export class FakeRange extends RangeBase {
  protected readonly scalarProperties = ['address', 'values', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex'] as const;
  constructor(ctx: FakeContext, target: Target) {
    super(ctx, target);
  }

  private area(): Area {
    const area = this.areasNow()[0];
    if (!area) throw new FakeOfficeError('InvalidReference', 'The range does not exist.');
    return area;
  }

  protected readProperty(name: string): unknown {
    const sheet = this.sheetNow();
    const area = this.area();
    switch (name) {
      case 'address':
        return qualifiedAddress(sheet, [area]);
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'values':
      case 'formulas':
      case 'numberFormat': {
        if (areaCells(area) > this.ctx.engine.cellLimit) return null;
        if (name === 'values') return grid(area, (r, c) => cellValue(sheet, r, c) ?? '');
        if (name === 'numberFormat') return grid(area, (r, c) => sheet.cells.get(cellKey(r, c))?.numberFormat ?? 'General');
        return grid(area, (r, c) => {
          const cell = sheet.cells.get(cellKey(r, c));
          return cell?.formula ?? cell?.value ?? '';
        });
      }
      default:
        throw new FakeOfficeError('InvalidArgument', `Range has no ${name}`);
    }
  }

  get values(): CellValue[][] {
    return this.loadedValue('values');
  }
  set values(input: unknown) {
    this.writeInputs(input, false);
  }
  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(input: unknown) {
    this.writeInputs(input, true);
  }
  get numberFormat(): string[][] {
    return this.loadedValue('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.ctx.enqueueWrite({ numberFormat: input }, this.target.sheet, (sheet) => {
      const area = this.area();
      const at = shaped(input, area);
      eachCell(sheet, [area], (cell, r, c) => {
        cell.numberFormat = String(at(r, c));
      });
    });
  }
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
  }
  get rowIndex(): number {
    return this.loadedValue('rowIndex');
  }
  get columnIndex(): number {
    return this.loadedValue('columnIndex');
  }

  private writeInputs(input: unknown, asFormula: boolean): void {
    this.ctx.enqueueWrite({ [asFormula ? 'formulas' : 'values']: input }, this.target.sheet, (sheet) => {
      const area = this.area();
      const at = shaped(input, area);
      eachCell(sheet, [area], (cell, r, c) => {
        const parsed = parseInput(at(r, c), asFormula);
        if (typeof parsed.value === 'string' && parsed.value.length > 32767) {
          throw new FakeOfficeError('InvalidArgument', 'A cell holds at most 32,767 characters.');
        }
        cell.value = parsed.value;
        if (parsed.formula === undefined) delete cell.formula;
        else cell.formula = parsed.formula;
      });
    });
  }

  /** Like Range.getCellProperties (ExcelApi 1.9): fill and font of every cell, and its address. */
  getCellProperties(options: Record<string, unknown>): FakeClientResult<Record<string, unknown>[][]> {
    const result = new FakeClientResult<Record<string, unknown>[][]>(this.ctx);
    const paths = loadPaths(options);
    this.ctx.enqueue({ getCellProperties: options }, () => {
      const sheet = this.sheetNow();
      const area = this.area();
      const data = grid(area, (r, c) => {
        const cell = sheet.cells.get(cellKey(r, c));
        const props: Record<string, unknown> = {};
        const format: Record<string, Record<string, unknown>> = {};
        for (const path of paths) {
          if (path === 'address') props.address = `${quoteSheet(sheet.name)}!${areaAddress({ top: r, bottom: r, left: c, right: c })}`;
          else if (path === 'format/fill/color') (format.fill ??= {}).color = cell?.fill && cell.fill.pattern !== 'None' ? cell.fill.color : '#FFFFFF';
          else if (path === 'format/fill/pattern') (format.fill ??= {}).pattern = cell?.fill?.pattern ?? 'None';
          else if (path === 'format/font/color') (format.font ??= {}).color = cell?.font?.color ?? '#000000';
          else if (path === 'format/font/bold') (format.font ??= {}).bold = cell?.font?.bold ?? false;
          else if (path === 'format/font/size') (format.font ??= {}).size = cell?.font?.size ?? 11;
          else if (path === 'format/wrapText') (format as Record<string, unknown>).wrapText = cell?.wrap ?? false;
          else throw new FakeOfficeError('InvalidArgument', `getCellProperties: ${path} is not supported by the fake.`);
        }
        if (Object.keys(format).length) props.format = format;
        return props;
      });
      result.set(data);
      this.ctx.respond(data);
    });
    return result;
  }

  /** Merges the range, or each of its rows with `across`; values outside the top-left cell are dropped. */
  merge(across = false): void {
    this.ctx.enqueueWrite({ merge: across }, this.target.sheet, (sheet) => {
      const area = this.area();
      const parts = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i }))
        : [area];
      for (const part of parts) {
        if (sheet.merges.some((m) => overlaps(m, part) && !contains(part, m))) {
          throw new FakeOfficeError('InvalidOperation', 'Cannot merge a range that partly overlaps another merged area.');
        }
        sheet.merges = sheet.merges.filter((m) => !contains(part, m));
        storedCellsIn(sheet, part, (key, cell) => {
          if (key !== cellKey(part.top, part.left)) {
            cell.value = null;
            delete cell.formula;
          }
        });
        if (areaCells(part) > 1) sheet.merges.push({ ...part });
      }
    });
  }

  unmerge(): void {
    this.ctx.enqueueWrite({ unmerge: true }, this.target.sheet, (sheet) => {
      const area = this.area();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
    });
  }

  /** Like getMergedAreasOrNullObject (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new Lazy<Area[] | null>(() => {
      requireApi(this.ctx.engine, '1.13', 'Range.getMergedAreasOrNullObject');
      const sheet = this.target.sheet.get();
      const area = this.areasNow()[0];
      if (!sheet || !area) return null;
      const hits = sheet.merges.filter((m) => overlaps(m, area));
      if (hits.length > 512) throw new FakeOfficeError('GeneralException', 'More than 512 merged areas.');
      return hits.length ? hits.map((m) => ({ ...m })) : null;
    });
    this.ctx.enqueue({ getMergedAreas: true }, () => areas.get());
    return new FakeRangeAreas(this.ctx, { sheet: this.target.sheet, areas });
  }

  /** The overlap with another range on the same sheet, or a null object. */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const areas = new Lazy<Area[] | null>(() => {
      const mine = this.areasNow()[0];
      const theirs = typeof other === 'string' ? parseArea(other).area : other.target.areas.get()?.[0];
      if (!mine || !theirs || !overlaps(mine, theirs)) return null;
      return [
        {
          top: Math.max(mine.top, theirs.top),
          left: Math.max(mine.left, theirs.left),
          bottom: Math.min(mine.bottom, theirs.bottom),
          right: Math.min(mine.right, theirs.right),
        },
      ];
    });
    this.ctx.enqueue({ getIntersection: typeof other === 'string' ? other : 'range' }, () => areas.get());
    return new FakeRange(this.ctx, { sheet: this.target.sheet, areas });
  }

  select(): void {
    this.ctx.enqueue({ select: true }, () => {
      const sheet = this.sheetNow();
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be selected.');
      this.ctx.engine.state.activeSheetId = sheet.id;
      this.ctx.engine.state.selection = { sheet: sheet.name, address: areaAddress(this.area()) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    const areas = new Lazy<Area[] | null>(() => {
      const a = this.areasNow()[0];
      if (!a) return null;
      const r = a.top + row;
      const c = a.left + column;
      if (r >= MAX_ROWS || c >= MAX_COLUMNS) throw new FakeOfficeError('InvalidArgument', 'Outside the grid.');
      return [{ top: r, bottom: r, left: c, right: c }];
    });
    this.ctx.enqueue({ getCell: [row, column] }, () => undefined);
    return new FakeRange(this.ctx, { sheet: this.target.sheet, areas });
  }
}
