import type { Fix, FixResult, Mark, WorkbookHost, WorkbookSettings, WrittenSheet } from '../../core/host';
import type { SheetModel } from '../../core/sheet-model';
import type { WorkbookSnapshot } from '../../core/snapshot';

/**
 * A host that remembers whether the workbook was changed since it was last saved, so the standalone
 * page can tell the user before their marks, fixes and summaries are left behind in a closed tab.
 */
export class TrackedHost implements WorkbookHost {
  private changed = false;

  constructor(
    private readonly inner: WorkbookHost,
    private readonly onChange: (unsaved: boolean) => void = () => undefined,
  ) {}

  get unsaved(): boolean {
    return this.changed;
  }

  /** Called once the workbook has been handed to the user as a download. */
  markSaved(): void {
    this.set(false);
  }

  private set(unsaved: boolean): void {
    if (this.changed === unsaved) return;
    this.changed = unsaved;
    this.onChange(unsaved);
  }

  private async changing<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    this.set(true);
    return result;
  }

  readSnapshot(): Promise<WorkbookSnapshot> {
    return this.inner.readSnapshot();
  }

  applyMarks(marks: Mark[]): Promise<void> {
    return this.changing(this.inner.applyMarks(marks));
  }

  clearMarks(): Promise<void> {
    return this.changing(this.inner.clearMarks());
  }

  applyFixes(fixes: Fix[]): Promise<FixResult> {
    return this.changing(this.inner.applyFixes(fixes));
  }

  undoFixes(): Promise<number> {
    return this.changing(this.inner.undoFixes());
  }

  writeSheets(sheets: SheetModel[]): Promise<WrittenSheet[]> {
    return this.changing(this.inner.writeSheets(sheets));
  }

  /** Moves the active cell of the file to download: worth keeping, but not worth a warning. */
  selectCell(sheet: string, cell: string): Promise<void> {
    return this.inner.selectCell(sheet, cell);
  }

  loadSettings(): Promise<WorkbookSettings> {
    return this.inner.loadSettings();
  }

  saveSettings(settings: WorkbookSettings): Promise<void> {
    return this.changing(this.inner.saveSettings(settings));
  }
}
