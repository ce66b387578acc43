/**
 * The record of a marked cell's original look, kept in the ledger so that any host clears a mark
 * made by any other host exactly. It holds only what a mark can change: the fill, the font's colour
 * and weight, and where the mark's message went (the cell's note, or its input prompt where a host
 * cannot write notes). Every property may also be `unchanged`: the mark never touched it, so
 * clearing leaves it as it is.
 *
 * The record is stored as JSON text (MarkRecord.original) with a version field; `parseLook` is the
 * only reader, and it also reads the records of the first ledger format, written by both hosts.
 */

export const LOOK_VERSION = 2;

/**
 * A colour as a workbook keeps it. `auto` is the automatic colour (the default text colour); a
 * theme colour keeps its index and tint, so it follows the workbook's theme as it did before.
 */
export type LookColor =
  | { kind: 'auto' }
  /** `rgb` is "RRGGBB", upper case; `alpha` the ARGB alpha byte where the file had one other than FF. */
  | { kind: 'rgb'; rgb: string; alpha?: string }
  | { kind: 'theme'; theme: number; tint?: number }
  | { kind: 'indexed'; index: number };

/** OOXML pattern names (the `patternType` attribute), as exceljs uses them. */
export const FILL_PATTERNS = [
  'none',
  'solid',
  'darkGray',
  'mediumGray',
  'lightGray',
  'gray125',
  'gray0625',
  'darkHorizontal',
  'darkVertical',
  'darkDown',
  'darkUp',
  'darkGrid',
  'darkTrellis',
  'lightHorizontal',
  'lightVertical',
  'lightDown',
  'lightUp',
  'lightGrid',
  'lightTrellis',
] as const;
export type FillPattern = (typeof FILL_PATTERNS)[number];

export interface GradientStop {
  position: number;
  color: LookColor;
}

export type LookFill =
  | { kind: 'none' }
  /** A pattern fill; a solid fill is the pattern `solid` with its colour in `fg`. */
  | { kind: 'pattern'; pattern: FillPattern; fg?: LookColor; bg?: LookColor }
  | {
      kind: 'gradient';
      gradient: 'angle' | 'path';
      degree?: number;
      center?: { left: number; top: number };
      stops: GradientStop[];
    };

/** One run of a rich note or rich cell text, with the font properties it sets. */
export interface TextRun {
  text: string;
  font?: RunFont;
}

export interface RunFont {
  name?: string;
  size?: number;
  family?: number;
  scheme?: string;
  charset?: number;
  color?: LookColor;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean | 'single' | 'double' | 'singleAccounting' | 'doubleAccounting' | 'none';
  strike?: boolean;
  vertAlign?: 'superscript' | 'subscript';
  outline?: boolean;
}

/** A cell's note: its text, and its runs where the note is formatted (hosts that can only write text use `text`). */
export interface NoteLook {
  text: string;
  runs?: TextRun[];
}

/** A cell's input prompt (data validation), which a host uses for the message where it cannot write notes. */
export interface PromptLook {
  showPrompt: boolean;
  title: string;
  message: string;
  /** The validation type before marking ("None" when the cell had none: clearing then removes it). */
  validation: string;
}

export type Unchanged = 'unchanged';

export interface LookRecord {
  v: typeof LOOK_VERSION;
  fill: LookFill | Unchanged;
  fontColor: LookColor | Unchanged;
  /** Bold or not; null when the font sets no weight at all (regular, as a cell read from a file without the flag). */
  bold: boolean | null | Unchanged;
  /** The note before marking; null when the cell had none. */
  note: NoteLook | null | Unchanged;
  prompt: PromptLook | Unchanged;
}

/** A record saying the mark changed nothing: the start from which a host fills in what it read. */
export function untouchedLook(): LookRecord {
  return { v: LOOK_VERSION, fill: 'unchanged', fontColor: 'unchanged', bold: 'unchanged', note: 'unchanged', prompt: 'unchanged' };
}

