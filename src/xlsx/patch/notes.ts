import { scanA1 } from '../../core/address';
import { ooxmlRuns, type NoteLook, type RunFont, type TextRun } from '../../core/look';
import { attrValue, tagEnd, tagName, tags, textOf } from '../xml-text';
import { Unsupported } from '../zip';
import { VmlNotes } from './notes-vml';
import { readStringItem, runsToXml } from './runs-xml';

/**
 * The notes (legacy comments) of one sheet, edited in the comments part (xl/commentsN.xml) and its
 * VML drawing as text. A note Tongbao adds is written as exceljs writes it (one plain run) under the
 * author 通报表助手, so the user can see who wrote it; a note that replaces the user's keeps the
 * user's author and every attribute, only its text changes, so clearing gives back the comment as
 * it was. Comments are kept in Excel's order, by row then column.
 */

export const NOTE_AUTHOR = '通报表助手';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const EMPTY_PART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<comments xmlns="${MAIN}"><authors></authors><commentList></commentList></comments>`;

interface Comment {
  /** 0-based position; Infinity for a ref that is not a plain A1 address (such comments keep their place at the end). */
  row: number;
  col: number;
  /** The whole <comment> element. */
  xml: string;
  authorId: number;
}

/** An element `name` (prefixed as the part is) inside xml[from, to): [start of its tag, end of its start tag, start of its end tag, end]. */
function element(xml: string, name: string, from: number, to: number): [number, number, number, number] | null {
  for (const [at, gt] of tags(xml, name, from, to)) {
    const start = at - name.length - 1;
    if (xml.charCodeAt(gt - 1) === 0x2f) return [start, gt + 1, gt + 1, gt + 1];
    const close = xml.indexOf(`</${name}>`, gt);
    if (close === -1 || close > to) throw new Unsupported(`unterminated <${name}>`);
    return [start, gt + 1, close, close + name.length + 3];
  }
  return null;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Whether two fonts set the same properties to the same values. */
function sameFont(a: RunFont | undefined, b: RunFont | undefined): boolean {
  const key = (f: RunFont | undefined) => JSON.stringify(Object.entries(f ?? {}).sort(([x], [y]) => (x < y ? -1 : 1)));
  return key(a) === key(b);
}

function sameNote(a: NoteLook | null, b: NoteLook | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.text !== b.text || (a.runs === undefined) !== (b.runs === undefined)) return false;
  const ar = a.runs ?? [];
  const br = b.runs ?? [];
  return ar.length === br.length && ar.every((r, i) => r.text === br[i]?.text && sameFont(r.font, br[i]?.font));
}

/**
 * A note as exceljs hands it to readLook: one run without a font is plain text (none when empty);
 * anything else is the runs and their joined text.
 */
export function noteFromRuns(runs: TextRun[]): NoteLook | null {
  const only = runs.length === 1 ? runs[0] : undefined;
  if (only && only.font === undefined) return only.text === '' ? null : { text: only.text };
  return { text: runs.map((r) => r.text).join(''), runs };
}

/**
 * The note in the inside of a comment's <text>, as exceljs reads it, except where exceljs would lose
 * the user's text: a run without <t> is an empty run (exceljs drops the whole note), and a plain <t>
 * without runs, as some generators write it, is the note's text (exceljs reads no text at all).
 */
export function noteFromText(xml: string): NoteLook | null {
  const item = readStringItem(xml);
  if (item.runs === null) return noteFromRuns(item.text === undefined ? [] : [{ text: item.text }]);
  return noteFromRuns(ooxmlRuns(item.runs.map((r) => (r.text === undefined ? { ...r, text: '' } : r))) ?? []);
}

/** The content of <text> for a note: its runs, or its text as one run without a font, as exceljs writes it. */
function noteXml(note: NoteLook): string {
  return runsToXml(note.runs ?? [{ text: note.text }]);
}

interface Author {
  name: string;
  /** Where its element is in the authors' inner XML. */
  start: number;
  end: number;
}

/** An element's start tag as written back: a self-closing one opened, so that children can follow. */
function openTag(xml: string, at: [number, number, number, number], name: string): string {
  return at[1] === at[3] ? `<${name}>` : xml.slice(at[0], at[1]);
}

export class SheetNotes {
  changed = false;
  private readonly prefix: string;
  private readonly comments = new Map<string, Comment>();
  /** Comments whose ref is not a plain A1 address: kept as they are, after the others. */
  private readonly others: Comment[] = [];
  private readonly authors: Author[] = [];
  private readonly ourAuthor: number;
  /** xml = head + authorsOpen + authorsInner + </authors> + middle + listOpen + listLead + comments + </commentList> + tail. */
  private readonly head: string;
  private readonly authorsOpen: string;
  private readonly authorsInner: string;
  private readonly middle: string;
  private readonly listOpen: string;
  private listLead = '';
  private readonly tail: string;

  private constructor(
    private readonly source: string | null,
    private readonly vml: VmlNotes,
  ) {
    const xml = source ?? EMPTY_PART;
    const root = rootOf(xml);
    this.prefix = root.prefix;
    const close = xml.lastIndexOf(`</${this.name('comments')}>`);
    if (close === -1) throw new Unsupported('comments part without its end tag');
    const list = element(xml, this.name('commentList'), root.end, close) ?? [close, close, close, close];
    const authors = element(xml, this.name('authors'), root.end, list[0]) ?? [list[0], list[0], list[0], list[0]];
    this.head = xml.slice(0, authors[0]);
    this.authorsOpen = openTag(xml, authors, this.name('authors'));
    this.authorsInner = xml.slice(authors[1], authors[2]);
    this.middle = xml.slice(authors[3], list[0]);
    this.listOpen = openTag(xml, list, this.name('commentList'));
    this.tail = xml.slice(list[3]);
    this.readAuthors();
    this.readComments(xml.slice(list[1], list[2]));
    const known = this.authors.findIndex((a) => a.name === NOTE_AUTHOR);
    this.ourAuthor = known === -1 ? this.authors.length : known;
  }

  /**
   * The notes of a sheet from its comments part and VML drawing (either may be absent). `block`
   * numbers the shapes of a drawing made new (Excel gives each sheet's drawing its own block);
   * `taken` lists the blocks other drawings of the workbook number their shapes in, never used here.
   */
  static read(commentsXml: string | null, vmlXml: string | null, block = 1, taken: ReadonlySet<number> = new Set()): SheetNotes {
    return new SheetNotes(commentsXml, new VmlNotes(vmlXml, block, taken));
  }

  private name(local: string): string {
    return this.prefix + local;
  }

  private readAuthors(): void {
    const inner = this.authorsInner;
    const name = this.name('author');
    let from = 0;
    for (let at = element(inner, name, from, inner.length); at; at = element(inner, name, from, inner.length)) {
      this.authors.push({ name: textOf(inner.slice(at[1], at[2])), start: at[0], end: at[3] });
      from = at[3];
    }
  }

  /** Each comment keeps the text that follows it up to the next one, so an untouched list is written back as it was. */
  private readComments(inner: string): void {
    const name = this.name('comment');
    let at = element(inner, name, 0, inner.length);
    this.listLead = inner.slice(0, at ? at[0] : inner.length);
    while (at) {
      const next = element(inner, name, at[3], inner.length);
      const xml = inner.slice(at[0], next ? next[0] : inner.length);
      this.addRead(xml);
      at = next;
    }
  }

  private addRead(xml: string): void {
    const gt = tagEnd(xml, 0);
    const from = this.name('comment').length + 1;
    const ref = attrValue(xml, from, gt, 'ref') ?? '';
    const authorId = Number(attrValue(xml, from, gt, 'authorId') ?? '0');
    const pos = scanA1(ref);
    if (pos === null) {
      this.others.push({ row: Infinity, col: Infinity, xml, authorId });
      return;
    }
    // Two comments on one cell: the last wins, as exceljs reads them; the earlier one is left out when the part is written.
    this.comments.set(ref, { ...pos, xml, authorId });
  }

  /**
   * The cell's note, as readLook gives it through exceljs; null when the cell has none. Where exceljs
   * loses a note the user can see in Excel, it is read all the same: on a cell the sheet data does
   * not list (exceljs attaches notes only to listed cells), or written as a plain <t> (see noteFromText).
   */
  get(ref: string): NoteLook | null {
    const comment = this.comments.get(plainRef(ref));
    return comment ? this.noteOf(comment.xml) : null;
  }

  private noteOf(xml: string): NoteLook | null {
    const text = element(xml, this.name('text'), 0, xml.length);
    if (!text) return null;
    let inner = xml.slice(text[1], text[2]);
    if (this.prefix) inner = inner.replace(new RegExp(`<(/?)${this.prefix}`, 'g'), '<$1');
    return noteFromText(inner);
  }

  /** Gives the cell this note, replacing or removing the one it has (null: no note). */
  set(ref: string, note: NoteLook | null): void {
    const key = plainRef(ref);
    const pos = scanA1(key);
    if (pos === null) throw new Error(`not a cell address: ${ref}`);
    const current = this.comments.get(key);
    if (sameNote(current ? this.noteOf(current.xml) : null, note)) return;
    this.changed = true;
    if (note === null) {
      this.comments.delete(key);
      this.vml.drop(pos.row, pos.col);
      return;
    }
    this.comments.set(key, current ? { ...current, xml: this.withText(current.xml, note) } : this.added(key, pos.row, pos.col, note));
    this.vml.keep(pos.row, pos.col);
  }

  private withText(xml: string, note: NoteLook): string {
    const text = this.textElement(note);
    const found = element(xml, this.name('text'), 0, xml.length);
    if (found) return xml.slice(0, found[0]) + text + xml.slice(found[3]);
    const gt = tagEnd(xml, 0);
    const close = `</${this.name('comment')}>`;
    if (xml.charCodeAt(gt - 1) === 0x2f) return `${xml.slice(0, gt - 1).trimEnd()}>${text}${close}${xml.slice(gt + 1)}`;
    return xml.slice(0, gt + 1) + text + xml.slice(gt + 1);
  }

  /** <text> with the note's runs; under a prefix the runs take the main namespace as default. */
  private textElement(note: NoteLook): string {
    const open = this.prefix ? `<${this.name('text')} xmlns="${MAIN}">` : '<text>';
    return `${open}${noteXml(note)}</${this.name('text')}>`;
  }

  private added(ref: string, row: number, col: number, note: NoteLook): Comment {
    const xml = `<${this.name('comment')} ref="${ref}" authorId="${this.ourAuthor}">${this.textElement(note)}</${this.name('comment')}>`;
    return { row, col, xml, authorId: this.ourAuthor };
  }

  /** The comments part; null when no note is left (the part and its relationship go). */
  commentsXml(): string | null {
    if (!this.changed) return this.source;
    const list = [...this.comments.values()].sort((a, b) => a.row - b.row || a.col - b.col);
    list.push(...this.others);
    if (list.length === 0) return null;
    const a = this.name('authors');
    const l = this.name('commentList');
    const authors = `${this.authorsOpen}${this.authorsXml(list)}</${a}>`;
    return `${this.head}${authors}${this.middle}${this.listOpen}${this.listLead}${list.map((c) => c.xml).join('')}</${l}>${this.tail}`;
  }

  /** The authors: ours added when a comment needs it, and taken out again when it is the last and no comment needs it any more. */
  private authorsXml(list: readonly Comment[]): string {
    const used = list.some((c) => c.authorId === this.ourAuthor);
    const ours = this.authors[this.ourAuthor];
    if (!ours) return used ? `${this.authorsInner}<${this.name('author')}>${escapeXml(NOTE_AUTHOR)}</${this.name('author')}>` : this.authorsInner;
    if (used || this.ourAuthor !== this.authors.length - 1) return this.authorsInner;
    return this.authorsInner.slice(0, ours.start) + this.authorsInner.slice(ours.end);
  }

  /** The VML drawing; shapes other than notes' kept byte for byte; null when nothing is left in it. */
  vmlXml(): string | null {
    return this.vml.toXml();
  }
}

/** A cell address as exceljs keys comments: upper case, no $ signs. */
function plainRef(ref: string): string {
  return ref.replace(/\$/g, '').toUpperCase();
}

function rootOf(xml: string): { prefix: string; end: number } {
  let at = xml.indexOf('<');
  if (xml.startsWith('<?xml', at)) at = xml.indexOf('<', xml.indexOf('?>', at) + 2);
  if (at === -1 || xml.startsWith('<!', at) || xml.startsWith('<?', at)) throw new Unsupported('comments part with a comment, DTD or processing instruction');
  const name = tagName(xml, at + 1);
  const colon = name.indexOf(':');
  if (name.slice(colon + 1) !== 'comments') throw new Unsupported('root element is not <comments>');
  const end = tagEnd(xml, at);
  if (xml.indexOf('<!', end) !== -1) throw new Unsupported('comment or CDATA in the comments part');
  return { prefix: colon === -1 ? '' : name.slice(0, colon + 1), end: end + 1 };
}
