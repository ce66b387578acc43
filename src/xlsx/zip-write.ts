/** A zip of stored (uncompressed) entries: what a reader is handed after a package was respelled. */

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

export function crc32(data: Uint8Array): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = (t[(c ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class Writer {
  private readonly chunks: Uint8Array[] = [];
  length = 0;

  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }

  fields(values: [number, 2 | 4][]): void {
    const b = new Uint8Array(values.reduce((n, [, size]) => n + size, 0));
    const view = new DataView(b.buffer);
    let at = 0;
    for (const [v, size] of values) {
      if (size === 2) view.setUint16(at, v, true);
      else view.setUint32(at, v, true);
      at += size;
    }
    this.bytes(b);
  }

  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** Entries in the order given, stored, with UTF-8 names. */
export function storeZip(entries: readonly [string, Uint8Array][]): Uint8Array {
  const w = new Writer();
  const central = new Writer();
  const encoder = new TextEncoder();
  for (const [name, data] of entries) {
    const nameBytes = encoder.encode(name);
    const crc = crc32(data);
    const offset = w.length;
    // Version 20, UTF-8 names (bit 11), stored, no time.
    w.fields([[0x04034b50, 4], [20, 2], [0x0800, 2], [0, 2], [0, 2], [0x21, 2], [crc, 4], [data.length, 4], [data.length, 4], [nameBytes.length, 2], [0, 2]]);
    w.bytes(nameBytes);
    w.bytes(data);
    central.fields([
      [0x02014b50, 4], [20, 2], [20, 2], [0x0800, 2], [0, 2], [0, 2], [0x21, 2], [crc, 4], [data.length, 4], [data.length, 4],
      [nameBytes.length, 2], [0, 2], [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4],
    ]);
    central.bytes(nameBytes);
  }
  const start = w.length;
  for (const c of [central.concat()]) w.bytes(c);
  w.fields([[0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2], [central.length, 4], [start, 4], [0, 2]]);
  return w.concat();
}