/**
 * The original look of a cell marked again: what the first marking saved wins, since the cell now
 * wears our mark; what it left `unchanged` is still the user's own and comes from the fresh read.
 */
export function mergeLook(saved: LookRecord, fresh: LookRecord): LookRecord {
  const pick = <T>(a: T | Unchanged, b: T | Unchanged): T | Unchanged => (a === 'unchanged' ? b : a);
  return {
    v: LOOK_VERSION,
    fill: pick(saved.fill, fresh.fill),
    fontColor: pick(saved.fontColor, fresh.fontColor),
    bold: pick(saved.bold, fresh.bold),
    note: pick(saved.note, fresh.note),
    prompt: pick(saved.prompt, fresh.prompt),
  };
}

/**
 * The record as stored: compact, since a ledger holds one per marked cell. A property the mark never
 * changed is left out; a colour is text ("auto", "#RRGGBB", "#AARRGGBB", "theme:4:0.4", "indexed:64");
 * a solid fill is its colour, no fill null; a plain note its text.
 */
export function encodeLook(look: LookRecord): string {
  const out: Json = { v: LOOK_VERSION };
  if (look.fill !== 'unchanged') out.fill = fillText(look.fill);
  if (look.fontColor !== 'unchanged') out.font = colorText(look.fontColor);
  if (look.bold !== 'unchanged') out.bold = look.bold;
  if (look.note !== 'unchanged') out.note = look.note && (look.note.runs ? look.note : look.note.text);
  if (look.prompt !== 'unchanged') out.prompt = look.prompt;
  return JSON.stringify(out);
}

function colorText(color: LookColor): string {
  switch (color.kind) {
    case 'auto':
      return 'auto';
    case 'rgb':
      return `#${color.alpha ?? ''}${color.rgb}`;
    case 'theme':
      return color.tint === undefined ? `theme:${color.theme}` : `theme:${color.theme}:${color.tint}`;
    case 'indexed':
      return `indexed:${color.index}`;
  }
}

function fillText(fill: LookFill): unknown {
  switch (fill.kind) {
    case 'none':
      return null;
    case 'pattern':
      if (fill.pattern === 'solid' && fill.fg && !fill.bg) return colorText(fill.fg);
      return { pattern: fill.pattern, ...(fill.fg ? { fg: colorText(fill.fg) } : {}), ...(fill.bg ? { bg: colorText(fill.bg) } : {}) };
    case 'gradient':
      return { ...fill, kind: undefined, stops: fill.stops.map((s) => [s.position, colorText(s.color)]) };
  }
}

