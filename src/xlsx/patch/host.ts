import type { Fix, FixResult, Mark, WorkbookHost, WorkbookSettings, WrittenSheet } from '../../core/host';
import { encodeLedger, LEDGER_SHEET, ledgerWarning, readLedgerChunks, type Ledger } from '../../core/ledger';
import { parseLook, untouchedLook, type LookRecord } from '../../core/look';
import { planFixes, planUndo, type CellNow, type CellWrite } from '../../core/plan/fixes';
import { planClear, planMarks, type Paint, type Restore } from '../../core/plan/marks';
import { placeSheets, reservedNames, type SheetInfo } from '../../core/plan/sheets';
import type { SheetModel, SheetRole } from '../../core/sheet-model';
import { sheetNameKey } from '../../core/sheet-names';
import type { WriteOptions } from '../host';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { readSnapshotFrom, sheetContext, sheetParts, type SheetPart } from '../fast-read';
import { readSheet } from '../fast-sheet';
import type { InflateRawAsync } from '../inflate';
import { MAX_INFLATED_BYTES } from '../limits';
import { Unsupported } from '../zip';
import { SheetNotesLink } from './notes-link';
import { CONTENT, REL, addRelationship, overrideOf, relationships, relsPartOf, removeRelationship, resolveTarget, withOverride, withoutOverride } from './opc';
import { PackageParts } from './parts';
import { ledgerSheetXml, renderSheetXml } from './render-xml';
import { SharedStrings } from './shared-strings';
import { SheetXml, type CellContent } from './sheet-xml';
import { Styles } from './styles';
import { WorkbookXml } from './workbook-xml';
import { pack, PackageTooLarge, writePackage, type DeflateRawAsync } from './zip-out';
import { InputError } from '../errors';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
const CONTENT_TYPES = '[Content_Types].xml';

function contentOf(write: CellWrite): CellContent {
  switch (write.kind) {
    case 'text':
      return { kind: 'text', text: write.text };
    case 'number':
    case 'boolean':
      return { kind: write.kind, value: write.value } as CellContent;
    case 'rich':
      return { kind: 'rich', runs: write.runs };
  }
}

/** Whether a mark's record says its message went into the cell's input prompt. */
function heldInPrompt(original: string): boolean {
  const prompt = parseLook(original)?.prompt;
  return prompt !== undefined && prompt !== 'unchanged';
}

/**
 * WorkbookHost over the package itself: the command line's host for every workbook the fast reader
 * reads. It never builds a spreadsheet model; it carries out the core's plans by editing the text
 * of the parts that change (the sheets marked or fixed, styles, notes, the workbook's sheet list,
 * the generated sheets and the "_tongbao" record), and the copy it saves holds every other part of
 * the original byte for byte: charts, pictures, macros, pivot tables and all.
 */
export class PackageHost implements WorkbookHost {
  private readonly sheetXml = new Map<string, SheetXml>();
  private readonly notes = new Map<string, SheetNotesLink>();
  private stylesPart: Styles | null = null;
  private strings: SharedStrings | null = null;
  private dropped = 0;
  /** What the copy cannot keep: macros, since the copy is an .xlsx. */
  readonly unkept: string[] = [];

  private constructor(
    private readonly parts: PackageParts,
    private readonly inflate: InflateRawAsync,
    private readonly deflate: DeflateRawAsync,
    private readonly file: string,
  ) {}

  /** Throws Unsupported for a package only the spreadsheet model reads, TooLarge past the limit. */
  /** `macros`: the copy is a macro-enabled workbook (.xlsm), which keeps the macros; otherwise an .xlsx, which cannot. */
  static async open(bytes: Uint8Array, inflate: InflateRawAsync, deflate: DeflateRawAsync, file = '工作簿', macros = false): Promise<PackageHost> {
    const host = new PackageHost(await PackageParts.open(bytes, inflate, MAX_INFLATED_BYTES), inflate, deflate, file);
    host.assertEditable();
    if (macros) host.asMacroWorkbook();
    else host.asPlainWorkbook();
    return host;
  }

