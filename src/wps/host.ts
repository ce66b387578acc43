import type { Fix, FixResult, Mark, WorkbookHost, WorkbookSettings, WrittenSheet } from '../core/host';
import type { SheetModel } from '../core/sheet-model';
import type { WorkbookSnapshot } from '../core/snapshot';
import { activeWorkbook, listSheets, sheetNamed } from './book';
import { detailOf, WpsError } from './errors';
import { applyFixes, undoFixes } from './fixes';
import { readLedger, writeLedger } from './ledger-io';
import { applyMarks, clearMarks } from './marks';
import type { EtApplication } from './om';
import type { ReadOptions } from './read';
import { readWorkbook } from './read';
import { writeSheets } from './sheets';
import { transact } from './tx';

/** Any failure as the plain error the pane shows. */
function plain(error: unknown): WpsError {
  return error instanceof WpsError ? error : new WpsError('failed', { detail: detailOf(error) });
}

async function guarded<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw plain(error);
  }
}

/**
 * The workbook open in WPS 表格, through its object model. It only translates: what to mark, fix
 * or write is the core's call. Calls are synchronous; the read yields to the window between blocks.
 */
export class WpsHost implements WorkbookHost {
  constructor(
    private readonly app: EtApplication,
    private readonly readOptions: ReadOptions = {},
  ) {}

  readSnapshot(): Promise<WorkbookSnapshot> {
    return guarded(() => readWorkbook(this.app, this.readOptions));
  }

  applyMarks(marks: Mark[]): Promise<void> {
    return guarded(() => applyMarks(this.app, marks));
  }

  clearMarks(): Promise<void> {
    return guarded(() => clearMarks(this.app));
  }

  applyFixes(fixes: Fix[]): Promise<FixResult> {
    return guarded(() => applyFixes(this.app, fixes));
  }

  undoFixes(): Promise<number> {
    return guarded(() => undoFixes(this.app));
  }

  writeSheets(sheets: SheetModel[]): Promise<WrittenSheet[]> {
    return guarded(() => writeSheets(this.app, sheets));
  }

  /** Shows the cell: WPS selects only on the active sheet, so the sheet is activated first. */
  selectCell(sheet: string, cell: string): Promise<void> {
    return guarded(() => {
      const ws = sheetNamed(listSheets(activeWorkbook(this.app)), sheet);
      ws.Activate();
      ws.Range(cell).Select();
    });
  }

  /** Settings live in the ledger sheet, where the Excel add-in, the page and the command line read them too. */
  loadSettings(): Promise<WorkbookSettings> {
    return guarded(() => readLedger(listSheets(activeWorkbook(this.app))).ledger.settings);
  }

  saveSettings(settings: WorkbookSettings): Promise<void> {
    return guarded(() =>
      transact(this.app, () => {
        const wb = activeWorkbook(this.app);
        const state = readLedger(listSheets(wb));
        return (journal) => {
          const previous = state.ledger;
          journal.push(() => writeLedger(wb, state, previous));
          writeLedger(wb, state, { ...previous, settings });
        };
      }),
    );
  }
}
