import type { Engine } from './engine';
import { requireApi } from './engine';
import { FakeOfficeError } from './errors';
import { ExcelNode, NullNode } from './node';
import { ADDRESS_LIMIT, RangeAreasNode, RangeNode, parseOnSheet } from './range-model';
import type { SheetState } from './state';
import { MAX_COLUMNS, MAX_ROWS, cellKey, checkSheetName, findSheet, newSheet, usedArea } from './state';
import { live, sheetId, writable } from './sheet-access';

export class WorkbookNode extends ExcelNode {
  readonly type = 'Workbook';

  override nav(name: string): ExcelNode {
    if (name === 'worksheets') return new WorksheetsNode(this.engine);
    if (name === 'application') return new ApplicationNode(this.engine);
    return super.nav(name);
  }

  /** office.js releases the objects it kept across requests when Excel.run ends. */
  override call(method: string, args: unknown[]): unknown {
    if (method !== '_RemoveReference') return super.call(method, args);
    for (const id of args) this.engine.references.delete(String(id));
    return null;
  }
}

class ApplicationNode extends ExcelNode {
  readonly type = 'Application';

  override call(method: string): unknown {
    if (method !== 'suspendScreenUpdatingUntilNextSync') return super.call(method, []);
    requireApi(this.engine, '1.9', 'Application.suspendScreenUpdatingUntilNextSync');
    return null;
  }
}

export class WorksheetsNode extends ExcelNode {
  readonly type = 'WorksheetCollection';

  private sheets(visibleOnly: unknown): SheetState[] {
    return this.engine.state.sheets.filter((s) => visibleOnly !== true || s.visibility === 'Visible');
  }

  override items(): ExcelNode[] {
    return this.engine.state.sheets.map((s) => new WorksheetNode(this.engine, s));
  }

  /** worksheets.getItem(key): by name (any case) or by id. */
  find(key: unknown): SheetState | null {
    const text = String(key);
    return findSheet(this.engine.state, text) ?? this.engine.state.sheets.find((s) => sheetId(s) === text) ?? null;
  }

  override path(method: string, args: unknown[]): ExcelNode {
    const state = this.engine.state;
    const sheetNode = (s: SheetState | null | undefined) => (s ? new WorksheetNode(this.engine, s) : new NullNode(this.engine));
    switch (method) {
      case 'getItem': {
        const s = this.find(args[0]);
        if (!s) throw new FakeOfficeError('ItemNotFound', `No sheet named "${String(args[0])}".`);
        return sheetNode(s);
      }
      case 'getItemOrNullObject':
        return sheetNode(this.find(args[0]));
      case 'getItemAt':
        return sheetNode(state.sheets[Number(args[0])]);
      case 'getFirst':
      case 'getLast': {
        const list = this.sheets(args[0]);
        const s = method === 'getFirst' ? list[0] : list[list.length - 1];
        if (!s) throw new FakeOfficeError('ItemNotFound', 'The workbook has no such sheet.');
        return sheetNode(s);
      }
      case 'getActiveWorksheet':
        return sheetNode(state.sheets.find((o) => o.id === state.activeSheetId) ?? this.sheets(true)[0]);
      case 'add': {
        let name = args[0] === null || args[0] === undefined ? undefined : String(args[0]);
        if (name === undefined) {
          let n = state.sheets.length + 1;
          while (findSheet(state, `Sheet${n}`)) n++;
          name = `Sheet${n}`;
        }
        checkSheetName(state, name);
        return sheetNode(newSheet(state, name));
      }
      default:
        return super.path(method, args);
    }
  }

  override call(method: string, args: unknown[]): unknown {
    if (method === 'getCount') return this.sheets(args[0]).length;
    return super.call(method, args);
  }
}

export class WorksheetNode extends ExcelNode {
  readonly type = 'Worksheet';

  constructor(
    engine: Engine,
    readonly sheet: SheetState,
  ) {
    super(engine);
  }

  override scalars(): readonly string[] {
    return ['id', 'name', 'position', 'visibility', 'standardWidth', 'standardHeight'];
  }

  override identity(): Record<string, unknown> {
    return { Id: sheetId(this.sheet) };
  }

  private now(): SheetState {
    return live(this.engine, this.sheet);
  }