  /**
   * Every sheet is one this host reads and edits (the whole snapshot is read, as the first thing
   * asked of a host is its snapshot), and the record asks nothing it cannot put back.
   */
  private assertEditable(): void {
    this.snapshotNow();
    if (!this.parts.has(CONTENT_TYPES) || !this.parts.has(WORKBOOK_RELS)) throw new Unsupported('package plumbing');
    // The parts every copy edits are read through once now: what they cannot read goes to the spreadsheet model.
    new WorkbookXml(this.parts.text(WORKBOOK)).assertReadable();
    relationships(this.parts.text(WORKBOOK_RELS));
    withoutOverride(this.parts.text(CONTENT_TYPES), '');
    // Input prompts are put back by the spreadsheet model's host; this one writes notes only.
    if (this.ledger().marks.some((m) => heldInPrompt(m.original))) throw new Unsupported('marks held in input prompts');
  }

  /**
   * The copy is saved as .xlsx, and Excel refuses to open an .xlsx whose workbook says it holds
   * macros (or is a template or an add-in): the workbook part takes the ordinary type, and the macros
   * (with their signature) are left out, as the spreadsheet model leaves them out; the user is told.
   */
  private asPlainWorkbook(): void {
    const type = overrideOf(this.parts.text(CONTENT_TYPES), WORKBOOK);
    if (type === null || type === CONTENT.workbook) return;
    this.parts.set(CONTENT_TYPES, withOverride(this.parts.text(CONTENT_TYPES), WORKBOOK, CONTENT.workbook));
    for (const rel of relationships(this.parts.text(WORKBOOK_RELS))) {
      if (rel.type !== REL.vbaProject) continue;
      this.parts.set(WORKBOOK_RELS, removeRelationship(this.parts.text(WORKBOOK_RELS), rel.id));
      const part = this.parts.find(resolveTarget(WORKBOOK, rel.target));
      if (part === null) continue;
      const signatures = this.parts.find(relsPartOf(part));
      for (const sig of signatures === null ? [] : relationships(this.parts.text(signatures))) this.removePart(resolveTarget(part, sig.target));
      if (signatures !== null) this.parts.remove(signatures);
      this.removePart(part);
      if (!this.unkept.includes('宏')) this.unkept.push('宏');
    }
  }

  /** An .xlsm copy: the workbook part takes the macro-enabled type Excel expects of the name, and every macro stays. */
  private asMacroWorkbook(): void {
    if (overrideOf(this.parts.text(CONTENT_TYPES), WORKBOOK) === CONTENT.macroWorkbook) return;
    this.parts.set(CONTENT_TYPES, withOverride(this.parts.text(CONTENT_TYPES), WORKBOOK, CONTENT.macroWorkbook));
  }

  async save(): Promise<Uint8Array> {
    this.flush();
    // Read again if asked after the save: the copy is the large part of this moment's memory.
    this.snapshot = null;
    try {
      return await writePackage(this.parts.zip, this.parts.changes(), this.deflate);
    } catch (e) {
      if (e instanceof PackageTooLarge) throw new InputError('copy-too-large', this.file);
      throw e;
    }
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    await this.unpackSheets(this.sheetList().map((s) => s.part));
    return this.snapshotNow();
  }

  /** Generated sheets are kept deflated once written; those about to be read are made text again. */
  private async unpackSheets(parts: readonly string[]): Promise<void> {
    for (const part of parts) await this.parts.unpack(part, this.inflate);
  }

  private snapshot: { version: number; value: WorkbookSnapshot } | null = null;

  /** The snapshot, read again only when a part has changed since. */
  private snapshotNow(): WorkbookSnapshot {
    this.flush();
    if (this.snapshot?.version === this.parts.version) return this.snapshot.value;
    // The old snapshot goes before the new one is read: at 100,000 tasks each is large.
    this.snapshot = null;
    const value = readSnapshotFrom(this.parts);
    this.snapshot = { version: this.parts.version, value };
    return value;
  }

  // ---- parts ---------------------------------------------------------------------------------

  private listed: { book: string; rels: string; sheets: SheetPart[] } | null = null;

  /** The worksheets in tab order, read again only when the workbook's sheet list has changed. */
  private sheetList(): SheetPart[] {
    const book = this.parts.text(WORKBOOK);
    const rels = this.parts.text(WORKBOOK_RELS);
    if (this.listed?.book !== book || this.listed.rels !== rels) this.listed = { book, rels, sheets: sheetParts(this.parts) };
    return this.listed.sheets;
  }

