import type { PartTexts } from '../fast-read';
import { inflateEntry, type InflateRawAsync } from '../inflate';
import { noInflate, Unsupported, ZipReader } from '../zip';
import type { Packed } from './zip-out';

/**
 * A package being edited: its zip as it came, the text of every XML part (inflated once, within the
 * budget), and the parts changed, added or removed since. Writing the copy takes the changes and
 * copies every other entry as stored.
 */

/** Parts read as text: XML, relationships and VML. Pictures, binaries and the like stay as stored. */
function isText(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decode(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) throw new Unsupported('byte-order mark');
  try {
    return utf8.decode(data);
  } catch {
    throw new Unsupported('invalid UTF-8');
  }
}

export class PackageParts implements PartTexts {
  private readonly texts = new Map<string, string>();
  private readonly folded = new Map<string, string>();
  /** Parts written since opening (text), or removed (null). */
  private readonly edits = new Map<string, string | Packed | null>();

  /** Counts the edits, so what was read from the parts can be kept until they change. */
  version = 0;

  private constructor(readonly zip: ZipReader) {}

  /** Throws Unsupported for a package this editor cannot be certain of, TooLarge past the budget. */
  static async open(bytes: Uint8Array, inflate: InflateRawAsync, budget: number): Promise<PackageParts> {
    const zip = new ZipReader(bytes, noInflate);
    if (zip.irregular) throw new Unsupported('central directory size');
    const parts = new PackageParts(zip);
    let left = budget;
    for (const name of zip.names()) {
      if (name.endsWith('/')) continue;
      parts.folded.set(name.toLowerCase(), name);
      if (!isText(name)) continue;
      const data = await inflateEntry(zip, name, inflate, left);
      left -= data.length;
      parts.texts.set(name, decode(data));
    }
    return parts;
  }

  has(name: string): boolean {
    return this.edits.has(name) ? this.edits.get(name) !== null : this.texts.has(name) || this.zip.has(name);
  }

  find(name: string): string | null {
    if (this.has(name)) return name;
    const found = this.folded.get(name.toLowerCase());
    return found !== undefined && this.has(found) ? found : null;
  }

  text(name: string): string {
    const edited = this.edits.get(name);
    if (typeof edited === 'string') return edited;
    if (edited) throw new Error(`part ${name} is kept deflated: unpack it first`);
    const text = edited === null ? undefined : this.texts.get(name);
    if (text === undefined) throw new Unsupported(`missing part ${name}`);
    return text;
  }

  /** The part's text, or null when the package has no such part. */
  textOrNull(name: string): string | null {
    return this.has(name) ? this.text(name) : null;
  }

  set(name: string, text: string): void {
    if (this.edits.get(name) === text || (!this.edits.has(name) && this.texts.get(name) === text)) return;
    this.edits.set(name, text);
    this.folded.set(name.toLowerCase(), name);
    this.version++;
  }

  /** A part written already deflated, for text that is large and seldom read again (generated sheets). */
  setPacked(name: string, packed: Packed): void {
    this.edits.set(name, packed);
    this.folded.set(name.toLowerCase(), name);
    this.version++;
  }

  isPacked(name: string): boolean {
    const edited = this.edits.get(name);
    return edited !== undefined && edited !== null && typeof edited !== 'string';
  }

  /** Makes a part kept deflated readable as text again. */
  async unpack(name: string, inflate: InflateRawAsync): Promise<void> {
    const edited = this.edits.get(name);
    if (!edited || typeof edited === 'string') return;
    const text = decode(await inflate(edited.deflated, edited.size));
    // Not an edit of its own: the version stays, so what was read from the parts still holds.
    this.edits.set(name, text);
  }

  remove(name: string): void {
    if (!this.has(name)) return;
    this.edits.set(name, null);
    this.version++;
  }

  /** Every part's name as the package has it now: those kept, changed or added, without those removed. */
  names(): string[] {
    const out = this.zip.names().filter((n) => !n.endsWith('/') && this.has(n));
    for (const [name, text] of this.edits) if (text !== null && !this.zip.has(name)) out.push(name);
    return out;
  }

  /** A part name not yet in the package, numbered after the highest: `xl/worksheets/sheet` + n + `.xml`. */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.folded.has(name.toLowerCase()) && !this.edits.has(name)) return name;
    }
  }

  /** Every change, as writePackage takes them. */
  changes(): Map<string, string | Packed | null> {
    const out = new Map<string, string | Packed | null>();
    for (const [name, text] of this.edits) {
      // A part added and then removed again was never in the zip: there is nothing to leave out.
      if (text === null && !this.zip.has(name)) continue;
      out.set(name, text);
    }
    return out;
  }
}

