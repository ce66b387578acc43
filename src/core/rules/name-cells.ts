import type { ColumnKey, Task } from '../model';
import { sharedLeaders } from '../names/leaders';
import { normalizeName } from '../names/normalize';
import type { LeaderToken } from '../names/types';
import { sharedUnits, type ScannedUnit } from '../names/units';
import { fieldCells } from '../table/cells';
import type { RuleContext } from './types';

// The rules only read the tokens, so they share the names module's remembered readings.
const leaderCache = new WeakMap<Task, readonly Readonly<LeaderToken>[]>();
const unitCache = new WeakMap<Task, readonly Readonly<ScannedUnit>[]>();
const knownCache = new WeakMap<object, ReadonlySet<string>>();

/** The roster's leader names, to settle how a spaced cell splits, the same way the tasks were read. */
export function rosterKnown(ctx: RuleContext): ReadonlySet<string> | undefined {
  const roster = ctx.names.roster;
  if (roster === null || roster.leaders.length === 0) return undefined;
  let known = knownCache.get(roster);
  if (known === undefined) {
    known = new Set(roster.leaders.map(normalizeName));
    knownCache.set(roster, known);
  }
  return known;
}

/** The leader names of a task as split from its cell, read once for all the names rules. */
export function leaderTokens(ctx: RuleContext, task: Task): readonly Readonly<LeaderToken>[] {
  let tokens = leaderCache.get(task);
  if (tokens === undefined) {
    tokens = task.leadersText ? sharedLeaders(task.leadersText, rosterKnown(ctx)) : [];
    leaderCache.set(task, tokens);
  }
  return tokens;
}

/** The units of a task as read from its cell, read once for all the names rules. */
export function unitTokens(task: Task): readonly Readonly<ScannedUnit>[] {
  let units = unitCache.get(task);
  if (units === undefined) {
    units = task.unitsText ? sharedUnits(task.unitsText) : [];
    unitCache.set(task, units);
  }
  return units;
}

/**
 * The text of the one cell a task's field came from, as it stands in the sheet. Null when the field
 * was joined from several cells or holds no text: a whole-cell rewrite is safe only on a single cell.
 */
export function soleCellText(ctx: RuleContext, task: Task, key: ColumnKey): string | null {
  const cells = fieldCells(ctx.sheet, ctx.table, task, key);
  const only = cells[0];
  if (cells.length !== 1 || only === undefined || typeof only.value !== 'string') return null;
  return only.cell === task.cells[key] ? only.value : null;
}

/** The first item with the others under `more`, as the names rules' params list them. */
export function firstAndMore<T extends object>(items: readonly T[]): T & { more?: T[] } {
  const [first, ...rest] = items;
  if (first === undefined) throw new Error('firstAndMore needs an item');
  return rest.length > 0 ? { ...first, more: rest } : { ...first };
}

/** Items once each, by a key. */
export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Rewrites tokens of a cell in order, each found after the previous one. */
export function replaceTokens(text: string, edits: readonly { raw: string; to: string }[]): string | null {
  let out = '';
  let at = 0;
  for (const e of edits) {
    const i = text.indexOf(e.raw, at);
    if (i < 0) return null;
    out += text.slice(at, i) + e.to;
    at = i + e.raw.length;
  }
  return out + text.slice(at);
}
