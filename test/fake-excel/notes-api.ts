/**
 * Worksheet.notes (ExcelApi 1.18) for the office.js script from @microsoft/office-js, which predates
 * it. office.js from Microsoft's CDN has these members; they are defined here exactly as its
 * generated code defines every collection and item (BatchApiHelper object paths and actions), so the
 * fake can play both scripts: the bundled one (no notes) and the current one.
 */
import type { OfficeRuntime } from './runtime';

/* The office.js internals the generated code uses: untyped in @types/office-js. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- office.js's private helpers have no declared types
type Any = any;

export function addNotesApi(runtime: OfficeRuntime): void {
  const ext = runtime.OfficeExtension as Any;
  const excel = runtime.Excel as Any;
  const api = ext.BatchApiHelper;
  const util = ext.Utility;
  const ClientObject = ext.ClientObject as new (...args: Any[]) => Any;

  class Note extends ClientObject {
    get _className(): string {
      return 'Note';
    }
    get _scalarPropertyNames(): string[] {
      return ['authorName', 'content'];
    }
    get _scalarPropertyOriginalNames(): string[] {
      return ['AuthorName', 'Content'];
    }
    get _scalarPropertyUpdateable(): boolean[] {
      return [false, true];
    }
    get authorName(): string {
      util.throwIfNotLoaded('authorName', this._Au, 'Note', this._isNull);
      return this._Au;
    }
    get content(): string {
      util.throwIfNotLoaded('content', this._Co, 'Note', this._isNull);
      return this._Co;
    }
    set content(value: string) {
      this._Co = value;
      api.invokeSetProperty(this, 'Content', value, 0);
    }
    delete(): void {
      api.invokeMethod(this, 'Delete', 0, [], 0, 0);
    }
    load(options: Any): Any {
      return util.load(this, options);
    }
    _handleResult(value: Any): void {
      super._handleResult(value);
      if (util.isNullOrUndefined(value)) return;
      util.fixObjectPathIfNecessary(this, value);
      if (!util.isUndefined(value.AuthorName)) this._Au = value.AuthorName;
      if (!util.isUndefined(value.Content)) this._Co = value.Content;
    }
  }

  class NoteCollection extends ClientObject {
    get _className(): string {
      return 'NoteCollection';
    }
    get _isCollection(): boolean {
      return true;
    }
    add(cellAddress: Any, content: string): Any {
      return api.createMethodObject(Note, this, 'Add', 0, [cellAddress, content], false, true, null, 0);
    }
    getItem(key: Any): Any {
      return api.createIndexerObject(Note, this, [key]);
    }
    getItemOrNullObject(key: Any): Any {
      return api.createMethodObject(Note, this, 'GetItemOrNullObject', 0, [key], false, false, null, 0);
    }
    getCount(): Any {
      return api.invokeMethod(this, 'GetCount', 1, [], 4, 0);
    }
  }

  excel.Note = Note;
  excel.NoteCollection = NoteCollection;
  Object.defineProperty(excel.Worksheet.prototype, 'notes', {
    get(this: Any) {
      util.throwIfApiNotSupported('Worksheet.notes', 'ExcelApi', '1.18', 'Excel');
      if (!this._Nts) this._Nts = api.createPropertyObject(NoteCollection, this, 'Notes', true, 4);
      return this._Nts;
    },
    enumerable: true,
    configurable: true,
  });
}