  private partOf(sheet: string): string | undefined {
    const list = this.sheetList();
    return (list.find((s) => s.name === sheet) ?? list.find((s) => sheetNameKey(s.name) === sheetNameKey(sheet)))?.part;
  }

  private exists = (sheet: string): boolean => this.partOf(sheet) !== undefined;

  private styles(): Styles {
    return (this.stylesPart ??= new Styles(this.parts.text(STYLES)));
  }

  private sharedStrings(): SharedStrings {
    return (this.strings ??= new SharedStrings(this.parts.textOrNull(SHARED_STRINGS)));
  }

  private sheet(part: string): SheetXml {
    let sx = this.sheetXml.get(part);
    if (!sx) {
      sx = new SheetXml(this.parts.text(part), this.sharedStrings(), sheetContext(this.parts).dateStyle);
      this.sheetXml.set(part, sx);
    }
    return sx;
  }

  private notesOf(part: string): SheetNotesLink {
    let link = this.notes.get(part);
    if (!link) {
      link = new SheetNotesLink(this.parts, part, this.sheet(part));
      this.notes.set(part, link);
    }
    return link;
  }

  /** Writes every pending edit into its part; the next read starts from the new text. */
  private flush(): void {
    for (const link of this.notes.values()) link.flush();
    this.notes.clear();
    for (const [part, sx] of this.sheetXml) if (sx.changed) this.parts.set(part, sx.toXml());
    this.sheetXml.clear();
    const styles = this.stylesPart?.toXml();
    if (styles) this.parts.set(STYLES, styles);
    this.stylesPart = null;
    const strings = this.strings?.toXml();
    if (strings) this.writeSharedStrings(strings);
    this.strings = null;
  }

  /** The shared strings part, added with its relationship and content type when the workbook had none. */
  private writeSharedStrings(xml: string): void {
    const had = this.parts.has(SHARED_STRINGS);
    this.parts.set(SHARED_STRINGS, xml);
    if (had) return;
    this.parts.set(WORKBOOK_RELS, addRelationship(this.parts.text(WORKBOOK_RELS), REL.sharedStrings, 'sharedStrings.xml').xml);
    this.parts.set(CONTENT_TYPES, withOverride(this.parts.text(CONTENT_TYPES), SHARED_STRINGS, CONTENT.sharedStrings));
  }

  // ---- the record ----------------------------------------------------------------------------

  private ledgerPart(): string | undefined {
    return this.sheetList().find((s) => sheetNameKey(s.name) === sheetNameKey(LEDGER_SHEET))?.part;
  }

  private ledger(): Ledger {
    // Pending edits first: the record may name shared strings not yet in the part.
    this.flush();
    const part = this.ledgerPart();
    if (!part) return readLedgerChunks([]).ledger;
    const sheet = readSheet(LEDGER_SHEET, this.parts.text(part), sheetContext(this.parts));
    const chunks = sheet.values.map((row) => row?.[0]).filter((v) => typeof v === 'string');
    const { ledger, dropped } = readLedgerChunks(chunks);
    this.dropped = Math.max(this.dropped, dropped);
    return ledger;
  }

  /** A part's text with this host's pending edits. */
  private currentText(part: string): string {
    const sx = this.sheetXml.get(part);
    return sx?.changed ? sx.toXml() : this.parts.text(part);
  }

  /** One line for the user when the workbook's record held entries that had to be left out, or null. */
  ledgerWarning(): string | null {
    this.ledger();
    return ledgerWarning(this.dropped);
  }

  private writeLedger(ledger: Ledger): void {
    const xml = ledgerSheetXml(encodeLedger(ledger), this.sharedString);
    const part = this.ledgerPart();
    if (part) {
      this.sheetXml.delete(part);
      this.parts.set(part, xml);
      const book = new WorkbookXml(this.parts.text(WORKBOOK));
      book.setState(this.sheetList().find((s) => s.part === part)!.name, 'veryHidden');
      this.parts.set(WORKBOOK, book.toXml());
      return;
    }
    this.addSheetPart(LEDGER_SHEET, xml, this.sheetCount(), 'veryHidden');
  }

  private sheetCount(): number {
    return new WorkbookXml(this.parts.text(WORKBOOK)).sheets().length;
  }

