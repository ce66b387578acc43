import type { Finding } from '../../core/findings';
import type { Fix } from '../../core/host';

export function fixKey(fix: Fix): string {
  return `${fix.sheet}|${fix.cell}|${fix.from}`;
}

/** The 序号 of the task a fix belongs to, from the finding that suggested it. */
export function seqOfFix(fix: Fix, findings: readonly Finding[]): number | null {
  const finding = findings.find((f) => f.sheet === fix.sheet && f.suggestion?.cell === fix.cell && f.rule === fix.rule);
  return finding ? finding.seq : null;
}

const CONTEXT = 12;

/**
 * The part of a long cell that a fix changes, with a little context either side, so a 200-character
 * 完成情况 cell still shows its one removed space at 320 px.
 */
export function changedExcerpt(from: string, to: string): { before: string; after: string } {
  if (from.length <= CONTEXT * 3 && to.length <= CONTEXT * 3) return { before: from, after: to };
  let start = 0;
  while (start < from.length && start < to.length && from[start] === to[start]) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && from[endFrom - 1] === to[endTo - 1]) {
    endFrom--;
    endTo--;
  }
  const lead = Math.max(0, start - CONTEXT);
  const cut = (text: string, end: number) =>
    (lead > 0 ? '…' : '') + text.slice(lead, Math.min(text.length, end + CONTEXT)) + (end + CONTEXT < text.length ? '…' : '');
  return { before: cut(from, endFrom), after: cut(to, endTo) };
}

/** A text cut in three: what a fix leaves as it is before and after, and what it changes between. */
export interface Changed {
  head: string;
  changed: string;
  tail: string;
}

/** Where two texts differ, as the shortest middle between their common start and end, for highlighting. */
export function changedParts(before: string, after: string): { before: Changed; after: Changed } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  const cut = (text: string, end: number): Changed => ({ head: text.slice(0, start), changed: text.slice(start, end), tail: text.slice(end) });
  return { before: cut(before, endB), after: cut(after, endA) };
}
