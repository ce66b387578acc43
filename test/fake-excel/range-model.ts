import type { CellValue } from '../../src/core/snapshot';
import type { Engine } from './engine';
import { requireApi } from './engine';
import { FakeOfficeError } from './errors';
import { eachCell, normaliseColor } from './format';
import { ExcelNode, NullNode } from './node';
import type { Area, CellState, ConditionalFormatState, SheetState } from './state';
import { MAX_COLUMNS, MAX_ROWS, areaAddress, areaCells, cellKey, contains, overlaps, parseArea, parseInput, quoteSheet, storedCellsIn, usedArea } from './state';
import { live, writable } from './sheet-access';

/** Excel's cap on an address string given to getRange / getRanges. */
export const ADDRESS_LIMIT = 8192;

export function parseOnSheet(address: string): Area {
  const { sheet, area } = parseArea(address);
  if (sheet !== null) throw new FakeOfficeError('InvalidArgument', `A worksheet range address has no sheet name: ${address}`);
  return area;
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

function topLeftOf(address: string): { top: number; left: number } {
  const first = parseArea(address.split(',')[0] ?? 'A1').area;
  return { top: first.top, left: first.left };
}

/** What Range and RangeAreas share: a sheet and its areas, their format, validation and conditional formats. */
abstract class AreasNode extends ExcelNode {
  constructor(
    engine: Engine,
    readonly sheet: SheetState,
    readonly areas: Area[],
  ) {
    super(engine);
  }

  protected now(): SheetState {
    return live(this.engine, this.sheet);
  }

  protected qualified(): string {
    return this.areas.map((a) => `${quoteSheet(this.sheet.name)}!${areaAddress(a)}`).join(',');
  }

  override nav(name: string): ExcelNode {
    this.now();
    if (name === 'format') return new FormatNode(this.engine, this.sheet, this.areas);
    if (name === 'dataValidation') return new ValidationNode(this.engine, this.sheet, this.areas);
    if (name === 'conditionalFormats') return new ConditionalFormatsNode(this.engine, this.sheet, this.areas);
    return super.nav(name);
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === 'clear') return this.clear(String(args[0] ?? 'All'));
    // office.js keeps ranges across requests, and asks before a large write whether the array fits.
    if (method === '_KeepReference' || method === '_RemoveReference' || method === '_ValidateArraySize') return null;
    return super.call(method, args);
  }

  /** Clears contents, formats or both; clearing formats also unmerges, as in Excel. */
  private clear(applyTo: string): null {
    const sheet = writable(this.now());
    const contents = applyTo === 'All' || applyTo === 'Contents';
    const formats = applyTo === 'All' || applyTo === 'Formats';
    for (const area of this.areas) {
      const hits: [number, CellState][] = [];
      storedCellsIn(sheet, area, (key, cell) => hits.push([key, cell]));
      for (const [key, cell] of hits) {
        if (contents) {
          cell.value = null;
          delete cell.formula;
        }
        if (formats) for (const k of ['fill', 'font', 'numberFormat', 'wrap', 'horizontal', 'vertical', 'borders'] as const) delete cell[k];
        if (applyTo === 'All') sheet.notes.delete(key);
        if (cell.value === null && cell.formula === undefined && Object.keys(cell).length === 1) sheet.cells.delete(key);
      }
      if (formats) {
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
          const { top, left } = topLeftOf(cf.address);
          return !(top >= area.top && top <= area.bottom && left >= area.left && left <= area.right);
        });
      }
    }
    return null;
  }
}

export class RangeAreasNode extends AreasNode {
  readonly type = 'RangeAreas';

  override scalars(): readonly string[] {
    return ['address', 'areaCount', 'cellCount'];
  }

  override get(name: string): unknown {
    this.now();
    if (name === 'address') return this.qualified();
    if (name === 'areaCount') return this.areas.length;
    if (name === 'cellCount') return this.areas.reduce((n, a) => n + areaCells(a), 0);
    return super.get(name);
  }

  override nav(name: string): ExcelNode {
    if (name === 'areas') return new RangeListNode(this.engine, this.sheet, this.areas);
    return super.nav(name);
  }
}

/** RangeAreas.areas: one Range per area. */
class RangeListNode extends ExcelNode {
  readonly type = 'RangeCollection';
  constructor(
    engine: Engine,
    private readonly sheet: SheetState,
    private readonly areas: Area[],
  ) {
    super(engine);
  }
  override items(): ExcelNode[] {
    return this.areas.map((a) => new RangeNode(this.engine, this.sheet, [a]));
  }
  override path(method: string, args: unknown[]): ExcelNode {
    if (method !== 'getItemAt') return super.path(method, args);
    const area = this.areas[Number(args[0])];
    if (!area) throw new FakeOfficeError('ItemNotFound', 'No such area.');
    return new RangeNode(this.engine, this.sheet, [area]);
  }
}

