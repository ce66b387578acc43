import type { NoteLook } from '../../core/look';
import { CONTENT, REL, addRelationship, emptyRels, relationships, relsPartOf, removeRelationship, resolveTarget, withDefault, withOverride, withoutOverride } from './opc';
import type { PackageParts } from './parts';
import { SheetNotes } from './notes';
import { idmapBlocks } from './notes-vml';
import type { SheetXml } from './sheet-xml';

const CONTENT_TYPES = '[Content_Types].xml';

/** A part's target as written in a relationship of `source`: relative to the source's folder. */
function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/**
 * One sheet's notes joined to the package: the comments part and the legacy drawing that shows them,
 * found through the sheet's relationships, and on flush written back with their relationships,
 * content types and the sheet's <legacyDrawing> kept in step (or all removed when no note is left).
 */
export class SheetNotesLink {
  private readonly notes: SheetNotes;
  private readonly relsPart: string;
  private commentsPart: string | null = null;
  private vmlPart: string | null = null;

  constructor(
    private readonly parts: PackageParts,
    private readonly sheetPart: string,
    private readonly sheet: SheetXml,
  ) {
    // Part names are case-insensitive: the sheet's relationships may be stored in another case.
    this.relsPart = parts.find(relsPartOf(sheetPart)) ?? relsPartOf(sheetPart);
    const rels = parts.textOrNull(this.relsPart);
    const drawingId = sheet.legacyDrawing();
    for (const rel of rels === null ? [] : relationships(rels)) {
      const target = resolveTarget(sheetPart, rel.target);
      if (rel.type === REL.comments && this.commentsPart === null) this.commentsPart = parts.find(target);
      if (rel.type === REL.vmlDrawing && rel.id === drawingId) this.vmlPart = parts.find(target);
    }
    const text = (part: string | null) => (part === null ? null : parts.textOrNull(part));
    // A new drawing's shape ids are numbered in a block of the sheet's own, apart from other sheets',
    // and never in a block another drawing of the workbook (notes, controls, header pictures) uses.
    const block = Number(/(\d+)\.xml$/.exec(sheetPart)?.[1] ?? '1') || 1;
    this.notes = SheetNotes.read(text(this.commentsPart), text(this.vmlPart), block, this.otherBlocks());
  }

  /** The idmap blocks of every VML drawing in the package but this sheet's notes drawing. */
  private otherBlocks(): Set<number> {
    const taken = new Set<number>();
    for (const name of this.parts.names()) {
      if (!/\.vml$/i.test(name) || name === this.vmlPart) continue;
      for (const block of idmapBlocks(this.parts.text(name))) taken.add(block);
    }
    return taken;
  }

  get(cell: string): NoteLook | null {
    return this.notes.get(cell);
  }

  set(cell: string, note: NoteLook | null): void {
    this.notes.set(cell, note);
  }

  flush(): void {
    if (!this.notes.changed) return;
    this.commentsPart = this.writePart(this.commentsPart, this.notes.commentsXml(), REL.comments, 'xl/comments', '.xml');
    this.vmlPart = this.writePart(this.vmlPart, this.notes.vmlXml(), REL.vmlDrawing, 'xl/drawings/vmlDrawing', '.vml');
    const rels = this.parts.textOrNull(this.relsPart);
    const drawing = this.vmlPart && rels !== null ? relationships(rels).find((r) => r.type === REL.vmlDrawing && this.leadsTo(r.target, this.vmlPart!)) : undefined;
    this.sheet.setLegacyDrawing(drawing ? drawing.id : null);
    if (rels !== null && relationships(rels).length === 0) this.parts.remove(this.relsPart);
  }

  /** Writes, adds or removes one part of the pair, with its relationship and content type; returns its name. */
  private writePart(part: string | null, xml: string | null, type: string, prefix: string, suffix: string): string | null {
    if (xml === null) {
      if (part !== null) this.drop(part, type);
      return null;
    }
    const name = part ?? this.parts.freeName(prefix, suffix);
    this.parts.set(name, xml);
    if (part === null) {
      const { xml: rels } = addRelationship(this.parts.textOrNull(this.relsPart) ?? emptyRels(), type, relativeTarget(this.sheetPart, name));
      this.parts.set(this.relsPart, rels);
    }
    const types = this.parts.text(CONTENT_TYPES);
    this.parts.set(CONTENT_TYPES, type === REL.comments ? withOverride(types, name, CONTENT.comments) : withDefault(types, 'vml', CONTENT.vml));
    return name;
  }

  /** Whether a relationship's target is the part, whatever the case either is written in. */
  private leadsTo(target: string, part: string): boolean {
    return resolveTarget(this.sheetPart, target).toLowerCase() === part.toLowerCase();
  }

  private drop(part: string, type: string): void {
    this.parts.remove(part);
    if (type === REL.comments) this.parts.set(CONTENT_TYPES, withoutOverride(this.parts.text(CONTENT_TYPES), part));
    const rels = this.parts.textOrNull(this.relsPart);
    if (rels === null) return;
    const rel = relationships(rels).find((r) => r.type === type && this.leadsTo(r.target, part));
    if (rel) this.parts.set(this.relsPart, removeRelationship(rels, rel.id));
  }
}
