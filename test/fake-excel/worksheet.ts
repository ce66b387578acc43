import type { FakeContext } from './context';
import { FakeClientResult, FakeObject, Lazy, loadPaths, requireApi } from './context';
import { FakeOfficeError } from './errors';
import { ADDRESS_LIMIT, FakeRange, FakeRangeAreas } from './range';
import type { Area, SheetState } from './state';
import { MAX_COLUMNS, MAX_ROWS, cellKey, checkSheetName, findSheet, newSheet, parseArea, usedArea } from './state';

type SheetRef = Lazy<SheetState | null>;

function parseOnSheet(address: string): Area {
  const { sheet, area } = parseArea(address);
  if (sheet !== null) throw new FakeOfficeError('InvalidArgument', `A worksheet range address has no sheet name: ${address}`);
  return area;
}

class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {}

  private set(rows: number, columns: number, args: unknown): void {
    this.ctx.enqueue(args, () => {
      const s = this.sheet.get();
      if (s) s.freeze = { rows, columns };
    });
  }

  freezeRows(count = 1): void {
    this.set(count, 0, { freezeRows: count });
  }

  freezeColumns(count = 1): void {
    this.set(0, count, { freezeColumns: count });
  }

  /** Freezes the rows and columns of `range`, which must start at A1 to mean what it says. */
  freezeAt(range: string): void {
    const area = parseOnSheet(range);
    this.set(area.bottom + 1, area.right + 1, { freezeAt: range });
  }

  unfreeze(): void {
    this.set(0, 0, { unfreeze: true });
  }
}

class FakeHeaderFooter {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {}

  private put(part: 'left' | 'center' | 'right', value: string): void {
    this.ctx.enqueue({ footer: { [part]: value } }, () => {
      const s = this.sheet.get();
      if (s) s.pageLayout.footer[part] = value;
    });
  }

  set leftFooter(value: string) {
    this.put('left', value);
  }
  set centerFooter(value: string) {
    this.put('center', value);
  }
  set rightFooter(value: string) {
    this.put('right', value);
  }
}

class FakePageLayout {
  readonly headersFooters: { defaultForAllPages: FakeHeaderFooter };

  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {
    this.headersFooters = { defaultForAllPages: new FakeHeaderFooter(ctx, sheet) };
  }

  private update(args: unknown, fn: (s: SheetState) => void): void {
    this.ctx.enqueue(args, () => {
      requireApi(this.ctx.engine, '1.9', 'Worksheet.pageLayout');
      const s = this.sheet.get();
      if (s) fn(s);
    });
  }

  set orientation(value: 'Portrait' | 'Landscape') {
    this.update({ orientation: value }, (s) => {
      s.pageLayout.orientation = value;
    });
  }

  set paperSize(value: string) {
    this.update({ paperSize: value }, (s) => {
      s.pageLayout.paperSize = value;
    });
  }

  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.update({ zoom: value }, (s) => {
      s.pageLayout.zoom = { ...value };
    });
  }

  setPrintTitleRows(rows: string): void {
    const area = parseOnSheet(rows);
    if (area.left !== 0 || area.right !== MAX_COLUMNS - 1) throw new FakeOfficeError('InvalidArgument', 'Print title rows must be whole rows, e.g. $1:$3.');
    this.update({ printTitleRows: rows }, (s) => {
      s.pageLayout.printTitleRows = rows;
    });
  }
}

class FakeCustomProperty extends FakeObject {
  protected readonly scalarProperties = ['key', 'value'] as const;

  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetRef,
    private readonly key: string,
  ) {
    super(ctx);
  }

  protected resolvesToNull(): boolean {
    return !this.sheet.get()?.customProperties.has(this.key);
  }

  protected readProperty(name: string): unknown {
    if (name === 'key') return this.key;
    if (name === 'value') return this.sheet.get()?.customProperties.get(this.key) ?? null;
    throw new FakeOfficeError('InvalidArgument', `WorksheetCustomProperty has no ${name}`);
  }

  get value(): string {
    return this.loadedValue('value');
  }

  delete(): void {
    this.ctx.enqueue({ deleteProperty: this.key }, () => {
      this.sheet.get()?.customProperties.delete(this.key);
    });
  }
}

class FakeCustomProperties {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {}

