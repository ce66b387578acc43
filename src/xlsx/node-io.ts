// The only file in src/xlsx that touches the file system: everything else here also runs in the browser.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { InputError } from './errors';
import type { DeflateRawAsync, InflateRawAsync } from './inflate';
import type { InflateRaw } from './zip';

/** zlib's inflate, stopped by maxOutputLength (ERR_BUFFER_TOO_LARGE) before it passes the limit. */
export const zlibInflateRaw: InflateRaw = (data, limit) =>
  zlib.inflateRawSync(data, limit === undefined ? {} : { maxOutputLength: Math.max(1, Math.min(limit, 2 ** 31 - 1)) });

export const zlibInflateRawAsync: InflateRawAsync = async (data, limit) => zlibInflateRaw(data, limit);

/** zlib's deflate on its thread pool, at its default level (what Excel's own packages come close to). */
export const zlibDeflateRaw: DeflateRawAsync = (data) =>
  new Promise((resolve, reject) => {
    zlib.deflateRaw(data, (e, out) => (e ? reject(e) : resolve(new Uint8Array(out.buffer, out.byteOffset, out.length))));
  });

/** The file's bytes, or an InputError that says plainly why they cannot be had. */
export async function readInput(file: string): Promise<Uint8Array> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', file);
  }
  if (!stat.isFile()) throw new InputError('not-a-file', file);
  try {
    return new Uint8Array(await fs.promises.readFile(file));
  } catch {
    throw new InputError('unreadable', file);
  }
}

/** Where a path really leads, symlinks resolved, even when the file itself does not exist yet. */
function resolveReal(file: string): string {
  const abs = path.resolve(file);
  try {
    return fs.realpathSync(abs);
  } catch {
    const dir = path.dirname(abs);
    if (dir === abs) return abs;
    return path.join(resolveReal(dir), path.basename(abs));
  }
}

/** True when both paths name the same file: same real path, or the same inode (hard links). */
export function sameFile(a: string, b: string): boolean {
  if (resolveReal(a) === resolveReal(b)) return true;
  try {
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes through a temporary file in the target's folder and renames it into place, so a failure
 * part-way leaves either the old file or nothing, never half a workbook.
 */
export async function writeAtomic(file: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.promises.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.promises.writeFile(tmp, bytes, { flag: 'wx' });
    await fs.promises.rename(tmp, file);
  } catch (e) {
    await fs.promises.rm(tmp, { force: true });
    throw e;
  }
}