  /** A new worksheet part, related from the workbook, typed, and listed at a tab position. */
  private addSheetPart(name: string, xml: string, index: number, state?: 'veryHidden'): string {
    const part = this.parts.freeName('xl/worksheets/sheet', '.xml');
    this.parts.set(part, xml);
    const rels = addRelationship(this.parts.text(WORKBOOK_RELS), REL.worksheet, part.slice('xl/'.length));
    this.parts.set(WORKBOOK_RELS, rels.xml);
    this.parts.set(CONTENT_TYPES, withOverride(this.parts.text(CONTENT_TYPES), part, CONTENT.worksheet));
    const book = new WorkbookXml(this.parts.text(WORKBOOK));
    book.insert(index, state ? { name, rId: rels.id, state } : { name, rId: rels.id });
    this.parts.set(WORKBOOK, book.toXml());
    return part;
  }

  // ---- marks ---------------------------------------------------------------------------------

  private readLook = (sheet: string, cell: string): LookRecord | undefined => {
    const part = this.partOf(sheet);
    if (!part) return undefined;
    const look = this.styles().look(this.sheet(part).style(cell));
    return { ...untouchedLook(), ...look, note: this.notesOf(part).get(cell) };
  };

  async applyMarks(marks: Mark[]): Promise<void> {
    const plan = planMarks(this.ledger(), marks, this.readLook, this.exists);
    this.restore(plan.restore);
    for (const paint of plan.paint) this.paint(paint);
    this.writeLedger(plan.ledger);
  }

  private paint(paint: Paint): void {
    const part = this.partOf(paint.sheet);
    if (!part) return;
    const sx = this.sheet(part);
    sx.setStyle(paint.cell, this.styles().painted(sx.style(paint.cell), paint));
    if (paint.message?.holder === 'note') this.notesOf(part).set(paint.cell, { text: paint.message.text });
  }

  private restore(restores: readonly Restore[]): void {
    for (const { sheet, cell, look } of restores) {
      const part = this.partOf(sheet);
      if (!part) continue;
      const sx = this.sheet(part);
      if (look.fill !== 'unchanged' || look.fontColor !== 'unchanged' || look.bold !== 'unchanged') {
        sx.setStyle(cell, this.styles().restored(sx.style(cell), look));
      }
      if (look.note !== 'unchanged') this.notesOf(part).set(cell, look.note);
    }
  }

  async clearMarks(): Promise<void> {
    const ledger = this.ledger();
    if (!ledger.marks.length) return;
    const plan = planClear(ledger, this.exists);
    this.restore(plan.restore);
    this.writeLedger(plan.ledger);
  }

  // ---- fixes ---------------------------------------------------------------------------------

  private readCell = (sheet: string, cell: string): CellNow | undefined => {
    const part = this.partOf(sheet);
    return part === undefined ? undefined : this.sheet(part).now(cell);
  };

  private write(writes: readonly CellWrite[]): void {
    for (const w of writes) {
      const part = this.partOf(w.sheet);
      if (part) this.sheet(part).setContent(w.cell, contentOf(w));
    }
  }

  async applyFixes(fixes: Fix[]): Promise<FixResult> {
    const plan = planFixes(this.ledger(), fixes, this.readCell);
    this.write(plan.writes);
    if (plan.applied.length) this.writeLedger(plan.ledger);
    const { writes: _writes, ledger: _ledger, ...result } = plan;
    return result;
  }

  async undoFixes(): Promise<number> {
    const ledger = this.ledger();
    if (!ledger.fixes.length) return 0;
    const plan = planUndo(ledger, this.readCell);
    this.write(plan.writes);
    this.writeLedger(plan.ledger);
    return plan.restored;
  }

  // ---- sheets --------------------------------------------------------------------------------

  /** Every sheet's name, and the values of those the ledger lists as generated (the evidence that they still are). */
  private sheetInfos(ledger: Ledger): SheetInfo[] {
    this.flush();
    const listed = new Set(ledger.generated.map(sheetNameKey));
    const ctx = sheetContext(this.parts);
    return this.sheetList().map((s) => (listed.has(sheetNameKey(s.name)) ? { name: s.name, values: readSheet(s.name, this.parts.text(s.part), ctx).values } : { name: s.name }));
  }

  /** Names of the sheets the user made: generated sheets must never take them. */
  async userSheetNames(): Promise<string[]> {
    const ledger = this.ledger();
    await this.unpackGenerated(ledger);
    return reservedNames(ledger, this.sheetInfos(ledger));
  }

