import { parseA1 } from '../../core/address';
import type { Fix } from '../../core/host';
import type { Checked, UnresolvedName } from './engine';

/**
 * A name only suspected to be another's variant is never merged by the core. When the user says
 * "崔赟 is 崔赞", this is that decision as fixes: the name rewritten in every 分管领导 cell that holds
 * it, starting from the cell's exact text so the host applies it only to cells still as read, and
 * undoable like any fix. Run-together names are left alone: only a person can split them.
 */
export function renameFixes(checked: Checked, choice: UnresolvedName): Fix[] {
  const { report, snapshot } = checked;
  const sheet = snapshot.sheets.find((s) => s.name === report.sheet);
  if (!sheet || !isSingleName(choice)) return [];
  const fixes: Fix[] = [];
  const seen = new Set<string>();
  for (const task of report.tasks) {
    const address = task.cells.leaders;
    if (!address || seen.has(address) || !task.leaders.includes(choice.name)) continue;
    seen.add(address);
    const { row, col } = parseA1(address);
    const text = sheet.values[row]?.[col];
    if (typeof text !== 'string') continue;
    const to = replaceName(text, choice.name, choice.canonical);
    if (to !== text) fixes.push({ sheet: sheet.name, cell: address, from: text, to, rule: 'leader.variant' });
  }
  return fixes;
}

const SEPARATOR = /[\s\u3000、，,；;]/;

/** Replaces the name where it stands as a whole name between separators, never inside a longer one. */
export function replaceName(text: string, name: string, canonical: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf(name, i);
    if (at < 0) break;
    const before = at === 0 || SEPARATOR.test(text[at - 1] ?? '');
    const end = at + name.length;
    const after = end === text.length || SEPARATOR.test(text[end] ?? '');
    out += text.slice(i, at) + (before && after ? canonical : name);
    i = end;
  }
  return out + text.slice(i);
}

/** A variant of one person's name, not several names run together. */
export function isSingleName(choice: UnresolvedName): boolean {
  return choice.canonical.length > 0 && !/[\s、，,；;+＋]/.test(choice.canonical);
}
