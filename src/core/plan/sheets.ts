import { LEDGER_SHEET, type Ledger } from '../ledger';
import type { SheetModel, SheetRole } from '../sheet-model';
import { sheetNameKey, uniqueSheetName } from '../sheet-names';
import type { CellValue } from '../snapshot';

/**
 * A sheet as a host knows it when deciding whether it is Tongbao's: its name, its worksheet id where
 * the host has one that lasts (Office.js), and its values where the host has read them.
 */
export interface SheetInfo {
  name: string;
  id?: string;
  values?: readonly (readonly CellValue[] | undefined)[];
}

export function isLedgerSheet(name: string): boolean {
  return sheetNameKey(name) === sheetNameKey(LEDGER_SHEET);
}

/** Two 32-bit FNV-1a hashes over the same text, for a 64-bit print. */
class Print {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  private cells = 0;

  add(row: number, col: number, text: string): void {
    const item = `${row},${col}\u0001${text}\u0002`;
    for (let i = 0; i < item.length; i++) {
      const code = item.charCodeAt(i);
      this.a = Math.imul(this.a ^ code, 0x01000193) >>> 0;
      this.b = Math.imul(this.b ^ code, 0x01000193 + 2) >>> 0;
    }
    this.cells++;
  }

  toString(): string {
    return `p1:${this.a.toString(16).padStart(8, '0')}${this.b.toString(16).padStart(8, '0')}:${this.cells}`;
  }
}

/** The text a value shows, as every host reads it back; empty for a blank cell. */
function shown(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/**
 * A print of a sheet's content: every non-blank cell's position and text. A sheet of the user's that
 * took a generated sheet's name holds other content, so its print differs; a generated sheet the user
 * has since edited differs too, and is then left to them.
 */
export function sheetPrint(values: readonly (readonly CellValue[] | undefined)[]): string {
  const print = new Print();
  values.forEach((row, r) =>
    row?.forEach((value, c) => {
      const text = shown(value);
      if (text) print.add(r, c, text);
    }),
  );
  return print.toString();
}

/** The print a sheet rendered from `model` has when read back: links show their text. */
export function modelPrint(model: SheetModel): string {
  const print = new Print();
  const covered = new Set<string>();
  for (const m of model.merges) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  model.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const text = shown(cell?.value);
      if (text && !covered.has(`${r},${c}`)) print.add(r, c, text);
    }),
  );
  return print.toString();
}

/** The name under which the ledger lists the sheet, when the sheet is the very one Tongbao generated. */
function listedName(ledger: Ledger, sheet: SheetInfo): string | null {
  if (isLedgerSheet(sheet.name)) return null;
  const key = sheetNameKey(sheet.name);
  const listed = ledger.generated.find((g) => sheetNameKey(g) === key);
  if (listed === undefined) return null;
  // A sheet the user made under a generated sheet's name has another id, or other content.
  const id = ledger.generatedIds?.[listed];
  if (id !== undefined && sheet.id !== undefined && id !== sheet.id) return null;
  const print = ledger.generatedPrints?.[listed];
  if (print !== undefined && sheet.values !== undefined && print !== sheetPrint(sheet.values)) return null;
  return listed;
}

/**
 * Whether a sheet is one Tongbao generated: the ledger lists its name, and nothing the host can tell
 * (its id, its content) says it is another sheet that took the name. The ledger sheet itself is not.
 */
export function isGenerated(ledger: Ledger, sheet: SheetInfo): boolean {
  return listedName(ledger, sheet) !== null;
}

/** What a generated sheet is (its role), or null for a sheet that is not generated or whose role was not kept. */
export function generatedRole(ledger: Ledger, sheet: SheetInfo): SheetRole | null {
  const listed = listedName(ledger, sheet);
  return listed === null ? null : (ledger.generatedRoles?.[listed] ?? null);
}

