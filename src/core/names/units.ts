import { TextMemo } from './memo';
import { endsLikeOrg, markerFrom, scanParts, type Part } from './unit-parts';
import type { UnitToken } from './types';
import { ADMIN_PREFIXES, CONTINUATIONS } from './unit-words';

export { endsLikeOrg } from './unit-parts';

export const STANDARD_MARKER = '（牵头）';
const MAX_JOIN = 5;

/** A unit read from a cell, with the spans a rewrite needs. */
export interface ScannedUnit extends UnitToken {
  start: number;
  end: number;
  /** Whitespace inside the name, to remove when joining it back. */
  gaps: Array<[number, number]>;
  /** The marker's span and the start of any whitespace before it. */
  markerSpan: { start: number; end: number; from: number } | null;
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
      // …unless its 区 or 县 closes the piece before ("经济开发 区管委会": 经济开发区, not 经济开发 and 区管委会).
      if (startsNewUnit && probe.length >= 2 && !endsLikeOrg(probe + (next.name[0] as string))) break;
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

/**
 * The units of a cell as remembered, shared and not to be changed: for readers that only look,
 * so the copy scanUnits makes is spared.
 */
export function sharedUnits(text: string): readonly Readonly<ScannedUnit>[] {
  return memo.get(text, readUnits);
}

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
  // Fresh tokens straight from the remembered reading: the spans a rewrite needs are not copied.
  return memo.get(text, readUnits).map((u) => ({
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
