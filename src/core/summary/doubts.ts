import type { NameIndex } from '../names/types';
import { endsLikeOrg, sharedUnits } from '../names/units';
import { isWhitespace } from '../names/scan';
import { ADMIN_PREFIXES, ORG_ENDINGS } from '../names/unit-words';

/** Why a unit name may be no unit at all. */
export type UnitDoubt = 'fragment' | 'unknown';

/** A 责任单位 name the summaries will not give a sheet of its own until someone has looked at it. */
export interface DoubtfulUnit {
  name: string;
  /**
   * 'fragment': it does not end like an organisation (区行政审批), or it stands beside such a piece with
   * only a space between, so the two may be one name broken apart; 'unknown': not on the roster.
   */
  reason: UnitDoubt;
  /** The 责任单位 text it was read from first, so the user can find it. */
  cell: string;
}

/** A piece too short or without an organisation's ending is not a unit name by itself. */
function looksBroken(name: string): boolean {
  return name.length < 2 || !endsLikeOrg(name);
}

/** Single-character endings that close an office's name; 乡, 场, 行… also end ordinary words (城乡, 市场). */
const FIRM_ENDINGS = new Set('局委办部院所队站处厅署室');
const LONG_ENDINGS = ORG_ENDINGS.filter((e) => e.length > 1);

function endsFirmly(name: string): boolean {
  return FIRM_ENDINGS.has(name[name.length - 1] as string) || LONG_ENDINGS.some((e) => name.endsWith(e));
}

/** "区住房和城乡 建设局": a name ending like a word, then, across a space, one that opens no name of its own. */
function brokenPair(first: string, second: string): boolean {
  return !endsFirmly(first) && !ADMIN_PREFIXES.includes(second[0] as string) && !second.startsWith('各');
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (!isWhitespace(text[i] as string)) return false;
  return true;
}

/**
 * Units of one 责任单位 text that may be pieces of a name a space broke in a way the reader could not
 * join: every piece that does not read as a unit, and its neighbours across a bare space.
 */
export function brokenUnitNames(text: string): string[] {
  const units = sharedUnits(text);
  const doubtful = new Set<number>();
  units.forEach((u, i) => {
    const next = units[i + 1];
    const joined = next !== undefined && u.marker === null && onlySpaceBetween(text, u.end, next.start);
    if (joined && brokenPair(u.name, next.name)) {
      doubtful.add(i);
      doubtful.add(i + 1);
    }
    if (!looksBroken(u.name)) return;
    doubtful.add(i);
    const prev = units[i - 1];
    if (prev && prev.marker === null && onlySpaceBetween(text, prev.end, u.start)) doubtful.add(i - 1);
    if (joined) doubtful.add(i + 1);
  });
  return [...doubtful].sort((a, b) => a - b).map((i) => units[i]?.name ?? '').filter((n) => n !== '');
}

/** The doubt about one unit name as the summaries count it, or null when it is a unit they may trust. */
export function unitDoubt(name: string, names: NameIndex, broken: ReadonlySet<string>): UnitDoubt | null {
  if (broken.has(name) || looksBroken(name)) return 'fragment';
  const roster = names.roster;
  if (roster !== null && roster.units.length > 0 && names.unit(name).known === false) return 'unknown';
  return null;
}