  /** The sheets the record lists as generated, made text again so their content can be compared. */
  private async unpackGenerated(ledger: Ledger): Promise<void> {
    const listed = new Set(ledger.generated.map(sheetNameKey));
    await this.unpackSheets(this.sheetList().filter((s) => listed.has(sheetNameKey(s.name))).map((s) => s.part));
  }

  /** The role of each sheet the record lists as generated. */
  generatedRoles(): Record<string, SheetRole> {
    return { ...(this.ledger().generatedRoles ?? {}) };
  }

  hasSheet(name: string): boolean {
    return this.exists(name);
  }

  async writeSheets(models: SheetModel[], options: WriteOptions = {}): Promise<WrittenSheet[]> {
    const ledger = this.ledger();
    await this.unpackGenerated(ledger);
    const plan = placeSheets(models, this.sheetInfos(ledger), ledger);
    const generated = new Set(plan.ledger.generated.map(sheetNameKey));
    const book = () => new WorkbookXml(this.parts.text(WORKBOOK));
    const active = book().sheets()[book().activeTab()]?.name ?? null;
    let insertAt = this.insertionPoint(models, options, generated);
    for (const p of plan.placements) {
      // Without the shared strings: an empty text is then no value to every reader but Excel, which the
      // user cannot tell apart, and the table (large in a large report) is not rewritten for it.
      const rendered = renderSheetXml(p.model, this.modelStyle(p.model));
      const old = p.reuse ? this.sheetList().find((s) => sheetNameKey(s.name) === sheetNameKey(p.name)) : undefined;
      const part = old ? this.replaceSheetPart(old.part, rendered.xml) : this.addSheetPart(p.name, rendered.xml, insertAt++);
      // Kept deflated: at 100,000 tasks the generated sheets' text is some 200 MB, seldom read again.
      this.parts.setPacked(part, await pack(rendered.xml, this.deflate));
      const wb = book();
      const index = wb.sheets().findIndex((s) => s.name === (old?.name ?? p.name));
      wb.setPrintTitles(index, rendered.printTitles);
      this.parts.set(WORKBOOK, wb.toXml());
    }
    this.writeLedger(plan.ledger);
    if (active !== null) this.activate(active);
    return plan.placements.map((p) => ({ wanted: p.wanted, name: p.name, replaced: p.reuse }));
  }

  /** A text's index in the shared strings, for what an inline string would not carry to every reader alike. */
  private sharedString = (text: string): number => this.sharedStrings().add(text);

  private modelStyle(model: SheetModel): (key: string | undefined, link: boolean) => number {
    const cache = new Map<string, number>();
    return (key, link) => {
      const id = `${key ?? ''}\u0000${link ? 1 : 0}`;
      let xf = cache.get(id);
      if (xf === undefined) {
        xf = this.styles().forModel(key === undefined ? undefined : model.styles[key], link);
        cache.set(id, xf);
      }
      return xf;
    };
  }

  /**
   * Where new sheets go: after the sheet named, else after the one their links point into, else at
   * the end, before the record if it is last.
   */
  private insertionPoint(models: SheetModel[], options: WriteOptions, generated: Set<string>): number {
    const sheets = new WorkbookXml(this.parts.text(WORKBOOK)).sheets();
    const at = (name: string) => sheets.findIndex((s) => s.name === name);
    if (options.after && at(options.after) >= 0) return at(options.after) + 1;
    for (const model of models) {
      for (const row of model.rows) {
        for (const cell of row) {
          const target = cell?.link?.sheet;
          if (target && !generated.has(sheetNameKey(target)) && at(target) >= 0) return at(target) + 1;
        }
      }
    }
    const last = sheets[sheets.length - 1];
    return last && sheetNameKey(last.name) === sheetNameKey(LEDGER_SHEET) ? sheets.length - 1 : sheets.length;
  }

  /**
   * A generated sheet drawn again in its own part. What its relationships pointed to (notes a user
   * added) goes with the old content, and the calculation chain, which may list the old formulas,
   * is left for Excel to rebuild.
   */
  private replaceSheetPart(part: string, xml: string): string {
    this.dropSheetRels(part);
    this.parts.set(part, xml);
    this.dropCalcChain();
    return part;
  }

