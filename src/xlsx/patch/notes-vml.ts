import { attrValue, tags } from '../xml-text';
import { Unsupported } from '../zip';

/**
 * The legacy VML drawing of one sheet, where each note has a shape (a hidden box anchored beside its
 * cell) that Excel needs to show it. Excel's own VML is not strict XML (`<br>` left open inside text
 * boxes), so the part is scanned for shapes, never parsed: a note's shape is cut out or appended, and
 * every other byte (form controls, buttons, their text) stays as it was.
 */

const NOTE_TYPE = '_x0000_t202';
/** Excel numbers shapes in blocks of 1024, one block per number listed in <o:idmap data="…">. */
const BLOCK = 1024;

const HEADER =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml"\r\n xmlns:o="urn:schemas-microsoft-com:office:office"\r\n xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n';
const LAYOUT = (data: string) => ` <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="${data}"/>\r\n </o:shapelayout>`;
const NOTE_SHAPETYPE =
  `<v:shapetype id="${NOTE_TYPE}" coordsize="21600,21600" o:spt="202"\r\n  path="m,l,21600r21600,l21600,xe">\r\n` +
  '  <v:stroke joinstyle="miter"/>\r\n  <v:path gradientshapeok="t" o:connecttype="rect"/>\r\n </v:shapetype>';

interface Span {
  start: number;
  end: number;
}

/** A note's key: its 0-based row and column. */
export function noteKey(row: number, col: number): string {
  return `${row},${col}`;
}

