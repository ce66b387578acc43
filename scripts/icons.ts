/**
 * Draws the add-in's icons (assets/icon-16.png … icon-128.png): a report sheet with a check mark on
 * a green tile. Pure Node: shapes are rasterised with 4×4 supersampling and written as PNG with zlib.
 *
 *   npx tsx scripts/icons.ts
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type RGBA = [number, number, number, number];

const TILE: RGBA = [0x1e, 0x7a, 0x4c, 255];
const PAPER: RGBA = [255, 255, 255, 255];
const RULE: RGBA = [0xb8, 0xc7, 0xbf, 255];
const HEADER: RGBA = [0xd7, 0xe9, 0xdf, 255];
const CHECK: RGBA = [0xe8, 0x6a, 0x10, 255];

/** Distance from a point to a segment. */
function segmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.max(x0 + r, Math.min(x1 - r, x));
  const cy = Math.max(y0 + r, Math.min(y1 - r, y));
  return Math.hypot(x - cx, y - cy) <= r;
}

/** The colour at a point of the unit square (0–1), topmost shape first. */
function colourAt(x: number, y: number, size: number): RGBA | null {
  const small = size <= 16;
  // Check mark, drawn over the lower right of the sheet.
  const w = small ? 0.11 : 0.085;
  if (segmentDistance(x, y, 0.44, 0.64, 0.56, 0.77) <= w || segmentDistance(x, y, 0.56, 0.77, 0.86, 0.4) <= w) return CHECK;
  // The sheet: a white page with a header band and ruled lines.
  const [px0, py0, px1, py1] = small ? [0.16, 0.12, 0.78, 0.88] : [0.2, 0.14, 0.74, 0.86];
  if (insideRoundedRect(x, y, px0, py0, px1, py1, 0.04)) {
    const header = py0 + (py1 - py0) * 0.2;
    if (y < header) return HEADER;
    if (!small) {
      const rows = 5;
      const step = (py1 - header) / rows;
      const offset = (y - header) % step;
      if (offset < 0.018 && y > header + 0.01) return RULE;
      if (Math.abs(x - (px0 + (px1 - px0) * 0.28)) < 0.009) return RULE;
    }
    return PAPER;
  }
  if (insideRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) return TILE;
  return null;
}

/** RGBA pixels, anti-aliased by averaging a 4×4 grid of samples per pixel. */
export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const n = 4;
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((i + (sx + 0.5) / n) / size, (j + (sy + 0.5) / n) / size, size);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round(a / (n * n));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, k) => {
  let c = k;
  for (let i = 0; i < 8; i++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const body = Buffer.concat([head.subarray(4), Buffer.from(data)]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body), 0);
  return Buffer.concat([head.subarray(0, 4), body, crc]);
}

/** A truecolour-with-alpha PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())]);
}

function main(): void {
  const dir = path.join(__dirname, '..', 'assets');
  fs.mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, drawIcon(size)));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

if (require.main === module) main();
