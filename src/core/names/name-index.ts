import type { Task } from '../model';
import { normalizeName } from './normalize';
import { surnameLength } from './surnames';
import type { LeaderVerdict, NameIndex, Roster } from './types';

/** Without a roster, a name is taken as established once it heads this many tasks. */
const ESTABLISHED = 2;
/** A variant is suspected only of a name used at least this many times as often as itself… */
const VARIANT_RATIO = 3;
/** …and at least this many times in all… */
const VARIANT_MIN = 3;
/** …and only while the variant itself is rare: a slip is made once or twice, a real second person heads many tasks. */
const VARIANT_SHARE = 5;

function chars(name: string): string[] {
  return Array.from(name);
}

/**
 * Keys shared by names that differ in exactly one character after the surname:
 * "崔赞" and "崔赟" both give "崔\u0000". Looking names up by key keeps the search linear.
 */
function variantKeys(name: string): string[] {
  const cs = chars(name);
  if (cs.length < 2) return [];
  const from = Math.max(1, surnameLength(name));
  const keys: string[] = [];
  for (let i = from; i < cs.length; i++) keys.push(`${cs.length}|${cs.slice(0, i).join('')}\u0000${cs.slice(i + 1).join('')}`);
  return keys;
}

class KeyIndex {
  private readonly byKey = new Map<string, string[]>();

  add(name: string): void {
    for (const key of variantKeys(name)) {
      const list = this.byKey.get(key);
      if (list === undefined) this.byKey.set(key, [name]);
      else if (!list.includes(name)) list.push(name);
    }
  }

  /** Names one character off `name` (same length and surname), `name` itself excluded. */
  near(name: string): string[] {
    const out: string[] = [];
    for (const key of variantKeys(name)) for (const other of this.byKey.get(key) ?? []) if (other !== name && !out.includes(other)) out.push(other);
    return out;
  }
}

/**
 * Which pairs of names head a task together: two names in one cell are two people. Only names that
 * have a near namesake matter, so only those are paired.
 */
function togetherPairs(tasks: readonly Task[], matters: ReadonlySet<string>): Set<string> {
  const pairs = new Set<string>();
  if (matters.size === 0) return pairs;
  for (const t of tasks) {
    const names = t.leaders.filter((n) => matters.has(n));
    for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) {
      pairs.add(`${names[i]}\u0000${names[j]}`);
      pairs.add(`${names[j]}\u0000${names[i]}`);
    }
  }
  return pairs;
}

interface Known {
  has(name: string): boolean;
  /** Known names ending with the fragment. */
  endingWith(fragment: string): string[];
  /** Known names that open `name`, longest first. */
  opening(name: string): string[];
}

