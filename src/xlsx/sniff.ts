/** What a file's first bytes say it is, before any parser is trusted with it. */
export type FileKind = 'empty' | 'zip' | 'truncated-zip' | 'xls' | 'encrypted' | 'markup' | 'text' | 'unknown';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** UTF-16LE text, as OLE2 directory entries store stream names. */
function utf16(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.charCodeAt(0), 0);
  return out;
}

function contains(bytes: Uint8Array, needle: number[], from = 0): boolean {
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first ?? 0, from); i !== -1 && i <= last; i = bytes.indexOf(first ?? 0, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const ENCRYPTION_INFO = utf16('EncryptionInfo');
const ENCRYPTED_PACKAGE = utf16('EncryptedPackage');

/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KB comment. */
function hasZipEnd(bytes: Uint8Array): boolean {
  return contains(bytes, ZIP_END, Math.max(0, bytes.length - 22 - 0xffff));
}

function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control / n < 0.02;
}

/** Web pages and XML spreadsheets that other systems export under an Excel name. */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c;
}

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE2)) {
    // Excel saves a password-protected .xlsx inside an OLE2 container with these two streams.
    if (contains(bytes, ENCRYPTION_INFO) || contains(bytes, ENCRYPTED_PACKAGE)) return 'encrypted';
    return 'xls';
  }
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return hasZipEnd(bytes) ? 'zip' : 'truncated-zip';
  if (looksLikeText(bytes)) return looksLikeMarkup(bytes) ? 'markup' : 'text';
  return 'unknown';
}

/** Workbook parts exceljs does not carry over into a copy it writes, by the folder names a zip lists. */
const UNKEPT_PARTS: [string, string][] = [
  ['xl/charts/', '图表'],
  ['xl/pivotTables/', '数据透视表'],
  ['xl/slicers/', '切片器'],
  ['xl/vbaProject.bin', '宏'],
  ['xl/ctrlProps/', '表单控件'],
  ['xl/activeX/', 'ActiveX 控件'],
];

function ascii(text: string): number[] {
  return [...text].map((ch) => ch.charCodeAt(0));
}

/**
 * What a copy of this workbook written by exceljs would lack (charts, pivot tables, macros…), so the
 * user can be told before relying on the copy. The original file is never touched either way.
 */
export function unkeptParts(bytes: Uint8Array): string[] {
  const found: string[] = [];
  for (const [part, label] of UNKEPT_PARTS) if (contains(bytes, ascii(part))) found.push(label);
  return found;
}
