import { TextMemo } from './memo';
import { normalizeName, toSimplified } from './normalize';
import { isWhitespace, scanPieces, type Piece } from './scan';
import type { UnitToken } from './types';
import {
  ADMIN_PREFIXES, CONTINUATIONS, LEAD_LABELS, ORG_ENDINGS, OTHER_LABELS, REMARK_OPENERS, STRONG_ENDINGS,
} from './unit-words';

const HARD = '、，,；;／/｜|';
export const STANDARD_MARKER = '（牵头）';
const MARKER = /[（([【〔［{｛]\s*牵头(?:单位|部门)?\s*[）)\]】〕］}｝]/g;
const LABEL = new RegExp(`^(${[...LEAD_LABELS, ...OTHER_LABELS].join('|')})(?:单位|部门)?\\s*[:：]\\s*`);
const TRAILING_BRACKET = /[（([【〔［]([^）)\]】〕］]*)[）)\]】〕］]$/;
const MAX_JOIN = 5;

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
function markerFrom(text: string, start: number): number {
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
interface Part {
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

/** A unit read from a cell, with the spans a rewrite needs. */
export interface ScannedUnit extends UnitToken {
  start: number;
  end: number;
  /** Whitespace inside the name, to remove when joining it back. */
  gaps: Array<[number, number]>;
  /** The marker's span and the start of any whitespace before it. */
  markerSpan: { start: number; end: number; from: number } | null;
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

function scanParts(text: string): Part[] {
  const label = { lead: null as boolean | null };
  const parts: Part[] = [];
  for (const piece of scanPieces(text, HARD)) parts.push(...partsOf(text, piece, label));
  return parts;
}

/** How many of the parts from `i` on make one unit broken by spaces. */
function groupSize(parts: Part[], i: number): number {
  const first = parts[i] as Part;
  let size = 1;
  let name = first.name;
  const joinable = (k: number): Part | null => {
    const next = parts[k];
    return next !== undefined && next.before === 'space' && next.name !== '' ? next : null;
  };
  const closed = (p: Part): boolean => p.marker !== null || p.remark !== null;
  // A piece that does not end like an organisation runs on into the next ones, if they end one.
  if (!endsLikeOrg(name) && !closed(first)) {
    let probe = name;
    for (let k = i + 1; k < parts.length && k - i < MAX_JOIN; k++) {
      const next = joinable(k);
      if (next === null) break;
      const startsNewUnit = next.name.length >= 3 && ADMIN_PREFIXES.includes(next.name[0] as string) && endsLikeOrg(next.name);
      if (startsNewUnit && probe.length >= 2) break;
      probe += next.name;
      if (endsLikeOrg(probe)) {
        size = k - i + 1;
        name = probe;
        break;
      }
      if (closed(next)) break;
    }
  }
  // A bare ending ("政府", "分局") or a lone character belongs to the unit before it.
  for (;;) {
    const last = parts[i + size - 1] as Part;
    const next = joinable(i + size);
    if (closed(last) || next === null || size >= MAX_JOIN) break;
    // A lone 区 or 县 opens the next unit's name instead ("区 财政局").
    const lone = next.name.length === 1 && !ADMIN_PREFIXES.includes(next.name);
    if (!CONTINUATIONS.has(next.name) && !lone) break;
    size++;
  }
  return size;
}

const memo = new TextMemo<ScannedUnit[]>();

/** Reads a 责任单位 cell into units with the spans needed to rewrite it. */
export function scanUnits(text: string): ScannedUnit[] {
  return memo.get(text, readUnits).map((u) => ({ ...u, gaps: u.gaps.map(([a, b]): [number, number] => [a, b]) }));
}

function readUnits(text: string): ScannedUnit[] {
  const parts = scanParts(text);
  const units: ScannedUnit[] = [];
  let pendingMarker: Part | null = null;
  for (let i = 0; i < parts.length; ) {
    const part = parts[i] as Part;
    if (part.name === '') {
      // A marker or remark standing alone goes with the unit before it, or the one after it when it opens the cell.
      const prev = units[units.length - 1];
      if (prev !== undefined && prev.marker === null && part.marker !== null) {
        prev.marker = part.marker.text;
        prev.markerSpan = { start: part.marker.start, end: part.marker.end, from: markerFrom(text, part.marker.start) };
        prev.raw = text.slice(prev.start, part.last);
      } else if (prev !== undefined && part.remark !== null && prev.remark === null) {
        prev.remark = part.remark;
        prev.raw = text.slice(prev.start, part.last);
      } else if (part.marker !== null) {
        pendingMarker = part;
      }
      i++;
      continue;
    }
    const size = groupSize(parts, i);
    const group = parts.slice(i, i + size);
    const last = group[group.length - 1] as Part;
    const gaps: Array<[number, number]> = [];
    for (let k = 1; k < group.length; k++) gaps.push([(group[k - 1] as Part).end, (group[k] as Part).start]);
    const unit: ScannedUnit = {
      name: group.map((p) => p.name).join(''),
      raw: text.slice(part.start, last.last),
      lead: false,
      leadInferred: false,
      rejoined: size > 1,
      marker: last.marker?.text ?? null,
      remark: last.remark,
      start: part.start,
      end: last.end,
      gaps,
      markerSpan: last.marker !== null ? { start: last.marker.start, end: last.marker.end, from: markerFrom(text, last.marker.start) } : null,
    };
    if (unit.marker === null && pendingMarker?.marker) {
      unit.marker = pendingMarker.marker.text;
      unit.markerSpan = { start: pendingMarker.marker.start, end: pendingMarker.marker.end, from: pendingMarker.marker.start };
      unit.raw = text.slice(pendingMarker.marker.start, last.last);
      pendingMarker = null;
    }
    unit.lead = part.labelLead === true;
    units.push(unit);
    i += size;
  }
  for (const u of units) if (u.marker !== null) u.lead = true;
  if (units.length > 0 && !units.some((u) => u.lead)) {
    const first = units[0] as ScannedUnit;
    first.lead = true;
    first.leadInferred = true;
  }
  return units;
}

/**
 * Splits a 责任单位 cell into units: on whitespace and on 、，,；;, joining a unit that spaces broke
 * apart ("区行政审批 服务局 (牵头)" → 区行政审批服务局), taking off the 牵头 marker in any form and
 * remarks such as "提供数据". When nothing is marked, the first unit is the lead, flagged as inferred.
 */
export function splitUnits(text: string): UnitToken[] {
  return scanUnits(text).map((u) => ({
    name: u.name, raw: u.raw, lead: u.lead, leadInferred: u.leadInferred, rejoined: u.rejoined, marker: u.marker, remark: u.remark,
  }));
}

function rewrite(text: string, edits: Array<{ start: number; end: number; to: string }>): string {
  let out = '';
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.to;
    at = e.end;
  }
  return out + text.slice(at);
}

/** The cell with every unit broken by spaces joined back, all else as written. */
export function joinSplitUnits(text: string): string {
  return rewrite(text, scanUnits(text).flatMap((u) => u.gaps.map(([start, end]) => ({ start, end, to: '' }))));
}

/** The cell with every 牵头 marker written the standard way, "（牵头）" right after its unit. */
export function standardizeLeadMarkers(text: string): string {
  const edits = scanUnits(text).flatMap((u) => {
    if (u.markerSpan === null) return [];
    const { start, end, from } = u.markerSpan;
    // A marker written before its unit moves behind it.
    if (from === start && start < u.start) return [{ start, end: u.start, to: '' }, { start: u.end, end: u.end, to: STANDARD_MARKER }];
    return [{ start: from, end, to: STANDARD_MARKER }];
  });
  return rewrite(text, edits);
}