export class RangeNode extends AreasNode {
  readonly type = 'Range';

  area(): Area {
    const area = this.areas[0];
    if (!area) throw new FakeOfficeError('InvalidReference', 'The range does not exist.');
    return area;
  }

  override scalars(): readonly string[] {
    return ['address', 'values', 'formulas', 'numberFormat', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'cellCount'];
  }

  override get(name: string): unknown {
    const sheet = this.now();
    const area = this.area();
    switch (name) {
      case 'address':
        return this.qualified();
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'cellCount':
        return areaCells(area);
      case 'values':
      case 'formulas':
      case 'numberFormat':
        return this.cellGrid(sheet, area, name);
      default:
        return super.get(name);
    }
  }

  /** Cell-level properties; past Excel's read limit (and for whole rows or columns) Excel gives null. */
  private cellGrid(sheet: SheetState, area: Area, name: 'values' | 'formulas' | 'numberFormat'): unknown[][] | null {
    if (areaCells(area) > this.engine.cellLimit) return null;
    const cell = (r: number, c: number) => sheet.cells.get(cellKey(r, c));
    if (name === 'values') return grid<CellValue | string>(area, (r, c) => cell(r, c)?.value ?? '');
    if (name === 'numberFormat') return grid(area, (r, c) => cell(r, c)?.numberFormat ?? 'General');
    return grid(area, (r, c) => cell(r, c)?.formula ?? cell(r, c)?.value ?? '');
  }

  override set(name: string, value: unknown): void {
    const sheet = writable(this.now());
    const area = this.area();
    if (name === 'values' || name === 'formulas') {
      const at = shaped(value, area);
      eachCell(sheet, [area], (cell, r, c) => {
        const parsed = parseInput(at(r, c), name === 'formulas');
        if (typeof parsed.value === 'string' && parsed.value.length > 32767) throw new FakeOfficeError('InvalidArgument', 'A cell holds at most 32,767 characters.');
        cell.value = parsed.value;
        if (parsed.formula === undefined) delete cell.formula;
        else cell.formula = parsed.formula;
      });
    } else if (name === 'numberFormat') {
      const at = shaped(value, area);
      eachCell(sheet, [area], (cell, r, c) => {
        cell.numberFormat = String(at(r, c));
      });
    } else super.set(name, value);
  }

  override path(method: string, args: unknown[]): ExcelNode {
    const sheet = this.now();
    const area = this.area();
    switch (method) {
      case 'getMergedAreasOrNullObject': {
        requireApi(this.engine, '1.13', 'Range.getMergedAreasOrNullObject');
        const hits = sheet.merges.filter((m) => overlaps(m, area));
        if (hits.length > 512) throw new FakeOfficeError('GeneralException', 'More than 512 merged areas.');
        return hits.length ? new RangeAreasNode(this.engine, sheet, hits.map((m) => ({ ...m }))) : new NullNode(this.engine);
      }
      case 'getIntersectionOrNullObject': {
        const other = args[0] instanceof RangeNode ? args[0].area() : parseOnSheet(String(args[0]));
        if (!overlaps(area, other)) return new NullNode(this.engine);
        const top = Math.max(area.top, other.top);
        const left = Math.max(area.left, other.left);
        return new RangeNode(this.engine, sheet, [{ top, left, bottom: Math.min(area.bottom, other.bottom), right: Math.min(area.right, other.right) }]);
      }
      case 'getUsedRange':
      case 'getUsedRangeOrNullObject': {
        const used = usedArea(sheet, args[0] === true);
        if (used && overlaps(used, area)) {
          const top = Math.max(area.top, used.top);
          const left = Math.max(area.left, used.left);
          return new RangeNode(this.engine, sheet, [{ top, left, bottom: Math.min(area.bottom, used.bottom), right: Math.min(area.right, used.right) }]);
        }
        if (method === 'getUsedRange') throw new FakeOfficeError('ItemNotFound', 'The range has no used cells.');
        return new NullNode(this.engine);
      }
      case 'getRow': {
        const r = area.top + Number(args[0]);
        return new RangeNode(this.engine, sheet, [{ ...area, top: r, bottom: r }]);
      }
      case 'getBoundingRect': {
        // office.js writes more than 1,500 cells as row chunks, each the bounding rectangle of two rows.
        const other = args[0] instanceof RangeNode ? args[0].area() : parseOnSheet(String(args[0]));
        return new RangeNode(this.engine, sheet, [
          { top: Math.min(area.top, other.top), left: Math.min(area.left, other.left), bottom: Math.max(area.bottom, other.bottom), right: Math.max(area.right, other.right) },
        ]);
      }
      case 'getCell': {
        const r = area.top + Number(args[0]);
        const c = area.left + Number(args[1]);
        if (r >= MAX_ROWS || c >= MAX_COLUMNS) throw new FakeOfficeError('InvalidArgument', 'Outside the grid.');
        return new RangeNode(this.engine, sheet, [{ top: r, bottom: r, left: c, right: c }]);
      }
      default:
        return super.path(method, args);
    }
  }