  add(key: string, value: string): FakeCustomProperty {
    this.ctx.enqueue({ addProperty: [key, value] }, () => {
      requireApi(this.ctx.engine, '1.12', 'Worksheet.customProperties');
      this.sheet.get()?.customProperties.set(key, value);
    });
    return new FakeCustomProperty(this.ctx, this.sheet, key);
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    this.ctx.enqueue({ getProperty: key }, () => requireApi(this.ctx.engine, '1.12', 'Worksheet.customProperties'));
    return new FakeCustomProperty(this.ctx, this.sheet, key);
  }
}

class FakeNote extends FakeObject {
  protected readonly scalarProperties = ['content'] as const;

  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetRef,
    private readonly key: number,
  ) {
    super(ctx);
  }

  protected resolvesToNull(): boolean {
    return !this.sheet.get()?.notes.has(this.key);
  }

  protected readProperty(): unknown {
    return this.sheet.get()?.notes.get(this.key) ?? null;
  }

  get content(): string {
    return this.loadedValue('content');
  }

  set content(value: string) {
    this.ctx.enqueueWrite({ content: value }, this.sheet, (s) => {
      if (!s.notes.has(this.key)) throw new FakeOfficeError('ItemNotFound', 'No note on this cell.');
      s.notes.set(this.key, value);
    });
  }

  delete(): void {
    this.ctx.enqueueWrite({ deleteNote: true }, this.sheet, (s) => {
      s.notes.delete(this.key);
    });
  }
}

/** Worksheet.notes (ExcelApi 1.18): notes keyed by a cell address on the sheet. */
class FakeNotes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {}

  private keyOf(address: string): number {
    const area = parseOnSheet(address);
    if (area.top !== area.bottom || area.left !== area.right) throw new FakeOfficeError('InvalidArgument', 'A note belongs to one cell.');
    return cellKey(area.top, area.left);
  }

  add(cellAddress: string, content: string): FakeNote {
    const key = this.keyOf(cellAddress);
    this.ctx.enqueueWrite({ addNote: [cellAddress, content] }, this.sheet, (s) => {
      requireApi(this.ctx.engine, '1.18', 'Worksheet.notes');
      if (s.notes.has(key)) throw new FakeOfficeError('InvalidArgument', 'The cell already has a note.');
      if (s.comments.has(key)) throw new FakeOfficeError('InvalidArgument', 'The cell has a threaded comment; it cannot also have a note.');
      s.notes.set(key, String(content));
    });
    return new FakeNote(this.ctx, this.sheet, key);
  }

  getItemOrNullObject(cellAddress: string): FakeNote {
    const key = this.keyOf(cellAddress);
    this.ctx.enqueue({ getNote: cellAddress }, () => requireApi(this.ctx.engine, '1.18', 'Worksheet.notes'));
    return new FakeNote(this.ctx, this.sheet, key);
  }
}

/** Worksheet.comments (ExcelApi 1.10), as far as finding which cells carry a threaded comment. */
class FakeComments {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {}

  private keys(): number[] {
    return [...(this.sheet.get()?.comments.keys() ?? [])].sort((a, b) => a - b);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>(this.ctx);
    this.ctx.enqueue({ getCommentCount: true }, () => {
      requireApi(this.ctx.engine, '1.10', 'Worksheet.comments');
      const n = this.keys().length;
      result.set(n);
      this.ctx.respond(n);
    });
    return result;
  }

  getItemAt(index: number): { getLocation(): FakeRange } {
    return {
      getLocation: () => {
        const areas = new Lazy<Area[] | null>(() => {
          requireApi(this.ctx.engine, '1.10', 'Worksheet.comments');
          const key = this.keys()[index];
          if (key === undefined) throw new FakeOfficeError('ItemNotFound', `No comment at index ${index}.`);
          const row = Math.floor(key / MAX_COLUMNS);
          const col = key % MAX_COLUMNS;
          return [{ top: row, bottom: row, left: col, right: col }];
        });
        this.ctx.enqueue({ getCommentAt: index }, () => areas.get());
        return new FakeRange(this.ctx, { sheet: this.sheet, areas });
      },
    };
  }
}

class FakeProtection extends FakeObject {
  protected readonly scalarProperties = ['protected'] as const;

  constructor(
    ctx: FakeContext,
    private readonly sheet: SheetRef,
  ) {
    super(ctx);
  }

  protected resolvesToNull(): boolean {
    return !this.sheet.get();
  }

  protected readProperty(): unknown {
    return this.sheet.get()?.protected ?? false;
  }

