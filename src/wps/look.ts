import { toA1 } from '../core/address';
import type { LookColor, LookFill, LookRecord } from '../core/look';
import { LOOK_VERSION } from '../core/look';
import { chunkAddresses } from '../office/areas';
import { bgrFromHex, hexFromBgr } from './colors';
import { ADDRESS_LIMIT } from './geometry';
import type { EtFont, EtInterior, EtRange, EtWorksheet } from './om';
import { XL } from './om';
import type { CellPos, Rect } from './ranges';
import { rectAddress, rectangles } from './ranges';

/**
 * The part of a cell's look a mark changes, as WPS writes it: each property set only where given.
 * Colours are the core's LookColor; fills are none or one colour.
 */
export interface CellLook {
  fill?: { kind: 'none' } | { kind: 'color'; color: LookColor };
  fontColor?: LookColor;
  bold?: boolean;
}

/** The look of a range when every cell shares it; null when they differ. */
function uniformLook(range: EtRange): Required<CellLook> | null {
  const interior = range.Interior;
  const pattern = interior.Pattern;
  if (pattern === null) return null;
  const color = pattern === XL.none ? null : interior.Color;
  if (pattern !== XL.none && color === null) return null;
  const font = range.Font;
  const automatic = font.ColorIndex;
  if (automatic === null) return null;
  const fontColor = automatic === XL.automatic ? null : font.Color;
  if (automatic !== XL.automatic && fontColor === null) return null;
  const bold = font.Bold;
  if (bold === null) return null;
  return {
    fill: color === null ? { kind: 'none' } : { kind: 'color', color: { kind: 'rgb', rgb: hexFromBgr(color).slice(1) } },
    fontColor: fontColor === null ? { kind: 'auto' } : { kind: 'rgb', rgb: hexFromBgr(fontColor).slice(1) },
    bold,
  };
}

function cellsOf(rects: readonly Rect[]): string[] {
  const out: string[] = [];
  for (const r of rects) for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(toA1(row, col));
  return out;
}

/** Two halves of a list of rectangles; a single rectangle is cut along its longer side. */
function halves(rects: readonly Rect[]): [Rect[], Rect[]] {
  if (rects.length > 1) {
    const mid = Math.ceil(rects.length / 2);
    return [rects.slice(0, mid), rects.slice(mid)];
  }
  const r = rects[0];
  if (!r) return [[], []];
  if (r.bottom > r.top) {
    const mid = Math.floor((r.top + r.bottom) / 2);
    return [[{ ...r, bottom: mid }], [{ ...r, top: mid + 1 }]];
  }
  const mid = Math.floor((r.left + r.right) / 2);
  return [[{ ...r, right: mid }], [{ ...r, left: mid + 1 }]];
}

const PLAIN: Required<CellLook> = { fill: { kind: 'none' }, fontColor: { kind: 'auto' }, bold: false };

/**
 * The looks of many cells in few calls: a union range whose cells all look alike answers for all of
 * them at once; only a range whose cells differ is split in two and asked again.
 */
export function readLooks(ws: EtWorksheet, cells: readonly CellPos[]): Map<string, Required<CellLook>> {
  const out = new Map<string, Required<CellLook>>();
  const probe = (rects: Rect[]): void => {
    if (rects.length === 0) return;
    const addresses = chunkAddresses(rects.map(rectAddress), ADDRESS_LIMIT - 1);
    const single = rects.length === 1 && rects[0]?.top === rects[0]?.bottom && rects[0]?.left === rects[0]?.right;
    const look = addresses.length === 1 ? uniformLook(ws.Range(addresses[0] ?? '')) : null;
    if (look || (single && addresses.length === 1)) {
      // One cell always has one look; a property WPS cannot say for it is taken as plain.
      for (const cell of cellsOf(rects)) out.set(cell, look ?? PLAIN);
      return;
    }
    const [a, b] = halves(rects);
    probe(a);
    probe(b);
  };
  probe(rectangles(cells));
  return out;
}

/** A look record of what WPS read: the fill, font colour and weight, and the note; WPS writes no input prompts. */
export function lookRecord(look: Required<CellLook>, note: string | null): LookRecord {
  const fill: LookFill = look.fill.kind === 'none' ? { kind: 'none' } : { kind: 'pattern', pattern: 'solid', fg: look.fill.color };
  return { v: LOOK_VERSION, fill, fontColor: look.fontColor, bold: look.bold, note: note === null ? null : { text: note }, prompt: 'unchanged' };
}

/** The first colour of a fill other than none: a pattern's foreground, a gradient's first stop. */
function fillColor(fill: LookFill): LookColor | null {
  if (fill.kind === 'pattern') return fill.fg ?? fill.bg ?? null;
  if (fill.kind === 'gradient') return fill.stops[0]?.color ?? null;
  return null;
}

/**
 * A recorded look as WPS can write it. WPS has one fill colour per cell: a pattern comes back as its
 * colour, solid, as the Excel add-in also does; an indexed colour has no fixed value and is left.
 */
export function writableLook(look: LookRecord): CellLook {
  const out: CellLook = {};
  if (look.fill !== 'unchanged') {
    const color = fillColor(look.fill);
    if (look.fill.kind === 'none' || (look.fill.kind === 'pattern' && look.fill.pattern === 'none')) out.fill = { kind: 'none' };
    else if (color && color.kind !== 'indexed') out.fill = { kind: 'color', color };
  }
  if (look.fontColor !== 'unchanged' && look.fontColor.kind !== 'indexed') out.fontColor = look.fontColor;
  // null is a font with no weight set: regular.
  if (look.bold !== 'unchanged') out.bold = look.bold === true;
  return out;
}

/** SpreadsheetML's theme index (lt1 first) as WPS's XlThemeColor (Dark1 first, 1-based). */
const THEME_COLOR = [2, 1, 4, 3, 5, 6, 7, 8, 9, 10, 11, 12];

function setColor(target: EtInterior | EtFont, color: LookColor): void {
  if (color.kind === 'rgb') target.Color = bgrFromHex(color.rgb);
  else if (color.kind === 'theme') {
    target.ThemeColor = THEME_COLOR[color.theme] ?? color.theme + 1;
    target.TintAndShade = color.tint ?? 0;
  } else if (color.kind === 'auto' && 'ColorIndex' in target) target.ColorIndex = XL.automatic;
}

function writeLook(range: EtRange, look: CellLook): void {
  if (look.fill?.kind === 'none') range.Interior.Pattern = XL.none;
  else if (look.fill?.kind === 'color') setColor(range.Interior, look.fill.color);
  if (look.fontColor === undefined && look.bold === undefined) return;
  const font = range.Font;
  if (look.fontColor) setColor(font, look.fontColor);
  if (look.bold !== undefined) font.Bold = look.bold;
}

/** Paints cells grouped by look: one union range per group (more past 255 characters), a few writes each. */
export function paintLooks(ws: EtWorksheet, cells: readonly { pos: CellPos; look: CellLook }[]): void {
  const groups = new Map<string, { look: CellLook; cells: CellPos[] }>();
  for (const { pos, look } of cells) {
    const k = JSON.stringify(look);
    const group = groups.get(k);
    if (group) group.cells.push(pos);
    else groups.set(k, { look, cells: [pos] });
  }
  for (const { look, cells: group } of groups.values()) {
    if (look.fill === undefined && look.fontColor === undefined && look.bold === undefined) continue;
    for (const address of chunkAddresses(rectangles(group).map(rectAddress), ADDRESS_LIMIT - 1)) writeLook(ws.Range(address), look);
  }
}
