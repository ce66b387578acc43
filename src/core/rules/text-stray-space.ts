import type { Issue } from '../findings';
import type { ColumnKey, Task } from '../model';
import { endsLikeOrg } from '../names';
import { readStatus } from '../status';
import { fieldCells } from '../table/cells';
import type { Rule } from './types';
import { columnEn, columnZh } from '../messages/format';

/** excerpt: the first stray space in context; count: how many the cell has. */
export interface TextStraySpaceParams {
  column: ColumnKey;
  excerpt: string;
  count?: number;
}

/** Leader and unit cells are the names rules' (leader.spacing, unit.split): spaces separate names there. */
type TextColumn = Extract<ColumnKey, 'annual' | 'month' | 'progress'>;
const COLUMNS: readonly TextColumn[] = ['annual', 'month', 'progress'];

const TEXT_OF: Record<TextColumn, (t: Task) => string> = {
  annual: (t) => t.annual,
  month: (t) => t.monthTarget,
  progress: (t) => t.progress,
};

const QUICK = /[\u3400-\u9fff\uf900-\ufaff][ \u00a0\u3000]+[\u3400-\u9fff\uf900-\ufaff]/;
/** A Chinese character, a run of spaces, and (looked at, not taken) the Chinese character after it. */
const CANDIDATE = /[\u3400-\u9fff\uf900-\ufaff]([ \u00a0\u3000]+)(?=[\u3400-\u9fff\uf900-\ufaff])/g;
const OPEN_QUOTES = new Set([...'“‘「『《〈'].map((c) => c.charCodeAt(0)));
const CLOSE_QUOTES = new Set([...'”’」』》〉'].map((c) => c.charCodeAt(0)));
/** Runs this short on both sides of a space, between other spaces, are a list of names, not a broken word. */
const LIST_ITEM = 8;
const PARALLEL_MIN = 3;
const PARALLEL_MAX = 4;
const CONTEXT = 4;

function isHan(ch: number): boolean {
  return (ch >= 0x3400 && ch <= 0x9fff) || (ch >= 0xf900 && ch <= 0xfaff);
}

function isSpace(ch: number): boolean {
  return ch === 0x20 || ch === 0xa0 || ch === 0x3000;
}

/** A letter or digit: a run that ends on one is part of a mixed phrase, not a slogan half. */
function isAlnum(ch: number): boolean {
  return (ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a) || ch === 0x25 || ch === 0xff05;
}

export interface StraySpace {
  /** Offsets of the space run: text.slice(start, end) is the space(s). */
  start: number;
  end: number;
}

/**
 * Spaces a line wrap left inside a word, as in "已完 成". A space between two Chinese characters is kept when
 * it is layout rather than a break in a word:
 * - inside quotation marks or 《》, where it separates the halves of a slogan ("强品牌 庆丰收");
 * - between two runs of the same short length, a parallel phrase ("三高共管 六病同防");
 * - in a row of short space-separated runs, a list of names ("区发改局 区财政局 区商务局");
 * - after a unit's name ("区发改局 临淄经济开发区管委会");
 * - before `from` (the status label and its separator in a 完成情况 cell).
 * Spaces next to punctuation ("冷链仓储物流项目二期： 中央厨房") are never between two characters.
 */
export function findStraySpaces(text: string, from = 0): StraySpace[] {
  if (!QUICK.test(text)) return [];
  const out: StraySpace[] = [];
  let depth = 0;
  let asciiQuoted = false;
  let scanned = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const start = m.index + 1;
    const end = start + (m[1]?.length ?? 0);
    // Quotes are counted only up to each candidate: most of a long text is never looked at twice.
    for (; scanned < start; scanned++) {
      const ch = text.charCodeAt(scanned);
      if (OPEN_QUOTES.has(ch)) depth++;
      else if (CLOSE_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
      else if (ch === 0x22) asciiQuoted = !asciiQuoted;
    }
    // The character after the spaces is only looked at, so the next candidate can start on it ("甲 乙 丙").
    if (start >= from && depth === 0 && !asciiQuoted && !isLayout(text, start, end)) out.push({ start, end });
  }
  return out;
}

function isLayout(text: string, start: number, end: number): boolean {
  let left = start;
  while (left > 0 && isHan(text.charCodeAt(left - 1))) left--;
  let right = end;
  while (right < text.length && isHan(text.charCodeAt(right))) right++;
  const leftLen = start - left;
  const rightLen = right - end;
  const before = left > 0 ? text.charCodeAt(left - 1) : -1;
  const after = right < text.length ? text.charCodeAt(right) : -1;
  if (leftLen === rightLen && leftLen >= PARALLEL_MIN && leftLen <= PARALLEL_MAX && !isAlnum(before) && !isAlnum(after)) return true;
  // "由区发改局 临淄经济开发区管委会共同推进": a space after a unit's name separates two units.
  if (leftLen >= 4 && rightLen >= 2 && endsLikeOrg(text, start, left)) return true;
  if (leftLen <= LIST_ITEM && rightLen <= LIST_ITEM) {
    const listBefore = isSpace(before) && left > 1 && isHan(text.charCodeAt(left - 2));
    const listAfter = isSpace(after) && right + 1 < text.length && isHan(text.charCodeAt(right + 1));
    if (listBefore || listAfter) return true;
  }
  return false;
}

export function removeSpaces(text: string, spaces: readonly StraySpace[]): string {
  let out = '';
  let at = 0;
  for (const s of spaces) {
    out += text.slice(at, s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

export const textStraySpace: Rule<'text.stray-space', TextStraySpaceParams> = {
  id: 'text.stray-space',
  severity: 'warning',
  kind: 'data',
  meta: {
    title: { zh: '多余空格', en: 'Stray spaces' },
    description: {
      zh: '年度目标、月份目标或完成情况中，换行留下的汉字间空格（“已完 成”），可一键删除',
      en: 'A space a line wrap left between Chinese characters in a target or the progress text ("已完 成"); can be removed in one step',
    },
    messages: {
      zh: (p) =>
        `“${columnZh[p.column]}”中汉字之间有多余空格：“${p.excerpt}”${p.count !== undefined && p.count > 1 ? `等${p.count}处` : ''}。请删除空格。`,
      en: (p) =>
        `The ${columnEn[p.column]} text has a stray space between characters: "${p.excerpt}"${p.count !== undefined && p.count > 1 ? ` and ${p.count - 1} more` : ''}. Remove it.`,
    },
  },
  check({ sheet, table }) {
    const issues: Issue<'text.stray-space'>[] = [];
    for (const task of table.tasks) {
      for (const column of COLUMNS) {
        // The joined text has a candidate whenever one of its cells does: most tasks stop here.
        if (!QUICK.test(TEXT_OF[column](task))) continue;
        for (const f of fieldCells(sheet, table, task, column)) {
          if (typeof f.value !== 'string') continue;
          const text = f.value;
          const from = column === 'progress' ? readStatus(text).end + 1 : 0;
          const spaces = findStraySpaces(text, from);
          const first = spaces[0];
          if (!first) continue;
          const excerpt = text.slice(Math.max(0, first.start - CONTEXT), Math.min(text.length, first.end + CONTEXT)).replace(/\s+/g, ' ');
          issues.push({
            rule: 'text.stray-space',
            cell: f.cell,
            seq: task.seq,
            params: { column, excerpt, count: spaces.length },
            suggestion: { cell: f.cell, from: text, to: removeSpaces(text, spaces) },
          });
        }
      }
    }
    return issues;
  },
};