  override call(method: string, args: unknown[]): unknown {
    switch (method) {
      case 'getCellProperties':
        requireApi(this.engine, '1.9', 'Range.getCellProperties');
        return cellProperties(this.now(), this.area(), args[0]);
      case 'merge':
        return this.merge(args[0] === true);
      case 'unmerge': {
        const area = this.area();
        const sheet = writable(this.now());
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
        return null;
      }
      case 'select': {
        const sheet = this.now();
        if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be selected.');
        this.engine.state.activeSheetId = sheet.id;
        this.engine.state.selection = { sheet: sheet.name, address: areaAddress(this.area()) };
        return null;
      }
      default:
        return super.call(method, args);
    }
  }

  /** Merges the range, or each of its rows with `across`; values outside the top-left cell are dropped. */
  private merge(across: boolean): null {
    const sheet = writable(this.now());
    const area = this.area();
    const parts = across ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i })) : [area];
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
    return null;
  }
}

type Spec = Record<string, unknown>;

/** Range.getCellProperties: the asked-for properties of every cell, named as in the JavaScript API. */
function cellProperties(sheet: SheetState, area: Area, spec: unknown): unknown[][] {
  const asked = (spec ?? {}) as Spec;
  const format = (asked.format ?? {}) as Spec;
  const fill = (format.fill ?? {}) as Spec;
  const font = (format.font ?? {}) as Spec;
  return grid(area, (r, c) => {
    const cell = sheet.cells.get(cellKey(r, c));
    const out: Spec = {};
    if (asked.address) out.address = `${quoteSheet(sheet.name)}!${areaAddress({ top: r, bottom: r, left: c, right: c })}`;
    const f: Spec = {};
    if (Object.keys(fill).length) f.fill = pick(fill, fillProps(cell));
    if (Object.keys(font).length) f.font = pick(font, fontProps(cell));
    if (format.wrapText) f.wrapText = cell?.wrap ?? false;
    if (Object.keys(f).length) out.format = f;
    return out;
  });
}

function pick(asked: Spec, all: Spec): Spec {
  const out: Spec = {};
  for (const key of Object.keys(asked)) {
    if (!(key in all)) throw new FakeOfficeError('InvalidArgument', `getCellProperties: ${key} is not supported by the fake.`);
    if (asked[key]) out[key] = all[key];
  }
  return out;
}

export function fillProps(cell: CellState | undefined): Spec {
  const fill = cell?.fill;
  const filled = fill && fill.pattern !== 'None';
  return { color: filled ? fill.color : '#FFFFFF', pattern: fill?.pattern ?? 'None', patternColor: fill?.patternColor ?? '#000000' };
}

/** The patterns Excel.FillPattern names (ExcelApi 1.9); gradients cannot be set through it. */
const PATTERNS = new Set(['None', 'Solid', 'Gray50', 'Gray75', 'Gray25', 'Horizontal', 'Vertical', 'Down', 'Up', 'Checker', 'SemiGray75', 'LightHorizontal', 'LightVertical', 'LightDown', 'LightUp', 'Grid', 'CrissCross', 'Gray16', 'Gray8']);

export function fontProps(cell: CellState | undefined): Spec {
  return { color: cell?.font?.color ?? '#000000', bold: cell?.font?.bold ?? false, size: cell?.font?.size ?? 11, name: 'Calibri' };
}

/** The cell at the top left of the areas: single-value reads report it, as Excel does for uniform ranges. */
function firstCell(sheet: SheetState, areas: Area[]): CellState | undefined {
  const a = areas[0];
  return a ? sheet.cells.get(cellKey(a.top, a.left)) : undefined;
}