export interface Placement {
  /** The model to render, its links following any sheet that had to take a suffix. */
  model: SheetModel;
  /** The name the model asked for. */
  wanted: string;
  /** The name it gets. */
  name: string;
  /** True when a sheet Tongbao generated before holds the name: it is cleared and reused. */
  reuse: boolean;
}

export interface SheetPlan {
  placements: Placement[];
  /** The ledger naming every generated sheet, with its role and print; ids of reused sheets kept. */
  ledger: Ledger;
}

/** Links between generated sheets follow a sheet that had to take a suffix. */
function relink(model: SheetModel, renamed: ReadonlyMap<string, string>): SheetModel {
  if (renamed.size === 0) return model;
  const rows = model.rows.map((row) =>
    row.map((cell) => {
      const target = cell?.link ? renamed.get(cell.link.sheet) : undefined;
      return cell?.link && target ? { ...cell, link: { ...cell.link, sheet: target } } : cell;
    }),
  );
  return { ...model, rows };
}

function pick<T>(table: Record<string, T> | undefined, names: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const name of names) {
    const v = table?.[name];
    if (v !== undefined) out[name] = v;
  }
  return out;
}

/**
 * Where each model goes. A sheet Tongbao generated before is reused; a sheet the user made is never
 * touched: a model that wants its name gets a suffix instead, and so does one whose sheet is in
 * doubt. Generated sheets the user has since deleted or taken over are forgotten.
 */
export function placeSheets(models: readonly SheetModel[], sheets: readonly SheetInfo[], ledger: Ledger): SheetPlan {
  const ours = new Map<string, { name: string; listed: string }>();
  const taken: string[] = [LEDGER_SHEET];
  for (const sheet of sheets) {
    if (isLedgerSheet(sheet.name)) continue;
    const listed = listedName(ledger, sheet);
    if (listed === null) taken.push(sheet.name);
    else ours.set(sheetNameKey(sheet.name), { name: sheet.name, listed });
  }
  const wanted = models.map((model) => {
    const unique = uniqueSheetName(model.name, taken);
    taken.push(unique);
    // A generated sheet keeps its name as written, whatever the case the model asks for.
    return { model, name: ours.get(sheetNameKey(unique))?.name ?? unique };
  });
  const renamed = new Map(wanted.filter((w) => w.name !== w.model.name).map((w) => [w.model.name, w.name]));
  const placements = wanted.map(({ model, name }) => ({ model: relink(model, renamed), wanted: model.name, name, reuse: ours.has(sheetNameKey(name)) }));

  const kept = [...ours.values()];
  const generated = kept.map((o) => o.name);
  const byListed = (table: Record<string, string> | undefined) => {
    const out: Record<string, string> = {};
    for (const o of kept) {
      const v = table?.[o.listed];
      if (v !== undefined) out[o.name] = v;
    }
    return out;
  };
  const roles: Record<string, SheetRole> = {};
  for (const o of kept) {
    const role = ledger.generatedRoles?.[o.listed];
    if (role) roles[o.name] = role;
  }
  const ids = byListed(ledger.generatedIds);
  const prints = byListed(ledger.generatedPrints);
  for (const p of placements) {
    if (!p.reuse) generated.push(p.name);
    roles[p.name] = p.model.role;
    prints[p.name] = modelPrint(p.model);
  }
  // Always the same keys in the same order, so writing the same sheets twice writes the same ledger.
  const next: Ledger = { ...ledger, generated, generatedRoles: pick(roles, generated), generatedIds: ids, generatedPrints: prints };
  return { placements, ledger: next };
}

/**
 * Names generated sheets must keep clear of: every sheet in the workbook except the ledger and the
 * sheets Tongbao generated before (which are reused). Pass it as `reserved` when building sheets, so a
 * clash is resolved before links are made and every link points at the sheet actually written.
 */
export function reservedNames(ledger: Ledger, sheets: readonly SheetInfo[]): string[] {
  return sheets.filter((s) => !isLedgerSheet(s.name) && !isGenerated(ledger, s)).map((s) => s.name);
}