function knownNames(names: Iterable<string>): Known {
  const set = new Set<string>();
  const endings = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  for (const n of names) {
    if (set.has(n) || n.length < 2) continue;
    set.add(n);
    const cs = chars(n);
    for (let i = 1; i < cs.length; i++) {
      const tail = cs.slice(i).join('');
      const list = endings.get(tail) ?? [];
      list.push(n);
      endings.set(tail, list);
    }
    const first = cs[0] as string;
    byFirst.set(first, [...(byFirst.get(first) ?? []), n]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return {
    has: (n) => set.has(n),
    endingWith: (f) => endings.get(f) ?? [],
    opening: (n) => (byFirst.get(chars(n)[0] ?? '') ?? []).filter((k) => k.length < n.length && n.startsWith(k)),
  };
}

/**
 * Reads `name` as known names run together: a known name, then either another reading of the rest, a
 * known name, or the last one or two characters of a known name ("崔赞" + "晋" of 高晋). `likely` names
 * the full name a fragment stands for when only one known name ends that way. Null when nothing fits.
 */
function readRunTogether(name: string, known: Known, depth = 0): { parts: string[]; likely: string[] } | null {
  if (depth > 4) return null;
  for (const head of known.opening(name)) {
    const rest = name.slice(head.length);
    if (known.has(rest)) return { parts: [head, rest], likely: [head, rest] };
    const further = readRunTogether(rest, known, depth + 1);
    if (further) return { parts: [head, ...further.parts], likely: [head, ...further.likely] };
    const owners = known.endingWith(rest);
    if (owners.length >= 1 && chars(rest).length <= 2) {
      return { parts: [head, rest], likely: [head, owners.length === 1 ? (owners[0] as string) : rest] };
    }
  }
  return null;
}

function rosterIndex(roster: Roster, counts: Map<string, number>, together: Set<string>): (name: string) => LeaderVerdict {
  const names = roster.leaders.map(normalizeName).filter((n) => n !== '');
  const onRoster = new Set(names);
  const keys = new KeyIndex();
  for (const n of onRoster) keys.add(n);
  const known = knownNames(onRoster);
  return (name) => {
    if (onRoster.has(name)) return { kind: 'ok', canonical: name };
    const near = keys.near(name).filter((c) => !together.has(`${name}\u0000${c}`));
    if (near.length === 1) return { kind: 'mapped', canonical: near[0] as string };
    if (near.length > 1) {
      const likeliest = [...near].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0] as string;
      return { kind: 'suspect', canonical: likeliest };
    }
    const merged = readRunTogether(name, known);
    if (merged) return { kind: 'merged', ...merged };
    return { kind: 'unknown' };
  };
}

function inferredIndex(counts: Map<string, number>, together: Set<string>): (name: string) => LeaderVerdict {
  const established = [...counts].filter(([, c]) => c >= ESTABLISHED).map(([n]) => n);
  const keys = new KeyIndex();
  for (const n of counts.keys()) keys.add(n);
  const known = knownNames(established);
  return (name) => {
    const count = counts.get(name) ?? 0;
    let best: string | null = null;
    let bestCount = 0;
    for (const other of keys.near(name)) {
      const c = counts.get(other) ?? 0;
      const rare = count <= Math.max(2, Math.floor(c / VARIANT_SHARE));
      if (c < VARIANT_MIN || c < VARIANT_RATIO * Math.max(count, 1) || !rare || together.has(`${name}\u0000${other}`)) continue;
      if (c > bestCount) {
        best = other;
        bestCount = c;
      }
    }
    if (best !== null) return { kind: 'suspect', canonical: best };
    const merged = readRunTogether(name, known);
    if (merged) {
      // Run-together names are slips: far rarer than each name they contain.
      const support = Math.min(...merged.likely.filter((p) => counts.has(p)).map((p) => counts.get(p) ?? 0));
      if (count * VARIANT_RATIO <= support || (count === 1 && support >= ESTABLISHED)) return { kind: 'merged', ...merged };
    }
    return { kind: 'ok', canonical: name };
  };
}

/**
 * What each leader name in the report is. With a roster: on it ('ok'), one character off one roster
 * name ('mapped'), roster names run together ('merged'), or 'unknown'. Without one, the report itself
 * is the evidence: a rare name one character off a frequent one of the same surname and length is a
 * 'suspect' variant of it (never merged silently), and two frequent names run together are 'merged'.
 * Two names that head a task together are never taken for one person.
 */
export function buildNameIndex(tasks: readonly Task[], roster: Roster | null): NameIndex {
  const counts = new Map<string, number>();
  for (const t of tasks) for (const n of t.leaders) counts.set(n, (counts.get(n) ?? 0) + 1);
  const useRoster = roster !== null && roster.leaders.length > 0;
  const neighbours = new KeyIndex();
  for (const n of counts.keys()) neighbours.add(n);
  if (useRoster) for (const n of roster.leaders) neighbours.add(normalizeName(n));
  const matters = new Set([...counts.keys()].filter((n) => neighbours.near(n).length > 0));
  const together = togetherPairs(tasks, matters);
  const decide = useRoster ? rosterIndex(roster, counts, together) : inferredIndex(counts, together);
  const verdicts = new Map<string, LeaderVerdict>();

  const units = new Map<string, string>();
  const rosterUnits = roster !== null && roster.units.length > 0;
  if (rosterUnits) for (const u of roster.units) {
    const n = normalizeName(u);
    if (n !== '' && !units.has(n)) units.set(n, n);
  }

  return {
    roster,
    leader(name) {
      let v = verdicts.get(name);
      if (v === undefined) {
        v = decide(normalizeName(name));
        verdicts.set(name, v);
      }
      return v;
    },
    unit(name) {
      const n = normalizeName(name);
      if (!rosterUnits) return { canonical: n, known: null };
      const canonical = units.get(n);
      return canonical !== undefined ? { canonical, known: true } : { canonical: n, known: false };
    },
  };
}