/** The shape Excel writes for a new note at a 0-based row and column: hidden, anchored to the right of the cell and a row up. */
export function noteShape(id: number, row: number, col: number, z: number): string {
  const top = Math.max(row - 1, 0);
  const [topOffset, bottomOffset] = row === 0 ? [2, 16] : [10, 4];
  // Excel places the box by <x:Anchor>; the style's margins are its approximate position in points for other readers.
  const left = (col + 1) * 54 + 11.25;
  const marginTop = top * 14.25 + topOffset * 0.75;
  return (
    `<v:shape id="_x0000_s${id}" type="#${NOTE_TYPE}" style="position:absolute;margin-left:${left}pt;margin-top:${marginTop}pt;width:108pt;height:59.25pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${col + 1}, 15, ${top}, ${topOffset}, ${col + 3}, 15, ${top + 4}, ${bottomOffset}</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

interface NewShape {
  id: number;
  row: number;
  col: number;
  z: number;
}

function intIn(xml: string, name: string): number | null {
  const m = new RegExp(`<x:${name}>\\s*(\\d+)\\s*</x:${name}>`).exec(xml);
  return m ? Number(m[1]) : null;
}

/** Each <v:shape> element: where it is, and the cell when it is a note's. */
function* shapes(xml: string): Generator<Span & { key: string | null }> {
  for (const [at, gt] of tags(xml, 'v:shape')) {
    const start = at - '<v:shape'.length;
    let end = gt + 1;
    if (xml.charCodeAt(gt - 1) !== 0x2f) {
      const close = xml.indexOf('</v:shape>', gt);
      if (close === -1) throw new Unsupported('unterminated <v:shape>');
      end = close + '</v:shape>'.length;
    }
    yield { start, end, key: noteKeyOf(xml.slice(start, end)) };
  }
}

function noteKeyOf(shape: string): string | null {
  for (const [at, gt] of tags(shape, 'x:ClientData')) {
    if (attrValue(shape, at, gt, 'ObjectType') !== 'Note') return null;
    const row = intIn(shape, 'Row');
    const col = intIn(shape, 'Column');
    return row === null || col === null ? null : noteKey(row, col);
  }
  return null;
}

/** The largest shape number used anywhere in the drawing (ids and o:spid alike). */
function largestId(xml: string): number {
  let max = 0;
  for (const m of xml.matchAll(/_x0000_s(\d+)/g)) max = Math.max(max, Number(m[1]));
  return max;
}

/** The blocks a VML drawing numbers its shapes in (its <o:idmap data="…">). */
export function idmapBlocks(xml: string): number[] {
  for (const [at, gt] of tags(xml, 'o:idmap')) {
    return (attrValue(xml, at, gt, 'data') ?? '')
      .split(',')
      .map((s) => Number(s.trim()))
      .filter((n) => Number.isInteger(n) && n > 0);
  }
  return [];
}

export class VmlNotes {
  private readonly noteShapes = new Map<string, Span>();
  private readonly removed = new Set<string>();
  /** New shapes, written out only in toXml so that many marks hold numbers rather than text. */
  private readonly added = new Map<string, NewShape>();
  private nextId: number;
  private shapeCount = 0;

  /**
   * `block`: the idmap block for a new drawing's shapes (the sheet's own number keeps ids apart from
   * other sheets'). `taken`: blocks the workbook's other drawings use; shape ids are unique across
   * the workbook, so new shapes never take a number in them, here or when the drawing outgrows its block.
   */
  constructor(
    private readonly xml: string | null,
    block: number,
    private readonly taken: ReadonlySet<number> = new Set(),
  ) {
    if (xml !== null) {
      for (const shape of shapes(xml)) {
        this.shapeCount++;
        if (shape.key !== null && !this.noteShapes.has(shape.key)) this.noteShapes.set(shape.key, shape);
      }
    }
    const firstBlock = xml === null ? this.freeBlock(block) : (this.idmap()[0] ?? this.freeBlock(block));
    this.nextId = Math.max(xml === null ? 0 : largestId(xml), firstBlock * BLOCK) + 1;
  }

  /** The block asked for, or when another drawing has it, the first block none has. */
  private freeBlock(block: number): number {
    if (!this.taken.has(block)) return block;
    let free = 1;
    while (this.taken.has(free)) free++;
    return free;
  }

  /** The next shape number, past any block another drawing numbers its shapes in. */
  private newId(): number {
    while (this.taken.has(Math.floor(this.nextId / BLOCK))) this.nextId = (Math.floor(this.nextId / BLOCK) + 1) * BLOCK + 1;
    return this.nextId++;
  }

  get changed(): boolean {
    return this.removed.size > 0 || this.added.size > 0;
  }

  /** Gives the note at a 0-based row and column a shape, unless it has one. */
  keep(row: number, col: number): void {
    const key = noteKey(row, col);
    if (this.removed.delete(key) || this.added.has(key) || this.noteShapes.has(key)) return;
    this.added.set(key, { id: this.newId(), row, col, z: this.shapeCount + this.added.size + 1 });
  }

  /** Takes away the shape of the note at a 0-based row and column. */
  drop(row: number, col: number): void {
    const key = noteKey(row, col);
    this.added.delete(key);
    if (this.noteShapes.has(key)) this.removed.add(key);
  }

  private idmap(): number[] {
    return this.xml === null ? [] : idmapBlocks(this.xml);
  }

  /** The drawing with the edits; null when no shape is left in it. */
  toXml(): string | null {
    if (!this.changed) return this.xml;
    const blocks = new Set(this.idmap());
    for (const shape of this.added.values()) blocks.add(Math.floor(shape.id / BLOCK));
    const data = [...blocks].sort((a, b) => a - b).join(',');
    const out = this.xml === null ? `${HEADER}${LAYOUT(data)}${NOTE_SHAPETYPE}\r\n` : this.kept(data);
    const added = [...this.added.values()].map((s) => noteShape(s.id, s.row, s.col, s.z));
    if (this.xml !== null && added.length > 0 && !hasNoteShapetype(out)) added.unshift(NOTE_SHAPETYPE);
    const joined = this.xml === null ? `${out}${added.join('')}</xml>` : withShapes(out, added);
    return added.length > 0 || hasShapes(joined) ? joined : null;
  }

  /** The original text without the removed shapes, its idmap listing `data`. */
  private kept(data: string): string {
    const xml = this.xml ?? '';
    const cuts = [...this.removed].map((key) => this.noteShapes.get(key)).filter((s): s is Span => s !== undefined);
    cuts.sort((a, b) => a.start - b.start);
    let out = '';
    let last = 0;
    for (const cut of cuts) {
      out += xml.slice(last, cut.start);
      last = cut.end;
    }
    out += xml.slice(last);
    if (this.added.size === 0) return out;
    const idmap = /<o:idmap\b[^>]*>/.exec(out);
    if (idmap) return out.slice(0, idmap.index) + idmap[0].replace(/\bdata=(["'])[^"']*\1/, `data="${data}"`) + out.slice(idmap.index + idmap[0].length);
    const root = /<xml\b[^>]*>/.exec(out);
    if (!root) throw new Unsupported('VML drawing without <xml>');
    const at = root.index + root[0].length;
    return `${out.slice(0, at)}\r\n${LAYOUT(data)}${out.slice(at)}`;
  }
}

/** Shapes appended as the last children of the root element. */
function withShapes(xml: string, added: string[]): string {
  if (added.length === 0) return xml;
  const close = xml.lastIndexOf('</xml>');
  if (close === -1) throw new Unsupported('VML drawing without </xml>');
  return `${xml.slice(0, close)}${added.join('')}${xml.slice(close)}`;
}

function hasNoteShapetype(xml: string): boolean {
  for (const [at, gt] of tags(xml, 'v:shapetype')) if (attrValue(xml, at, gt, 'id') === NOTE_TYPE) return true;
  return false;
}

/** Whether anything is drawn: a shape, or another VML element that is not a shape type or the layout. */
function hasShapes(xml: string): boolean {
  const rest = xml.replace(/<o:shapelayout\b[\s\S]*?<\/o:shapelayout>/g, '').replace(/<v:shapetype\b[\s\S]*?<\/v:shapetype>/g, '');
  return /<v:(?!shapetype\b)/.test(rest);
}