class Part extends ExcelNode {
  readonly type: string = 'Part';
  constructor(
    engine: Engine,
    readonly sheet: SheetState,
    readonly areas: Area[],
  ) {
    super(engine);
  }
  protected first(): CellState | undefined {
    return firstCell(live(this.engine, this.sheet), this.areas);
  }
  protected write(fn: (cell: CellState, row: number, col: number) => void): void {
    eachCell(writable(live(this.engine, this.sheet)), this.areas, fn);
  }
}

class FormatNode extends Part {
  override readonly type = 'RangeFormat';
  override scalars(): readonly string[] {
    return ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'columnWidth', 'rowHeight'];
  }
  override get(name: string): unknown {
    const cell = this.first();
    const area = this.areas[0];
    switch (name) {
      case 'wrapText':
        return cell?.wrap ?? false;
      case 'horizontalAlignment':
        return cell?.horizontal ?? 'General';
      case 'verticalAlignment':
        return cell?.vertical ?? 'Bottom';
      case 'columnWidth':
        return (area && this.sheet.columnWidths.get(area.left)) ?? 48;
      case 'rowHeight':
        return (area && this.sheet.rowHeights.get(area.top)) ?? 15;
      default:
        return super.get(name);
    }
  }
  override set(name: string, value: unknown): void {
    const sheet = writable(live(this.engine, this.sheet));
    switch (name) {
      case 'wrapText':
        return this.write((cell) => void (cell.wrap = Boolean(value)));
      case 'horizontalAlignment':
        return this.write((cell) => void (cell.horizontal = String(value)));
      case 'verticalAlignment':
        return this.write((cell) => void (cell.vertical = String(value)));
      case 'columnWidth':
        for (const a of this.areas) for (let c = a.left; c <= a.right; c++) sheet.columnWidths.set(c, Number(value));
        return;
      case 'rowHeight':
        for (const a of this.areas) {
          if (a.bottom - a.top + 1 === MAX_ROWS) throw new FakeOfficeError('InvalidArgument', 'Set row heights on rows you use, not on every row.');
          for (let r = a.top; r <= a.bottom; r++) sheet.rowHeights.set(r, Number(value));
        }
        return;
      case 'useStandardWidth':
        if (value) for (const a of this.areas) for (const c of [...sheet.columnWidths.keys()]) if (c >= a.left && c <= a.right) sheet.columnWidths.delete(c);
        return;
      case 'useStandardHeight':
        if (value) for (const a of this.areas) for (const r of [...sheet.rowHeights.keys()]) if (r >= a.top && r <= a.bottom) sheet.rowHeights.delete(r);
        return;
      default:
        return super.set(name, value);
    }
  }
  override nav(name: string): ExcelNode {
    if (name === 'fill') return new FillNode(this.engine, this.sheet, this.areas);
    if (name === 'font') return new FontNode(this.engine, this.sheet, this.areas);
    if (name === 'borders') return new BordersNode(this.engine, this.sheet, this.areas);
    return super.nav(name);
  }
}

class FillNode extends Part {
  override readonly type = 'RangeFill';
  override scalars(): readonly string[] {
    return ['color', 'pattern', 'patternColor'];
  }
  override get(name: string): unknown {
    const props = fillProps(this.first());
    return name in props ? props[name] : super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'color') {
      // As in Excel, a colour keeps a pattern already there and makes an unfilled cell solid.
      const color = normaliseColor(value);
      return this.write((cell) => void (cell.fill = cell.fill && cell.fill.pattern !== 'None' ? { ...cell.fill, color } : { color, pattern: 'Solid' }));
    }
    if (name === 'pattern') {
      const pattern = String(value);
      if (!PATTERNS.has(pattern)) throw new FakeOfficeError('InvalidArgument', `Not a fill pattern: ${pattern}`);
      if (pattern === 'None') return this.write((cell) => void delete cell.fill);
      return this.write((cell) => void (cell.fill = { ...(cell.fill ?? { color: '#FFFFFF' }), pattern }));
    }
    if (name === 'patternColor') {
      const patternColor = normaliseColor(value);
      return this.write((cell) => void (cell.fill = { ...(cell.fill ?? { color: '#FFFFFF', pattern: 'None' }), patternColor }));
    }
    return super.set(name, value);
  }
  override call(method: string, args: unknown[]): unknown {
    if (method !== 'clear') return super.call(method, args);
    this.write((cell) => void delete cell.fill);
    return null;
  }
}

function setBold(cell: CellState, bold: boolean): void {
  const { bold: _old, ...rest } = cell.font ?? {};
  const font = bold ? { ...rest, bold } : rest;
  if (Object.keys(font).length > 0) cell.font = font;
  else delete cell.font;
}

