import type { WorkbookSnapshot } from './snapshot';
import type { SheetModel } from './sheet-model';
import type { RuleId } from './rules/ids';
import type { BulletinSettings } from './bulletin/types';

/** How a marked cell looks. Data issues by severity; progress lights apart from them. */
export type MarkStyle = 'error' | 'warning' | 'info' | 'light-red' | 'light-yellow';

/** One cell to mark, with the note the user reads on it. Several findings on a cell are merged into one mark. */
export interface Mark {
  sheet: string;
  cell: string;
  style: MarkStyle;
  note: string;
}

/** A value change on one cell. Applied only when the cell still holds `from`. */
export interface Fix {
  sheet: string;
  cell: string;
  from: string;
  to: string;
  rule: RuleId;
}

export interface FixResult {
  applied: Fix[];
  /** Fixes not applied because the cell no longer held `from`. */
  skipped: Fix[];
  /** Fixes left to the user because the cell holds a formula (FORMULA_CELL_MESSAGE); absent when none. */
  manual?: Fix[];
}

export interface WrittenSheet {
  /** The name the model asked for. */
  wanted: string;
  /** The name it got: a suffix is added when a sheet the user made already has the wanted name. */
  name: string;
  replaced: boolean;
  /**
   * False when the sheet was to print all its columns on one page width and the workbook, read back
   * after writing, does not say so (some Excel builds ignore it): the user is asked to set it.
   */
  fitsPageWidth?: false;
}

/** Settings the pane keeps in the workbook, so they travel with it. */
export interface WorkbookSettings {
  /** The sheet the user pointed the pane at, when automatic recognition picks the wrong one. */
  sheet?: string;
  month?: number;
  schedule?: { yellowBelow: number; redBelow: number };
  disabledRules?: RuleId[];
  /** The office's own lines for the written 通报: 主送, 下步工作要求, 落款. */
  bulletin?: BulletinSettings;
}

/**
 * What a workbook host can do. Hosts translate between a workbook and these plain shapes; every
 * decision is the core's, made by the plans in core/plan: each method reads what its plan needs
 * (the ledger, the cells concerned), calls the plan, and carries it out.
 *
 * - applyMarks: read each target cell's look as a LookRecord (core/look.ts), call planMarks, save the
 *   plan's ledger, put back `restore`, then `paint`.
 * - clearMarks: planClear, put back `restore`, save the ledger.
 * - applyFixes / undoFixes: read each cell as a CellNow, call planFixes / planUndo, carry out `writes`
 *   and save the ledger.
 * - writeSheets: placeSheets, render each placement (clearing a reused sheet first), save the ledger.
 *
 * The ledger is read with readLedgerChunks: entries that are not valid are dropped, never thrown.
 */
export interface WorkbookHost {
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Marks cells, saving each cell's original fill, font and note first so clearMarks can restore them exactly. */
  applyMarks(marks: Mark[]): Promise<void>;
  /** Restores every cell marked by applyMarks to its original look. */
  clearMarks(): Promise<void>;
  applyFixes(fixes: Fix[]): Promise<FixResult>;
  /** Puts back the values changed by the last applyFixes; returns how many cells were restored. */
  undoFixes(): Promise<number>;
  /** Writes sheets, reusing the sheets this host generated before and never touching the user's own. */
  writeSheets(sheets: SheetModel[]): Promise<WrittenSheet[]>;
  selectCell(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<WorkbookSettings>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
}
