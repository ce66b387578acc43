import { TextMemo } from './memo';
import { normalizeName } from './normalize';
import { BRACKETED, scanPieces, type Piece } from './scan';
import { COMPOUND_SURNAMES, isCommonSurname, surnameLength } from './surnames';
import type { LeaderToken } from './types';

const HARD = '、，,；;／/｜|';
/** A name spaced over more pieces than this is not one name. */
const MAX_PIECES = 4;
const CJK = /^[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}·•]+$/u;

interface Candidate {
  name: string;
  chars: number;
}

function longestName(name: string): number {
  if (name.includes('·') || name.includes('•')) return 12;
  return surnameLength(name) === 2 ? 4 : 3;
}

/**
 * Cost of reading a group of neighbouring pieces as one name; lower is likelier. Pieces stay apart
 * unless joining them turns stray characters into something shaped like a name.
 */
function groupCost(group: Candidate[], known: ReadonlySet<string> | undefined): number {
  const name = group.map((g) => g.name).join('');
  const chars = group.reduce((n, g) => n + g.chars, 0);
  if (group.length === 1) {
    if (known?.has(name)) return -3;
    if (chars === 1) return 5;
    // A bare compound surname ("欧阳") is the start of a name, not a name.
    if (COMPOUND_SURNAMES.has(name)) return 3;
    // A piece opening with no surname ("克华") is more likely the end of a name than a name.
    return surnameLength(name) === 0 && CJK.test(name) ? 0.5 : 0;
  }
  if (!CJK.test(name) || chars > longestName(name)) return Infinity;
  if (known !== undefined && group.every((g) => known.has(g.name))) return Infinity;
  let cost = group.length - 1;
  if (surnameLength(name) === 0) cost += 2;
  // A later piece opening with a common surname more likely starts the next person: strongly so after
  // a piece that could be a name or a compound surname ("欧阳 李强"), mildly after a lone surname ("崔 金德").
  const head = group[0] as Candidate;
  for (const g of group.slice(1)) {
    if (!isCommonSurname(Array.from(g.name)[0] as string)) continue;
    cost += g.chars === 1 ? 1 : head.chars >= 2 ? 2.5 : 0.5;
  }
  if (known?.has(name)) cost -= 3;
  return cost;
}

/** Best grouping of a run of space-separated pieces, by dynamic programming over the run. */
function groupRun(run: Candidate[], known: ReadonlySet<string> | undefined): number[] {
  const n = run.length;
  // Pieces of two or more characters are whole names: joining two would be too long to be one.
  if (run.every((c) => c.chars >= 2 && !COMPOUND_SURNAMES.has(c.name) && !/[·•]/.test(c.name))) return run.map(() => 1);
  const best: number[] = new Array<number>(n + 1).fill(Infinity);
  const cut: number[] = new Array<number>(n + 1).fill(0);
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let size = 1; size <= Math.min(MAX_PIECES, end); size++) {
      const prev = best[end - size] as number;
      if (prev === Infinity) continue;
      const cost = prev + groupCost(run.slice(end - size, end), known);
      if (cost < (best[end] as number)) {
        best[end] = cost;
        cut[end] = size;
      }
    }
  }
  const sizes: number[] = [];
  for (let end = n; end > 0; end -= cut[end] as number) sizes.unshift(cut[end] as number);
  return sizes;
}

/**
 * Splits a 分管领导 cell into names: on whitespace (U+3000 too) and on 、，,；;. A name that spaces
 * broke apart ("崔 赞", "欧阳 明华") is joined back; two real names are never joined. `known`
 * (normalised names from a roster) settles the close calls.
 */
export function splitLeaders(text: string, known?: ReadonlySet<string>): LeaderToken[] {
  return sharedLeaders(text, known).map((token) => ({ ...token }));
}

/** splitLeaders as remembered, shared and not to be changed: for readers that only look. */
export function sharedLeaders(text: string, known?: ReadonlySet<string>): readonly Readonly<LeaderToken>[] {
  let memo = plainMemo;
  if (known !== undefined) {
    memo = knownMemos.get(known) ?? new TextMemo<LeaderToken[]>();
    knownMemos.set(known, memo);
  }
  return memo.get(text, (t) => readLeaders(t, known));
}

const plainMemo = new TextMemo<LeaderToken[]>();
const knownMemos = new WeakMap<ReadonlySet<string>, TextMemo<LeaderToken[]>>();

/** Titles written after a name ("郭克华副区长", "郭克华 同志"), longest first; kept as data. */
const TITLES = [
  '常务副区长', '常务副县长', '常务副市长', '副区长', '副县长', '副市长', '副书记', '副主任', '副部长', '副主席',
  '区长', '县长', '市长', '书记', '主任', '部长', '主席', '同志', '等',
];
const TITLE_ENDS = new Set(TITLES.map((t) => t[t.length - 1] as string));
/** What a cell holds when no leader is named: not a name. */
const PLACEHOLDER = /^(?:无|暂无|待定|[-－—–~～…._·、]+)$/;
const BRACKET = /[（([【〔［｛{〖]/;

/**
 * The cell with each bracketed remark ("（常务）", "(牵头)") turned into a separator of the same length:
 * a remark ends the name before it, so "崔赞（牵头）高晋" is two names, and offsets into the cell still hold.
 */
function maskRemarks(text: string): string {
  return BRACKET.test(text) ? text.replace(BRACKETED, (m) => `、${' '.repeat(m.length - 1)}`) : text;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** The name without a title after it; a title standing alone is no name at all. */
function withoutTitle(name: string): string {
  const first = name.charCodeAt(0);
  const han = first >= 0x4e00 && first <= 0x9fff;
  if ((!han || name === '无' || name === '暂无' || name === '待定') && (PLACEHOLDER.test(name) || !HAS_WORD.test(name))) return '';
  if (!TITLE_ENDS.has(name[name.length - 1] as string)) return name;
  for (const t of TITLES) {
    if (name === t) return '';
    if (name.endsWith(t) && name.length - t.length >= 2) return name.slice(0, -t.length);
  }
  return name;
}

function readLeaders(text: string, known: ReadonlySet<string> | undefined): LeaderToken[] {
  const pieces = scanPieces(maskRemarks(text), HARD)
    .map((p) => ({ piece: { ...p, text: text.slice(p.start, p.end) }, name: withoutTitle(normalizeName(text.slice(p.start, p.end))) }))
    .filter((p) => p.name !== '');
  const tokens: LeaderToken[] = [];
  let i = 0;
  while (i < pieces.length) {
    let j = i + 1;
    while (j < pieces.length && (pieces[j] as { piece: Piece }).piece.before === 'space') j++;
    const run = pieces.slice(i, j);
    let at = 0;
    for (const size of groupRun(run.map((p) => ({ name: p.name, chars: Array.from(p.name).length })), known)) {
      const group = run.slice(at, at + size);
      const first = (group[0] as { piece: Piece }).piece;
      const last = (group[group.length - 1] as { piece: Piece }).piece;
      tokens.push({ raw: text.slice(first.start, last.end), name: group.map((g) => g.name).join(''), rejoined: size > 1 });
      at += size;
    }
    i = j;
  }
  return tokens;
}

/** The cell with every broken name joined back, all else as written. Equal to `text` when nothing was broken. */
export function joinSplitLeaders(text: string, known?: ReadonlySet<string>): string {
  let out = '';
  let last = 0;
  for (const token of splitLeaders(text, known)) {
    if (!token.rejoined) continue;
    const start = text.indexOf(token.raw, last);
    out += text.slice(last, start) + token.raw.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');
    last = start + token.raw.length;
  }
  return out + text.slice(last);
}