class FontNode extends Part {
  override readonly type = 'RangeFont';
  override scalars(): readonly string[] {
    return ['color', 'bold', 'size', 'name'];
  }
  override get(name: string): unknown {
    const props = fontProps(this.first());
    return name in props ? props[name] : super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'color') {
      const color = normaliseColor(value);
      return this.write((cell) => void (cell.font = { ...cell.font, color }));
    }
    // A weight has no "automatic" state in Excel: regular is stored as no weight, as a new cell has.
    if (name === 'bold') return this.write((cell) => setBold(cell, Boolean(value)));
    if (name === 'size') return this.write((cell) => void (cell.font = { ...cell.font, size: Number(value) }));
    return super.set(name, value);
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];

class BordersNode extends Part {
  override readonly type = 'RangeBorderCollection';
  override path(method: string, args: unknown[]): ExcelNode {
    if (method !== 'getItem') return super.path(method, args);
    const edge = String(args[0]);
    if (!EDGES.includes(edge)) throw new FakeOfficeError('InvalidArgument', `Unknown border ${edge}`);
    return new BorderNode(this.engine, this.sheet, this.areas, edge);
  }
}

class BorderNode extends Part {
  override readonly type = 'RangeBorder';
  constructor(
    engine: Engine,
    sheet: SheetState,
    areas: Area[],
    private readonly edge: string,
  ) {
    super(engine, sheet, areas);
  }
  override scalars(): readonly string[] {
    return ['style'];
  }
  override get(name: string): unknown {
    if (name === 'style') return this.first()?.borders?.includes(this.edge) ? 'Continuous' : 'None';
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'color') {
      normaliseColor(value);
      return;
    }
    if (name !== 'style') return super.set(name, value);
    const on = value !== 'None';
    this.write((cell) => {
      const set = new Set(cell.borders ?? []);
      if (on) set.add(this.edge);
      else set.delete(this.edge);
      if (set.size) cell.borders = [...set].sort();
      else delete cell.borders;
    });
  }
}

class ValidationNode extends Part {
  override readonly type = 'DataValidation';
  override scalars(): readonly string[] {
    return ['prompt', 'type'];
  }
  override get(name: string): unknown {
    if (name === 'prompt') return this.first()?.prompt ?? { showPrompt: true, title: '', message: '' };
    if (name === 'type') return 'None';
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'prompt') return super.set(name, value);
    const p = value as { showPrompt: boolean; title: string; message: string };
    if (p.title.length > 32 || p.message.length > 255) throw new FakeOfficeError('InvalidArgument', 'An input message title is at most 32 characters and its text at most 255.');
    this.write((cell) => void (cell.prompt = { showPrompt: p.showPrompt, title: p.title, message: p.message }));
  }
  override call(method: string, args: unknown[]): unknown {
    if (method !== 'clear') return super.call(method, args);
    this.write((cell) => void delete cell.prompt);
    return null;
  }
}

class ConditionalFormatsNode extends Part {
  override readonly type = 'ConditionalFormatCollection';
  override path(method: string, args: unknown[]): ExcelNode {
    if (method !== 'add') return super.path(method, args);
    const sheet = writable(live(this.engine, this.sheet));
    const record: ConditionalFormatState = { address: this.areas.map(areaAddress).join(','), type: String(args[0]), color: null };
    sheet.conditionalFormats.push(record);
    return new RecordNode(this.engine, 'ConditionalFormat', record);
  }
  override call(method: string, args: unknown[]): unknown {
    if (method !== 'clearAll') return super.call(method, args);
    const sheet = writable(live(this.engine, this.sheet));
    sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => {
      const { top, left } = topLeftOf(cf.address);
      return !this.areas.some((a) => top >= a.top && top <= a.bottom && left >= a.left && left <= a.right);
    });
    return null;
  }
}

/** A conditional format and its data bar, written into the sheet's record of it. */
class RecordNode extends ExcelNode {
  constructor(
    engine: Engine,
    readonly type: string,
    private readonly record: ConditionalFormatState,
  ) {
    super(engine);
  }
  override nav(name: string): ExcelNode {
    if (name === 'dataBar' || name === 'positiveFormat') return new RecordNode(this.engine, name, this.record);
    return super.nav(name);
  }
  override set(name: string, value: unknown): void {
    if (name === 'fillColor') this.record.color = normaliseColor(value);
    else if (name === 'lowerBoundRule') this.record.lower = { ...(value as { type: string }) };
    else if (name === 'upperBoundRule') this.record.upper = { ...(value as { type: string }) };
    else if (name === 'barDirection') return;
    else super.set(name, value);
  }
}