  get protected(): boolean {
    return this.loadedValue('protected');
  }
}

export class FakeWorksheet extends FakeObject {
  protected readonly scalarProperties = ['name', 'visibility', 'position', 'id'] as const;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly protection: FakeProtection;

  constructor(
    ctx: FakeContext,
    readonly ref: SheetRef,
  ) {
    super(ctx);
    this.freezePanes = new FakeFreezePanes(ctx, ref);
    this.pageLayout = new FakePageLayout(ctx, ref);
    this.protection = new FakeProtection(ctx, ref);
  }

  protected resolvesToNull(): boolean {
    return !this.ref.get();
  }

  protected override child(name: string): FakeObject | null {
    return name === 'protection' ? this.protection : null;
  }

  private sheetNow(): SheetState {
    const s = this.ref.get();
    if (!s) throw new FakeOfficeError('ItemNotFound', 'The worksheet does not exist.');
    return s;
  }

  protected readProperty(name: string): unknown {
    const s = this.sheetNow();
    if (name === 'name') return s.name;
    if (name === 'visibility') return s.visibility;
    if (name === 'id') return `{${String(s.id).padStart(8, '0')}}`;
    if (name === 'position') return this.ctx.engine.state.sheets.indexOf(s);
    throw new FakeOfficeError('InvalidArgument', `Worksheet has no ${name}`);
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(value: string) {
    this.ctx.enqueue({ name: value }, () => {
      const s = this.sheetNow();
      checkSheetName(this.ctx.engine.state, value, s);
      s.name = value;
    });
  }

  /** Stays the same when the sheet is renamed or moved, as Excel's does. */
  get id(): string {
    return this.loadedValue('id');
  }

  get visibility(): string {
    return this.loadedValue('visibility');
  }
  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.enqueue({ visibility: value }, () => {
      const s = this.sheetNow();
      const state = this.ctx.engine.state;
      if (value !== 'Visible' && !state.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      s.visibility = value;
      if (value !== 'Visible' && state.activeSheetId === s.id) {
        state.activeSheetId = state.sheets.find((o) => o.visibility === 'Visible')?.id ?? null;
      }
    });
  }

  get position(): number {
    return this.loadedValue('position');
  }
  set position(value: number) {
    this.ctx.enqueue({ position: value }, () => {
      const state = this.ctx.engine.state;
      const s = this.sheetNow();
      state.sheets.splice(state.sheets.indexOf(s), 1);
      state.sheets.splice(Math.max(0, Math.min(value, state.sheets.length)), 0, s);
    });
  }

  get customProperties(): FakeCustomProperties {
    return new FakeCustomProperties(this.ctx, this.ref);
  }

  get notes(): FakeNotes {
    return new FakeNotes(this.ctx, this.ref);
  }

  get comments(): FakeComments {
    return new FakeComments(this.ctx, this.ref);
  }

  /** The whole sheet without an address. */
  getRange(address?: string): FakeRange {
    if (address !== undefined && address.length > ADDRESS_LIMIT) {
      throw new FakeOfficeError('InvalidArgument', `The address is longer than ${ADDRESS_LIMIT} characters.`);
    }
    const area = address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : parseOnSheet(address);
    this.ctx.enqueue({ getRange: address ?? '' }, () => undefined);
    return new FakeRange(this.ctx, { sheet: this.ref, areas: new Lazy(() => (this.ref.get() ? [area] : null)) });
  }

  /** Several areas separated by commas, as one RangeAreas (ExcelApi 1.9). */
  getRanges(address: string): FakeRangeAreas {
    if (address.length > ADDRESS_LIMIT) {
      throw new FakeOfficeError('InvalidArgument', `The address is longer than ${ADDRESS_LIMIT} characters.`);
    }
    const areas = address.split(',').map((a) => parseOnSheet(a));
    this.ctx.enqueue({ getRanges: address }, () => requireApi(this.ctx.engine, '1.9', 'Worksheet.getRanges'));
    return new FakeRangeAreas(this.ctx, { sheet: this.ref, areas: new Lazy(() => (this.ref.get() ? areas : null)) });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const areas = new Lazy<Area[] | null>(() => {
      const s = this.ref.get();
      const used = s ? usedArea(s, valuesOnly) : null;
      return used ? [used] : null;
    });
    this.ctx.enqueue({ getUsedRange: valuesOnly }, () => areas.get());
    return new FakeRange(this.ctx, { sheet: this.ref, areas });
  }

  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    const next = new Lazy<SheetState | null>(() => {
      const s = this.ref.get();
      if (!s) return null;
      const sheets = this.ctx.engine.state.sheets;
      for (let i = sheets.indexOf(s) + 1; i < sheets.length; i++) {
        const o = sheets[i];
        if (o && (!visibleOnly || o.visibility === 'Visible')) return o;
      }
      return null;
    });
    this.ctx.enqueue({ getNext: visibleOnly }, () => next.get());
    return new FakeWorksheet(this.ctx, next);
  }

