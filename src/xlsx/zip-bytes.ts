/** The zip format's little-endian fields and record signatures, shared by the zip reader and the package writer. */

export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL = 0x06054b50;
/** The id of the zip64 extended-information extra field. */
export const ZIP64_EXTRA = 0x0001;

/** A 16-bit field at `i`; bytes past the end read as 0. */
export function u16(b: Uint8Array, i: number): number {
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

/** A 32-bit field at `i`, unsigned; bytes past the end read as 0. */
export function u32(b: Uint8Array, i: number): number {
  return ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16)) + (b[i + 3] ?? 0) * 0x1000000;
}

/** A 64-bit field as a number: exact up to 2^53, and anything larger is past the end of any file anyway. */
export function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}
