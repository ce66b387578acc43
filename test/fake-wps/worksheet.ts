import type { EtApplication, EtComment, EtComments, EtPageSetup, EtRange, EtSheets, EtWindow, EtWorkbook, EtWorksheet } from '../../src/wps/om';
import type { Rect } from './address';
import { MAX_COL, MAX_ROW } from './address';
import type { Book } from './book';
import { checkSheetName } from './book';
import { FakeComment, FakeRange } from './range';
import type { PageSetupState, SheetState } from './state';

function usedRect(sheet: SheetState): Rect | null {
  let out: Rect | null = null;
  for (const [k, cell] of sheet.cells) {
    const blank = cell.value === null && cell.note === null && cell.fill === null && cell.border === null && !cell.bold && cell.fontAuto;
    if (blank) continue;
    const [r, c] = k.split(',').map(Number) as [number, number];
    out = out ? { top: Math.min(out.top, r), left: Math.min(out.left, c), bottom: Math.max(out.bottom, r), right: Math.max(out.right, c) } : { top: r, left: c, bottom: r, right: c };
  }
  for (const m of sheet.merges) {
    out = out ? { top: Math.min(out.top, m.top), left: Math.min(out.left, m.left), bottom: Math.max(out.bottom, m.bottom), right: Math.max(out.right, m.right) } : { ...m };
  }
  return out;
}

export class FakeWorksheet implements EtWorksheet {
  constructor(
    private readonly book: Book,
    readonly state: SheetState,
  ) {}

  private live(): SheetState {
    if (!this.book.sheets.includes(this.state)) throw new Error('工作表已被删除');
    return this.state;
  }

  get Name(): string {
    this.book.tick();
    return this.live().name;
  }

  set Name(name: string) {
    this.book.write(this.live());
    if (name.toLowerCase() === this.state.name.toLowerCase()) {
      this.state.name = name;
      return;
    }
    checkSheetName(name, this.book.sheets.map((s) => s.name));
    this.state.name = name;
  }

  get Visible(): number {
    this.book.tick();
    return this.live().visible;
  }

  set Visible(v: number) {
    this.book.write();
    const state = this.live();
    if (v !== -1 && this.book.sheets.filter((s) => s.visible === -1 && s !== state).length === 0) throw new Error('工作簿中至少要有一个可见工作表');
    state.visible = v;
  }

  get Index(): number {
    this.book.tick();
    return this.book.sheets.indexOf(this.live()) + 1;
  }

  get ProtectContents(): boolean {
    this.book.tick();
    return this.live().protected;
  }

  /** The used cells' bounding box; A1 on an empty sheet, as in WPS. */
  get UsedRange(): EtRange {
    this.book.tick();
    const rect = usedRect(this.live()) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return new FakeRange(this.book, this.state, [rect]);
  }

  Range(address: string): EtRange {
    this.book.tick();
    return FakeRange.at(this.book, this.live(), address);
  }

  get Cells(): EtRange {
    this.book.tick();
    return new FakeRange(this.book, this.live(), [{ top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL }]);
  }

  get Comments(): EtComments {
    this.book.tick();
    const { book } = this;
    const state = this.live();
    const list = () =>
      [...state.cells.entries()]
        .filter(([, c]) => c.note !== null)
        .map(([k]) => k.split(',').map(Number) as [number, number])
        .sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    return {
      get Count() {
        book.tick();
        return list().length;
      },
      Item(index: number): EtComment {
        book.tick();
        const at = list()[index - 1];
        if (!at) throw new Error('下标越界');
        return new FakeComment(book, state, at[0], at[1]);
      },
    };
  }

  get PageSetup(): EtPageSetup {
    this.book.tick();
    const { book } = this;
    const state = this.live();
    return new Proxy(state.pageSetup, {
      get(target, prop) {
        book.tick();
        return target[prop as keyof PageSetupState];
      },
      set(target, prop, value) {
        book.write(state);
        (target as unknown as Record<string | symbol, unknown>)[prop] = value;
        return true;
      },
    });
  }

  Activate(): void {
    this.book.tick();
    const state = this.live();
    if (state.visible !== -1) throw new Error('不能激活隐藏的工作表');
    this.book.active = state;
  }

  Delete(): void {
    this.book.write();
    const state = this.live();
    if (this.book.sheets.filter((s) => s.visible === -1).length <= 1 && state.visible === -1) throw new Error('工作簿中至少要有一个可见工作表');
    this.book.sheets.splice(this.book.sheets.indexOf(state), 1);
    if (this.book.active === state) this.book.active = this.book.sheets.find((s) => s.visible === -1) ?? null;
  }
}

export class FakeSheets implements EtSheets {
  constructor(private readonly book: Book) {}

  get Count(): number {
    this.book.tick();
    return this.book.sheets.length;
  }

  /** 1-based, or by name ignoring case; a missing sheet throws (下标越界). */
  Item(index: number | string): EtWorksheet {
    this.book.tick();
    const state = typeof index === 'number' ? this.book.sheets[index - 1] : this.book.findSheet(index);
    if (!state) throw new Error('下标越界');
    return new FakeWorksheet(this.book, state);
  }

  /** The new sheet becomes the active one, as in WPS. */
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet {
    this.book.write();
    const at = before ? this.book.sheets.indexOf((before as FakeWorksheet).state) : after ? this.book.sheets.indexOf((after as FakeWorksheet).state) + 1 : 0;
    const state = this.book.addSheet(undefined, Math.max(0, at));
    this.book.active = state;
    return new FakeWorksheet(this.book, state);
  }
}

export class FakeWindow implements EtWindow {
  constructor(private readonly book: Book) {}

  private sheet(): SheetState {
    if (!this.book.active) throw new Error('没有活动工作表');
    return this.book.active;
  }

  get SplitRow(): number {
    this.book.tick();
    return this.sheet().freeze?.rows ?? 0;
  }

  set SplitRow(v: number) {
    this.book.write();
    const s = this.sheet();
    s.freeze = { rows: v, columns: s.freeze?.columns ?? 0 };
  }

  get SplitColumn(): number {
    this.book.tick();
    return this.sheet().freeze?.columns ?? 0;
  }

  set SplitColumn(v: number) {
    this.book.write();
    const s = this.sheet();
    s.freeze = { rows: s.freeze?.rows ?? 0, columns: v };
  }

  get FreezePanes(): boolean {
    this.book.tick();
    return this.sheet().freeze !== null;
  }

  set FreezePanes(v: boolean) {
    this.book.write();
    if (!v) this.sheet().freeze = null;
  }
}

export class FakeWorkbook implements EtWorkbook {
  constructor(private readonly book: Book) {}

  get Worksheets(): EtSheets {
    this.book.tick();
    return new FakeSheets(this.book);
  }

  get ActiveSheet(): EtWorksheet | null {
    this.book.tick();
    return this.book.active ? new FakeWorksheet(this.book, this.book.active) : null;
  }
}

export class FakeApplication implements EtApplication {
  /** null models WPS with no workbook open. */
  workbookOpen = true;

  constructor(private readonly book: Book) {}

  get ActiveWorkbook(): EtWorkbook | null {
    this.book.tick();
    return this.workbookOpen ? new FakeWorkbook(this.book) : null;
  }

  get ScreenUpdating(): boolean {
    this.book.tick();
    return this.book.screenUpdating;
  }

  set ScreenUpdating(v: boolean) {
    this.book.tick();
    this.book.screenUpdating = v;
  }

  get ActiveWindow(): EtWindow | null {
    this.book.tick();
    return this.book.active ? new FakeWindow(this.book) : null;
  }
}
