import { InputError } from './errors';
import { inflateEntry, type InflateRawAsync } from './inflate';
import { MAX_MODEL_BYTES } from './limits';
import { clipMergesInXml, MergesTooLarge } from './merge-clip';
import { canonicalName, relsMatchingParts, withCellRefs, withoutPrefix, withShortSheetNames } from './normalize';
import { Damaged, noInflate, TooLarge, Unsupported, ZipReader } from './zip';
import { storeZip } from './zip-write';

/**
 * Every part of a package inflated once, within the size limit, before exceljs is given the file:
 * exceljs inflates and expands without bounds, so what reaches it must already be bounded. Valid
 * workbooks it would misread (part names in another case, prefixed SpreadsheetML, cells without
 * references, merges reaching far past the data, a central directory of the wrong size) are handed
 * over respelled; everything else is handed over as it came.
 */

/** The zip's directory; a package no reader takes one way only is damaged, one it cannot list is left to exceljs. */
export function listPackage(bytes: Uint8Array, file: string): ZipReader | null {
  try {
    return new ZipReader(bytes, noInflate);
  } catch (e) {
    if (e instanceof Damaged) throw new InputError('corrupt', file);
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

/** A zip without a workbook part (an empty zip, a Word document renamed) is no Excel workbook. */
export function assertWorkbookPart(zip: ZipReader, file: string): void {
  if (zip.find('xl/workbook.xml') === null) throw new InputError('not-xlsx', file);
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/** SpreadsheetML parts whose text may need respelling: the workbook, worksheets, styles, shared strings. */
function isSheetMl(name: string): boolean {
  return /^xl\/[^/]+\.xml$/.test(name) || /^xl\/worksheets\/[^/]+\.xml$/.test(name);
}

function isWorksheet(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/.test(name);
}

/** The part's text respelled for exceljs; null when it reads it as it is. */
function respelled(name: string, data: Uint8Array): string | null {
  const xml = utf8.decode(data);
  let text = withoutPrefix(xml);
  let changed = text !== null;
  text ??= xml;
  if (name === 'xl/workbook.xml') {
    const short = withShortSheetNames(text);
    if (short !== null) [text, changed] = [short, true];
  }
  if (isWorksheet(name)) {
    const refs = withCellRefs(text);
    if (refs !== null) [text, changed] = [refs, true];
    const clipped = clipMergesInXml(text);
    if (clipped !== null) [text, changed] = [clipped, true];
  }
  return changed ? text : null;
}

async function inflated(zip: ZipReader, name: string, inflate: InflateRawAsync, budget: number, file: string): Promise<Uint8Array> {
  try {
    return await inflateEntry(zip, name, inflate, budget);
  } catch (e) {
    if (e instanceof TooLarge) throw new InputError('too-large', file, MAX_MODEL_BYTES);
    if (e instanceof Damaged) throw new InputError('corrupt', file);
    throw e;
  }
}

/**
 * The bytes to give exceljs for this file: the file itself when it reads it as it is, else the same
 * parts respelled in a new zip. Throws InputError for a package too large, damaged or no workbook.
 */
export async function boundedPackage(bytes: Uint8Array, file: string, inflate: InflateRawAsync): Promise<Uint8Array> {
  const zip = listPackage(bytes, file);
  if (!zip) return bytes;
  assertWorkbookPart(zip, file);
  let budget = MAX_MODEL_BYTES;
  // A zip64 archive is handed over as a plain zip of the parts just bounded, so exceljs's own zip
  // reader, which may find its directory another way, never sees the original.
  let changed = zip.irregular || zip.zip64;
  const parts: [string, Uint8Array][] = [];
  for (const name of zip.names()) {
    if (name.endsWith('/')) continue;
    let data: Uint8Array;
    try {
      data = await inflated(zip, name, inflate, budget, file);
    } catch (e) {
      // A method or layout this reader does not know: exceljs says whether it can read the file.
      if (e instanceof Unsupported) return bytes;
      throw e;
    }
    budget -= data.length;
    const canonical = canonicalName(name);
    if (canonical !== name) changed = true;
    if (isSheetMl(canonical)) {
      try {
        const text = respelled(canonical, data);
        if (text !== null) [data, changed] = [encoder.encode(text), true];
      } catch (e) {
        if (e instanceof MergesTooLarge) throw new InputError('merges-too-large', file);
        throw e;
      }
    }
    parts.push([canonical, data]);
  }
  const byFolded = new Map(parts.map(([name]) => [name.toLowerCase(), name]));
  for (const part of parts) {
    if (!part[0].endsWith('.rels')) continue;
    const text = relsMatchingParts(part[0], utf8.decode(part[1]), (folded) => byFolded.get(folded));
    if (text !== null) [part[1], changed] = [encoder.encode(text), true];
  }
  return changed ? storeZip(parts) : bytes;
}