  activate(): void {
    this.ctx.enqueue({ activate: true }, () => {
      const s = this.sheetNow();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.engine.state.activeSheetId = s.id;
    });
  }

  delete(): void {
    this.ctx.enqueue({ delete: true }, () => {
      const state = this.ctx.engine.state;
      const s = this.sheetNow();
      state.sheets.splice(state.sheets.indexOf(s), 1);
      this.ctx.engine.stats.sheetsDeleted += 1;
    });
  }
}

export class FakeWorksheetCollection extends FakeObject {
  protected readonly scalarProperties = [] as const;
  private loadedItems: FakeWorksheet[] | null = null;

  protected resolvesToNull(): boolean {
    return false;
  }

  protected readProperty(): unknown {
    return null;
  }

  override load(spec?: string | string[] | Record<string, unknown>): this {
    const paths = loadPaths(spec).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue({ loadSheets: paths }, () => {
      this.loadedItems = this.ctx.engine.state.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, new Lazy(() => s));
        ws.loadNow(paths);
        return ws;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new FakeOfficeError('PropertyNotLoaded', 'items are not loaded.');
    return this.loadedItems;
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.enqueue({ getItem: name }, () => undefined);
    return new FakeWorksheet(
      this.ctx,
      new Lazy(() => {
        const s = findSheet(this.ctx.engine.state, name);
        if (!s) throw new FakeOfficeError('ItemNotFound', `No sheet named "${name}".`);
        return s;
      }),
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.enqueue({ getItemOrNull: name }, () => undefined);
    return new FakeWorksheet(this.ctx, new Lazy(() => findSheet(this.ctx.engine.state, name)));
  }

  add(name?: string): FakeWorksheet {
    const ref = new Lazy<SheetState | null>(() => {
      const state = this.ctx.engine.state;
      let wanted = name;
      if (wanted === undefined) {
        let n = state.sheets.length + 1;
        while (findSheet(state, `Sheet${n}`)) n++;
        wanted = `Sheet${n}`;
      }
      checkSheetName(state, wanted);
      return newSheet(state, wanted);
    });
    this.ctx.enqueue({ add: name ?? null }, () => ref.get());
    return new FakeWorksheet(this.ctx, ref);
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    this.ctx.enqueue({ getFirst: visibleOnly }, () => undefined);
    return new FakeWorksheet(
      this.ctx,
      new Lazy(() => {
        const s = this.ctx.engine.state.sheets.find((o) => !visibleOnly || o.visibility === 'Visible');
        if (!s) throw new FakeOfficeError('ItemNotFound', 'The workbook has no sheet.');
        return s;
      }),
    );
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    const result = new FakeClientResult<number>(this.ctx);
    this.ctx.enqueue({ getCount: visibleOnly }, () => {
      const n = this.ctx.engine.state.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length;
      result.set(n);
      this.ctx.respond(n);
    });
    return result;
  }

  getActiveWorksheet(): FakeWorksheet {
    this.ctx.enqueue({ getActive: true }, () => undefined);
    return new FakeWorksheet(
      this.ctx,
      new Lazy(() => {
        const state = this.ctx.engine.state;
        const s = state.sheets.find((o) => o.id === state.activeSheetId) ?? state.sheets.find((o) => o.visibility === 'Visible');
        if (!s) throw new FakeOfficeError('ItemNotFound', 'No active sheet.');
        return s;
      }),
    );
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: { suspendScreenUpdatingUntilNextSync(): void };

  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.application = {
      suspendScreenUpdatingUntilNextSync: () => {
        ctx.enqueue({ suspendScreenUpdating: true }, () => {
          requireApi(ctx.engine, '1.9', 'suspendScreenUpdatingUntilNextSync');
          ctx.screenUpdatingSuspended = true;
        });
      },
    };
  }
}
