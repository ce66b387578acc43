import { normalizeName, toSimplified } from './normalize';
import { isWhitespace, scanPieces, type Piece } from './scan';
import {
  ADMIN_PREFIXES, LEAD_LABELS, ORG_ENDINGS, OTHER_LABELS, REMARK_OPENERS, STRONG_ENDINGS,
} from './unit-words';

// Reading a 责任单位 cell into parts: each name with its marker or remark, and how it is separated from
// the one before. units.ts decides which parts make one unit.

const HARD = '、，,；;／/｜|';
const MARKER = /[（([【〔［{｛]\s*牵头(?:单位|部门)?\s*[）)\]】〕］}｝]/g;
const LABEL = new RegExp(`^(${[...LEAD_LABELS, ...OTHER_LABELS].join('|')})(?:单位|部门)?\\s*[:：]\\s*`);
const TRAILING_BRACKET = /[（([【〔［]([^）)\]】〕］]*)[）)\]】〕］]$/;

function byLastChar(words: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const w of words) map.set(w.slice(-1), [...(map.get(w.slice(-1)) ?? []), w]);
  return map;
}

const orgEndings = byLastChar(ORG_ENDINGS);
const strongEndings = byLastChar(STRONG_ENDINGS);

// Indexes by code unit: every ending listed is in the Basic Multilingual Plane.
function endsWithOne(words: Map<string, string[]>, text: string, end: number, from: number): boolean {
  if (end <= from) return false;
  for (const w of words.get(text[end - 1] as string) ?? []) if (end - w.length >= from && text.endsWith(w, end)) return true;
  return false;
}

/** Whether text[from, end) ends the way an organisation's name does (局, 中心, 管委会…). */
export function endsLikeOrg(text: string, end = text.length, from = 0): boolean {
  return endsWithOne(orgEndings, text, end, from);
}

/** Where a marker's rewrite starts: the whitespace before it goes too. */
export function markerFrom(text: string, start: number): number {
  let i = start;
  while (i > 0 && isWhitespace(text[i - 1] as string)) i--;
  return i;
}

const REMARK_FIRST = new Set(REMARK_OPENERS.map((o) => o[0] as string));
const CLOSE_BRACKETS = '）)]】〕］';

function isRemark(text: string): boolean {
  const t = text.trim();
  return REMARK_OPENERS.some((o) => t.startsWith(o));
}

/** A unit name as it lies in the cell, with what is needed to rewrite the cell. */
export interface Part {
  /** Span of the name itself in the cell. */
  start: number;
  end: number;
  name: string;
  /** How this part is separated from the previous one: a space may be a break inside one unit; 'tight' never is. */
  before: Piece['before'] | 'tight';
  marker: { text: string; start: number; end: number } | null;
  remark: string | null;
  /** End of the whole part in the cell, marker and remark included. */
  last: number;
  /** Role set by a label such as 牵头单位：, or null. */
  labelLead: boolean | null;
}

/** Cuts run-together units only where it is safe: after a marker, or between two units that end the same strong way. */
function cutRunTogether(name: string): number[] {
  const cuts: number[] = [];
  let from = 0;
  for (let i = 2; i <= name.length - 4; i++) {
    const strong = endsWithOne(strongEndings, name, i, from) && endsWithOne(strongEndings, name, name.length, i);
    const admin = !strong && i - from >= 3 && ADMIN_PREFIXES.includes(name[i] as string) && endsLikeOrg(name, i, from)
      && endsLikeOrg(name, name.length, i) && !STRONG_ENDINGS.some((e) => name.startsWith(e, i));
    if (strong || admin) {
      cuts.push(i);
      from = i;
    }
  }
  return cuts;
}

/** Splits one scanned piece into parts: markers, remarks and labels come off; run-together units are cut. */
function partsOf(text: string, piece: Piece, label: { lead: boolean | null }): Part[] {
  let start = piece.start;
  let body = piece.text;
  const labelMatch = body.includes(':') || body.includes('：') ? LABEL.exec(body) : null;
  if (labelMatch) {
    label.lead = LEAD_LABELS.includes(labelMatch[1] as string) ? true : labelMatch[1] === '责任' ? null : false;
    start += labelMatch[0].length;
    body = body.slice(labelMatch[0].length);
  }
  const parts: Part[] = [];
  let before: Part['before'] = piece.before;
  const push = (from: number, to: number, marker: Part['marker']): void => {
    parts.push(...plainParts(text, from, to, marker, before, label.lead));
    before = 'tight';
  };
  let cursor = start;
  for (const m of body.includes('牵') ? body.matchAll(MARKER) : []) {
    const at = start + (m.index ?? 0);
    push(cursor, at, { text: m[0], start: at, end: at + m[0].length });
    cursor = at + m[0].length;
  }
  if (cursor < piece.end) push(cursor, piece.end, null);
  return parts;
}

/** A stretch with no bracketed marker in it (the marker, if any, follows it). */
function plainParts(text: string, from: number, to: number, marker: Part['marker'], before: Part['before'], lead: boolean | null): Part[] {
  let body = text.slice(from, to);
  let end = to;
  let remark: string | null = null;
  let bare = marker;
  if (isWhitespace(body[body.length - 1] ?? '')) {
    body = body.replace(/\s+$/, '');
    end = from + body.length;
  }
  if (bare === null && body.endsWith('牵头')) {
    bare = { text: '牵头', start: end - 2, end };
    end -= 2;
    body = body.slice(0, -2).replace(/\s+$/, '');
    end = from + body.length;
  }
  const bracket = CLOSE_BRACKETS.includes(body[body.length - 1] ?? '') ? TRAILING_BRACKET.exec(body) : null;
  const simple = toSimplified(body);
  if (bracket && isRemark(bracket[1] as string)) {
    remark = (bracket[1] as string).trim();
    body = body.slice(0, bracket.index);
  } else if (!endsLikeOrg(simple) && simple.length === body.length) {
    for (let i = body.length - 1; i >= 2; i--) {
      if (REMARK_FIRST.has(body[i] as string) && isRemark(body.slice(i)) && endsLikeOrg(simple, i)) {
        remark = body.slice(i);
        body = body.slice(0, i);
        break;
      }
    }
  }
  const nameEnd = from + body.length;
  const last = bare !== null ? bare.end : to;
  const name = normalizeName(body);
  if (name === '') {
    return bare !== null || remark !== null
      ? [{ start: from, end: from, name: '', before, marker: bare, remark, last, labelLead: lead }]
      : [];
  }
  const cuts = cutRunTogether(body);
  const parts: Part[] = [];
  let at = 0;
  for (const cut of [...cuts, body.length]) {
    const isLast = cut === body.length;
    parts.push({
      start: from + at,
      end: isLast ? nameEnd : from + cut,
      name: normalizeName(body.slice(at, cut)),
      before: at === 0 ? before : 'tight',
      marker: isLast ? bare : null,
      remark: isLast ? remark : null,
      last: isLast ? last : from + cut,
      labelLead: lead,
    });
    at = cut;
  }
  return parts;
}

export function scanParts(text: string): Part[] {
  const label = { lead: null as boolean | null };
  const parts: Part[] = [];
  for (const piece of scanPieces(text, HARD)) parts.push(...partsOf(text, piece, label));
  return parts;
}