/** "#RRGGBB", "RRGGBB" or "AARRGGBB" as an rgb colour; null for anything else. */
export function rgbColor(text: unknown): LookColor | null {
  if (typeof text !== 'string') return null;
  const bare = text.replace(/^#/, '');
  if (!/^([0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$/.test(bare)) return null;
  const rgb = bare.slice(-6).toUpperCase();
  const alpha = bare.length === 8 ? bare.slice(0, 2).toUpperCase() : undefined;
  return alpha && alpha !== 'FF' ? { kind: 'rgb', rgb, alpha } : { kind: 'rgb', rgb };
}

/** "#RRGGBB" of an rgb colour, or null for a colour that has no fixed RGB. */
export function hexOf(color: LookColor): string | null {
  return color.kind === 'rgb' ? `#${color.rgb}` : null;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function parseColor(value: unknown): LookColor | null {
  if (!isObject(value)) return null;
  switch (value.kind) {
    case 'auto':
      return { kind: 'auto' };
    case 'rgb': {
      const color = rgbColor(value.rgb);
      if (!color || color.kind !== 'rgb') return null;
      return typeof value.alpha === 'string' && /^[0-9A-F]{2}$/i.test(value.alpha) ? { ...color, alpha: value.alpha.toUpperCase() } : color;
    }
    case 'theme':
      if (!Number.isInteger(value.theme)) return null;
      return finite(value.tint) ? { kind: 'theme', theme: value.theme as number, tint: value.tint } : { kind: 'theme', theme: value.theme as number };
    case 'indexed':
      return Number.isInteger(value.index) ? { kind: 'indexed', index: value.index as number } : null;
    default:
      return null;
  }
}

function optionalColor(value: unknown): LookColor | undefined | null {
  return value === undefined ? undefined : parseColor(value);
}

function isPattern(value: unknown): value is FillPattern {
  return typeof value === 'string' && (FILL_PATTERNS as readonly string[]).includes(value);
}

function parseStops(value: unknown): GradientStop[] | null {
  if (!Array.isArray(value)) return null;
  const stops: GradientStop[] = [];
  for (const stop of value) {
    const color = isObject(stop) ? parseColor(stop.color) : null;
    if (!isObject(stop) || !finite(stop.position) || !color) return null;
    stops.push({ position: stop.position, color });
  }
  return stops;
}

function parseFill(value: unknown): LookFill | null {
  if (!isObject(value)) return null;
  if (value.kind === 'none') return { kind: 'none' };
  if (value.kind === 'pattern') {
    const fg = optionalColor(value.fg);
    const bg = optionalColor(value.bg);
    if (!isPattern(value.pattern) || fg === null || bg === null) return null;
    return { kind: 'pattern', pattern: value.pattern, ...(fg ? { fg } : {}), ...(bg ? { bg } : {}) };
  }
  if (value.kind === 'gradient') {
    const stops = parseStops(value.stops);
    if (!stops || (value.gradient !== 'angle' && value.gradient !== 'path')) return null;
    const center = isObject(value.center) && finite(value.center.left) && finite(value.center.top) ? { left: value.center.left, top: value.center.top } : undefined;
    return {
      kind: 'gradient',
      gradient: value.gradient,
      ...(finite(value.degree) ? { degree: value.degree } : {}),
      ...(center ? { center } : {}),
      stops,
    };
  }
  return null;
}

const RUN_FONT_KEYS = ['name', 'size', 'family', 'scheme', 'charset', 'bold', 'italic', 'underline', 'strike', 'vertAlign', 'outline'] as const;

function parseRunFont(value: unknown): RunFont | undefined {
  if (!isObject(value)) return undefined;
  const font: Record<string, unknown> = {};
  for (const key of RUN_FONT_KEYS) {
    const v = value[key];
    if (typeof v === 'string' || typeof v === 'boolean' || finite(v)) font[key] = v;
  }
  const color = parseColor(value.color);
  if (color) font.color = color;
  return font as RunFont;
}

/** Rich text runs; null when the value is not a list of runs. */
export function parseRuns(value: unknown): TextRun[] | null {
  if (!Array.isArray(value)) return null;
  const runs: TextRun[] = [];
  for (const run of value) {
    if (!isObject(run) || typeof run.text !== 'string') return null;
    const font = parseRunFont(run.font);
    runs.push(font ? { text: run.text, font } : { text: run.text });
  }
  return runs;
}

function parseNote(value: unknown): NoteLook | null | Unchanged | undefined {
  if (value === 'unchanged' || value === null) return value;
  if (!isObject(value) || typeof value.text !== 'string') return undefined;
  if (value.runs === undefined) return { text: value.text };
  const runs = parseRuns(value.runs);
  return runs ? { text: value.text, runs } : undefined;
}

function parsePrompt(value: unknown): PromptLook | Unchanged | undefined {
  if (value === 'unchanged') return value;
  if (!isObject(value)) return undefined;
  const { showPrompt, title, message, validation } = value;
  if (typeof showPrompt !== 'boolean' || typeof title !== 'string' || typeof message !== 'string' || typeof validation !== 'string') return undefined;
  return { showPrompt, title, message, validation };
}

function colorFromText(value: unknown): LookColor | null {
  if (typeof value !== 'string') return null;
  if (value === 'auto') return { kind: 'auto' };
  if (value.startsWith('#')) return rgbColor(value);
  const theme = /^theme:(\d+)(?::(-?[\d.]+(?:e-?\d+)?))?$/.exec(value);
  if (theme) {
    const tint = theme[2] === undefined ? undefined : Number(theme[2]);
    if (tint !== undefined && !Number.isFinite(tint)) return null;
    return tint === undefined ? { kind: 'theme', theme: Number(theme[1]) } : { kind: 'theme', theme: Number(theme[1]), tint };
  }
  const indexed = /^indexed:(\d+)$/.exec(value);
  return indexed ? { kind: 'indexed', index: Number(indexed[1]) } : null;
}

function fillFromStored(value: unknown): LookFill | null {
  if (value === null) return { kind: 'none' };
  if (typeof value === 'string') {
    const fg = colorFromText(value);
    return fg && { kind: 'pattern', pattern: 'solid', fg };
  }
  if (!isObject(value)) return null;
  if (Array.isArray(value.stops)) {
    const stops = value.stops.map((s: unknown) => (Array.isArray(s) ? { position: s[0], color: colorFromText(s[1]) ?? undefined } : null));
    return parseFill({ ...value, kind: 'gradient', stops });
  }
  const fg = value.fg === undefined ? undefined : colorFromText(value.fg);
  const bg = value.bg === undefined ? undefined : colorFromText(value.bg);
  if (fg === null || bg === null) return null;
  return parseFill({ kind: 'pattern', pattern: value.pattern, ...(fg ? { fg } : {}), ...(bg ? { bg } : {}) });
}

function noteFromStored(value: unknown): NoteLook | null | undefined {
  if (typeof value === 'string') return { text: value };
  const note = parseNote(value);
  return note === 'unchanged' ? undefined : note;
}

function parseCurrent(json: Json): LookRecord | null {
  const look = untouchedLook();
  if ('fill' in json) {
    const fill = fillFromStored(json.fill);
    if (!fill) return null;
    look.fill = fill;
  }
  if ('font' in json) {
    const color = colorFromText(json.font);
    if (!color) return null;
    look.fontColor = color;
  }
  if ('bold' in json) {
    if (json.bold !== null && typeof json.bold !== 'boolean') return null;
    look.bold = json.bold;
  }
  if ('note' in json) {
    const note = noteFromStored(json.note);
    if (note === undefined) return null;
    look.note = note;
  }
  if ('prompt' in json) {
    const prompt = parsePrompt(json.prompt);
    if (!prompt || prompt === 'unchanged') return null;
    look.prompt = prompt;
  }
  return look;
}

/** A note as text, or in the OOXML shape exceljs uses for a formatted note (`{ texts: [...] }`); null for none. */
export function ooxmlNote(value: unknown): NoteLook | null {
  if (typeof value === 'string') return value ? { text: value } : null;
  if (isObject(value) && Array.isArray(value.texts)) {
    const runs = ooxmlRuns(value.texts);
    if (!runs) return null;
    return { text: runs.map((r) => r.text).join(''), runs };
  }
  return null;
}

/** A colour in the OOXML shape exceljs uses (`{ argb }`, `{ theme, tint }`, `{ indexed }`) as a LookColor. */
export function ooxmlColor(value: unknown): LookColor | null {
  if (!isObject(value)) return null;
  if (value.argb !== undefined) return rgbColor(value.argb);
  if (Number.isInteger(value.theme)) return finite(value.tint) ? { kind: 'theme', theme: value.theme as number, tint: value.tint } : { kind: 'theme', theme: value.theme as number };
  if (Number.isInteger(value.indexed)) return { kind: 'indexed', index: value.indexed as number };
  return null;
}

/** Rich text runs in the OOXML shape exceljs uses (`[{ text, font }]`); null when the value is not such a list. */
export function ooxmlRuns(value: unknown): TextRun[] | null {
  if (!Array.isArray(value)) return null;
  return parseRuns(value.map((t: unknown) => (isObject(t) ? { ...t, font: ooxmlFont(t.font) } : t)));
}

function ooxmlFont(value: unknown): unknown {
  if (!isObject(value)) return undefined;
  const color = ooxmlColor(value.color);
  return { ...value, color: color ?? undefined };
}

/** A fill in the OOXML shape exceljs uses as a LookFill; no fill at all is `none`, an explicit pattern "none" is kept as such. */
export function ooxmlFill(value: unknown): LookFill {
  if (!isObject(value)) return { kind: 'none' };
  if (value.type === 'pattern' && isPattern(value.pattern)) {
    const fg = ooxmlColor(value.fgColor);
    const bg = ooxmlColor(value.bgColor);
    return { kind: 'pattern', pattern: value.pattern, ...(fg ? { fg } : {}), ...(bg ? { bg } : {}) };
  }
  if (value.type === 'gradient' && (value.gradient === 'angle' || value.gradient === 'path') && Array.isArray(value.stops)) {
    const stops: GradientStop[] = [];
    for (const stop of value.stops) {
      const color = isObject(stop) ? ooxmlColor(stop.color) : null;
      if (isObject(stop) && finite(stop.position) && color) stops.push({ position: stop.position, color });
    }
    const center = isObject(value.center) && finite(value.center.left) && finite(value.center.top) ? { left: value.center.left, top: value.center.top } : undefined;
    return { kind: 'gradient', gradient: value.gradient, ...(finite(value.degree) ? { degree: value.degree } : {}), ...(center ? { center } : {}), stops };
  }
  return { kind: 'none' };
}

/**
 * The first format (no version field). The Excel add-in kept the solid fill as "#RRGGBB" or null,
 * the font colour (automatic read as "#000000") and weight, `via` the message holder, and the note
 * or the prompt; the xlsx host kept, besides those, the whole exceljs style and note model.
 */
function parseLegacy(json: Json): LookRecord | null {
  if (typeof json.fontColor !== 'string' || typeof json.bold !== 'boolean') return null;
  const look = untouchedLook();
  const style = isObject(json.style) ? json.style : null;
  if (style) {
    look.fill = ooxmlFill(style.fill);
    const font = isObject(style.font) ? style.font : {};
    look.fontColor = ooxmlColor(font.color) ?? { kind: 'auto' };
    look.bold = typeof font.bold === 'boolean' ? font.bold : null;
    look.note = ooxmlNote(json.noteModel);
    return look;
  }
  const fill = json.fill === null || json.fill === undefined ? null : rgbColor(json.fill);
  look.fill = fill ? { kind: 'pattern', pattern: 'solid', fg: fill } : { kind: 'none' };
  look.fontColor = rgbColor(json.fontColor) ?? { kind: 'auto' };
  look.bold = json.bold;
  if (json.via === 'note') {
    look.note = typeof json.note === 'string' && json.note ? { text: json.note } : null;
    return look;
  }
  if ('noteModel' in json) look.note = ooxmlNote(json.noteModel);
  const prompt = isObject(json.prompt) ? json.prompt : {};
  look.prompt = {
    showPrompt: prompt.showPrompt === true,
    title: typeof prompt.title === 'string' ? prompt.title : '',
    message: typeof prompt.message === 'string' ? prompt.message : '',
    validation: typeof json.validation === 'string' ? json.validation : 'None',
  };
  return look;
}

/** The one reader of look records, of either format; null when the text is not a record, so nothing is guessed. */
export function parseLook(text: unknown): LookRecord | null {
  if (typeof text !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(json)) return null;
  if (json.v === LOOK_VERSION) return parseCurrent(json);
  if (json.v === undefined) return parseLegacy(json);
  return null;
}