  override get(name: string): unknown {
    const s = this.now();
    switch (name) {
      case 'id':
        return sheetId(s);
      case 'name':
        return s.name;
      case 'position':
        return this.engine.state.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
      case 'standardWidth':
        return 8.43;
      case 'standardHeight':
        return 15;
      default:
        return super.get(name);
    }
  }

  override set(name: string, value: unknown): void {
    const s = this.now();
    const state = this.engine.state;
    if (name === 'name') {
      checkSheetName(state, String(value), s);
      s.name = String(value);
    } else if (name === 'visibility') {
      const v = value as SheetState['visibility'];
      if (v !== 'Visible' && !state.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      s.visibility = v;
      if (v !== 'Visible' && state.activeSheetId === s.id) state.activeSheetId = state.sheets.find((o) => o.visibility === 'Visible')?.id ?? null;
    } else if (name === 'position') {
      state.sheets.splice(state.sheets.indexOf(s), 1);
      state.sheets.splice(Math.max(0, Math.min(Number(value), state.sheets.length)), 0, s);
    } else super.set(name, value);
  }

  override nav(name: string): ExcelNode {
    const s = this.now();
    switch (name) {
      case 'protection':
        return new ProtectionNode(this.engine, s);
      case 'pageLayout':
        requireApi(this.engine, '1.9', 'Worksheet.pageLayout');
        return new PageLayoutNode(this.engine, s);
      case 'freezePanes':
        return new FreezePanesNode(this.engine, s);
      case 'customProperties':
        requireApi(this.engine, '1.12', 'Worksheet.customProperties');
        return new CustomPropertiesNode(this.engine, s);
      case 'comments':
        requireApi(this.engine, '1.10', 'Worksheet.comments');
        return new CommentsNode(this.engine, s);
      case 'notes':
        requireApi(this.engine, '1.18', 'Worksheet.notes');
        return new NotesNode(this.engine, s);
      default:
        return super.nav(name);
    }
  }

  override path(method: string, args: unknown[]): ExcelNode {
    const s = this.now();
    switch (method) {
      case 'getRange': {
        const address = args[0];
        if (address === undefined || address === null || address === '') return new RangeNode(this.engine, s, [{ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 }]);
        if (String(address).length > ADDRESS_LIMIT) throw new FakeOfficeError('InvalidArgument', `The address is longer than ${ADDRESS_LIMIT} characters.`);
        return new RangeNode(this.engine, s, [parseOnSheet(String(address))]);
      }
      case 'getRanges': {
        requireApi(this.engine, '1.9', 'Worksheet.getRanges');
        const address = String(args[0] ?? '');
        if (address.length > ADDRESS_LIMIT) throw new FakeOfficeError('InvalidArgument', `The address is longer than ${ADDRESS_LIMIT} characters.`);
        return new RangeAreasNode(this.engine, s, address.split(',').map((a) => parseOnSheet(a)));
      }
      case 'getUsedRange':
      case 'getUsedRangeOrNullObject': {
        const used = usedArea(s, args[0] === true);
        if (used) return new RangeNode(this.engine, s, [used]);
        if (method === 'getUsedRange') return new RangeNode(this.engine, s, [{ top: 0, left: 0, bottom: 0, right: 0 }]);
        return new NullNode(this.engine);
      }
      case 'getNext':
      case 'getNextOrNullObject': {
        const sheets = this.engine.state.sheets;
        const next = sheets.slice(sheets.indexOf(s) + 1).find((o) => args[0] !== true || o.visibility === 'Visible');
        if (next) return new WorksheetNode(this.engine, next);
        if (method === 'getNext') throw new FakeOfficeError('ItemNotFound', 'There is no next sheet.');
        return new NullNode(this.engine);
      }
      default:
        return super.path(method, args);
    }
  }

  override call(method: string, args: unknown[]): unknown {
    const s = this.now();
    const state = this.engine.state;
    if (method === 'activate') {
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      state.activeSheetId = s.id;
      return null;
    }
    if (method === 'delete') {
      state.sheets.splice(state.sheets.indexOf(s), 1);
      this.engine.stats.sheetsDeleted += 1;
      return null;
    }
    return super.call(method, args);
  }
}

/** A node over one part of a sheet's state (its protection, page layout, notes, ...). */
abstract class SheetPartNode extends ExcelNode {
  constructor(
    engine: Engine,
    protected readonly sheet: SheetState,
  ) {
    super(engine);
  }
}

/** A node over one item of a sheet's collection (a custom property, a comment, a note), found by its key. */
abstract class SheetItemNode<K> extends SheetPartNode {
  constructor(
    engine: Engine,
    sheet: SheetState,
    protected readonly key: K,
  ) {
    super(engine, sheet);
  }
}

class ProtectionNode extends SheetPartNode {
  readonly type = 'WorksheetProtection';
  override scalars(): readonly string[] {
    return ['protected'];
  }
  override get(name: string): unknown {
    return name === 'protected' ? this.sheet.protected : super.get(name);
  }
}

class PageLayoutNode extends SheetPartNode {
  readonly type = 'PageLayout';
  override scalars(): readonly string[] {
    return ['orientation', 'paperSize', 'zoom'];
  }
  override get(name: string): unknown {
    const layout = this.sheet.pageLayout;
    if (name === 'orientation') return layout.orientation;
    if (name === 'paperSize') return layout.paperSize;
    if (name === 'zoom') return { ...layout.zoom };
    return super.get(name);
  }
  override set(name: string, value: unknown): void {
    const layout = writable(this.sheet).pageLayout;
    if (name === 'orientation') layout.orientation = value as 'Portrait' | 'Landscape';
    else if (name === 'paperSize') layout.paperSize = String(value);
    else if (name === 'zoom') layout.zoom = this.engine.dropsFitToPages ? { scale: layout.zoom.scale ?? 100 } : { ...(value as object) };
    else super.set(name, value);
  }
  override nav(name: string): ExcelNode {
    if (name === 'headersFooters') return new HeadersFootersNode(this.engine, this.sheet);
    return super.nav(name);
  }
  override call(method: string, args: unknown[]): unknown {
    if (method !== 'setPrintTitleRows') return super.call(method, args);
    const rows = String(args[0]);
    const area = parseOnSheet(rows);
    if (area.left !== 0 || area.right !== MAX_COLUMNS - 1) throw new FakeOfficeError('InvalidArgument', 'Print title rows must be whole rows, e.g. $1:$3.');
    writable(this.sheet).pageLayout.printTitleRows = rows;
    return null;
  }
}

class HeadersFootersNode extends SheetPartNode {
  readonly type = 'HeaderFooterGroup';
  override nav(name: string): ExcelNode {
    if (name === 'defaultForAllPages') return new FooterNode(this.engine, this.sheet);
    return super.nav(name);
  }
}

class FooterNode extends SheetPartNode {
  readonly type = 'HeaderFooter';
  override set(name: string, value: unknown): void {
    const part = ({ leftFooter: 'left', centerFooter: 'center', rightFooter: 'right' } as const)[name as 'leftFooter'];
    if (!part) return super.set(name, value);
    writable(this.sheet).pageLayout.footer[part] = String(value);
  }
}

class FreezePanesNode extends SheetPartNode {
  readonly type = 'WorksheetFreezePanes';
  override call(method: string, args: unknown[]): unknown {
    const s = writable(this.sheet);
    const count = args[0] === null || args[0] === undefined ? 1 : Number(args[0]);
    if (method === 'freezeRows') s.freeze = { rows: count, columns: 0 };
    else if (method === 'freezeColumns') s.freeze = { rows: 0, columns: count };
    else if (method === 'unfreeze') s.freeze = { rows: 0, columns: 0 };
    else if (method === 'freezeAt') {
      const area = args[0] instanceof RangeNode ? args[0].area() : parseOnSheet(String(args[0]));
      s.freeze = { rows: area.bottom + 1, columns: area.right + 1 };
    } else return super.call(method, args);
    return null;
  }
}

class CustomPropertiesNode extends SheetPartNode {
  readonly type = 'WorksheetCustomPropertyCollection';
  override path(method: string, args: unknown[]): ExcelNode {
    const key = String(args[0]);
    if (method === 'add') {
      writable(this.sheet).customProperties.set(key, String(args[1]));
      return new CustomPropertyNode(this.engine, this.sheet, key);
    }
    if (method === 'getItemOrNullObject') {
      return this.sheet.customProperties.has(key) ? new CustomPropertyNode(this.engine, this.sheet, key) : new NullNode(this.engine);
    }
    return super.path(method, args);
  }
}

class CustomPropertyNode extends SheetItemNode<string> {
  readonly type = 'WorksheetCustomProperty';
  override scalars(): readonly string[] {
    return ['key', 'value'];
  }
  override get(name: string): unknown {
    if (name === 'key') return this.key;
    if (name === 'value') return this.sheet.customProperties.get(this.key) ?? null;
    return super.get(name);
  }
  override call(method: string, args: unknown[]): unknown {
    if (method !== 'delete') return super.call(method, args);
    writable(this.sheet).customProperties.delete(this.key);
    return null;
  }
}

/** Threaded comments (ExcelApi 1.10), as far as finding the cells that carry one. */
class CommentsNode extends SheetPartNode {
  readonly type = 'CommentCollection';
  private keys(): number[] {
    return [...this.sheet.comments.keys()].sort((a, b) => a - b);
  }
  override call(method: string, args: unknown[]): unknown {
    if (method === 'getCount') return this.keys().length;
    return super.call(method, args);
  }
  override path(method: string, args: unknown[]): ExcelNode {
    if (method !== 'getItemAt') return super.path(method, args);
    const key = this.keys()[Number(args[0])];
    if (key === undefined) throw new FakeOfficeError('ItemNotFound', `No comment at index ${String(args[0])}.`);
    return new CommentNode(this.engine, this.sheet, key);
  }
}

class CommentNode extends SheetItemNode<number> {
  readonly type = 'Comment';
  override scalars(): readonly string[] {
    return ['content'];
  }
  override get(name: string): unknown {
    return name === 'content' ? (this.sheet.comments.get(this.key) ?? '') : super.get(name);
  }
  override path(method: string, args: unknown[]): ExcelNode {
    if (method !== 'getLocation') return super.path(method, args);
    const row = Math.floor(this.key / MAX_COLUMNS);
    const col = this.key % MAX_COLUMNS;
    return new RangeNode(this.engine, this.sheet, [{ top: row, bottom: row, left: col, right: col }]);
  }
}


/** Worksheet.notes (ExcelApi 1.18): a cell holds a note or a threaded comment, never both. */
class NotesNode extends SheetPartNode {
  readonly type = 'NoteCollection';
  private keyOf(address: unknown): number {
    const area = address instanceof RangeNode ? address.area() : parseOnSheet(String(address));
    if (area.top !== area.bottom || area.left !== area.right) throw new FakeOfficeError('InvalidArgument', 'A note belongs to one cell.');
    return cellKey(area.top, area.left);
  }
  override path(method: string, args: unknown[]): ExcelNode {
    const key = this.keyOf(args[0]);
    if (method === 'add') {
      const s = writable(this.sheet);
      if (s.notes.has(key)) throw new FakeOfficeError('InvalidArgument', 'The cell already has a note.');
      if (s.comments.has(key)) throw new FakeOfficeError('InvalidArgument', 'The cell has a threaded comment; it cannot also have a note.');
      s.notes.set(key, String(args[1]));
      return new NoteNode(this.engine, this.sheet, key);
    }
    if (method === 'getItemOrNullObject') return this.sheet.notes.has(key) ? new NoteNode(this.engine, this.sheet, key) : new NullNode(this.engine);
    if (method === 'getItem') {
      if (!this.sheet.notes.has(key)) throw new FakeOfficeError('ItemNotFound', 'No note on this cell.');
      return new NoteNode(this.engine, this.sheet, key);
    }
    return super.path(method, args);
  }
  override call(method: string, args: unknown[]): unknown {
    if (method === 'getCount') return this.sheet.notes.size;
    return super.call(method, args);
  }
}

class NoteNode extends SheetItemNode<number> {
  readonly type = 'Note';
  override scalars(): readonly string[] {
    return ['authorName', 'content'];
  }
  override get(name: string): unknown {
    if (name === 'authorName') return '';
    return name === 'content' ? (this.sheet.notes.get(this.key) ?? '') : super.get(name);
  }
  override set(name: string, value: unknown): void {
    if (name !== 'content') return super.set(name, value);
    const s = writable(this.sheet);
    if (!s.notes.has(this.key)) throw new FakeOfficeError('ItemNotFound', 'No note on this cell.');
    s.notes.set(this.key, String(value));
  }
  override call(method: string, args: unknown[]): unknown {
    if (method !== 'delete') return super.call(method, args);
    const s = writable(this.sheet);
    if (!s.notes.has(this.key)) throw new FakeOfficeError('ItemNotFound', 'No note on this cell.');
    s.notes.delete(this.key);
    return null;
  }
}