  /** Forgets a sheet part's pending edits and takes away its relationships with the notes they lead to. */
  private dropSheetRels(part: string): void {
    this.sheetXml.delete(part);
    this.notes.delete(part);
    const relsPart = this.parts.find(relsPartOf(part));
    if (relsPart === null) return;
    for (const rel of relationships(this.parts.text(relsPart))) {
      if (rel.type === REL.comments || rel.type === REL.vmlDrawing) this.removePart(resolveTarget(part, rel.target));
    }
    this.parts.remove(relsPart);
  }

  /** Takes a sheet out of the workbook: its entry, relationship, part and content type. */
  private removeSheet(name: string): void {
    const book = new WorkbookXml(this.parts.text(WORKBOOK));
    const index = book.sheets().findIndex((s) => s.name === name);
    const entry = book.sheets()[index];
    const part = this.partOf(name);
    if (!entry || !part) return;
    book.remove(index);
    this.parts.set(WORKBOOK, book.toXml());
    this.parts.set(WORKBOOK_RELS, removeRelationship(this.parts.text(WORKBOOK_RELS), entry.rId));
    this.dropSheetRels(part);
    this.removePart(part);
    this.dropCalcChain();
  }

  /**
   * The workbook as it goes upward: marks off (each cell's own look put back), every sheet Tongbao
   * generated and its record taken out; fixes stay.
   */
  async removeOurs(): Promise<void> {
    await this.clearMarks();
    this.flush();
    const generated = new Set(this.ledger().generated.map(sheetNameKey));
    const book = () => new WorkbookXml(this.parts.text(WORKBOOK));
    const active = book().sheets()[book().activeTab()]?.name;
    for (const s of this.sheetList()) {
      if (sheetNameKey(s.name) === sheetNameKey(LEDGER_SHEET) || generated.has(sheetNameKey(s.name))) this.removeSheet(s.name);
    }
    const left = book().sheets();
    const shown = left.find((s) => s.name === active) ?? left.find((s) => s.state === 'visible');
    if (shown) this.activate(shown.name);
  }

  /** Takes a part out with its content type; the name may be written in another case than the part's. */
  private removePart(name: string): void {
    const part = this.parts.find(name);
    if (part === null) return;
    this.parts.remove(part);
    this.parts.set(CONTENT_TYPES, withoutOverride(this.parts.text(CONTENT_TYPES), part));
  }

  private dropCalcChain(): void {
    const rels = this.parts.text(WORKBOOK_RELS);
    for (const rel of relationships(rels)) {
      if (rel.type !== REL.calcChain) continue;
      this.removePart(resolveTarget(WORKBOOK, rel.target));
      this.parts.set(WORKBOOK_RELS, removeRelationship(this.parts.text(WORKBOOK_RELS), rel.id));
    }
  }

  /** Makes a sheet the one shown on opening, its tab the only one selected. */
  private activate(name: string): void {
    const book = new WorkbookXml(this.parts.text(WORKBOOK));
    const index = book.sheets().findIndex((s) => s.name === name);
    if (index < 0) return;
    book.setActiveTab(index);
    this.parts.set(WORKBOOK, book.toXml());
    for (const s of this.sheetList()) {
      const selected = s.name === name;
      // Only sheets whose flag is wrong are read; the others keep their part untouched.
      // Generated sheets, kept deflated, are written without the flag.
      if (!selected && this.parts.isPacked(s.part)) continue;
      if (selected || /tabSelected="(1|true)"/.test(this.currentText(s.part))) this.sheet(s.part).setTabSelected(selected);
    }
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const part = this.partOf(sheet);
    if (!part) throw new Error(`找不到工作表“${sheet}”。它可能已被改名或删除，请重新校验。`);
    await this.unpackSheets([part]);
    const name = this.sheetList().find((s) => s.part === part)!.name;
    const book = new WorkbookXml(this.parts.text(WORKBOOK));
    book.setState(name, 'visible');
    this.parts.set(WORKBOOK, book.toXml());
    this.sheet(part).select(cell);
    this.activate(name);
  }

  async loadSettings(): Promise<WorkbookSettings> {
    return this.ledger().settings;
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    const ledger = this.ledger();
    ledger.settings = { ...settings };
    this.writeLedger(ledger);
  }
}
