import type { Grouped, TaskRow } from '../summary/group';
import { NO_LEADER } from '../summary/types';
import type { RedLights } from './lights';
import { reasonOf } from './reason';
import { shortName } from './short-name';
import type { Block, BulletinGroupBy } from './types';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一; from 100 on, Arabic digits. */
export function chineseNumber(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) return String(n);
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/** （一）（二）…: the second-level numbering of a 公文. */
export function subOrdinal(n: number): string {
  return `（${chineseNumber(n)}）`;
}

/** 未完成 first, then 部分完成, then tasks done for the month that still carry a red light. */
const RANK: Record<string, number> = { 未完成: 0, 部分完成: 1 };

export interface ProblemInput {
  grouped: Grouped;
  lights: ReadonlyMap<number, RedLights>;
  months?: ReadonlyMap<number, number>;
  by: BulletinGroupBy;
}

function isProblem(row: TaskRow, input: ProblemInput): boolean {
  return row.status === '未完成' || row.status === '部分完成' || input.lights.has(row.index);
}

function ordered(rows: TaskRow[], input: ProblemInput): TaskRow[] {
  return rows
    .filter((r) => isProblem(r, input))
    .sort((a, b) => (RANK[a.status] ?? 2) - (RANK[b.status] ?? 2) || a.index - b.index);
}

function lightsText(lights: RedLights | undefined): string {
  if (!lights) return '';
  const parts: string[] = [];
  if (lights.deadlines.length) parts.push(`已超过“${lights.deadlines.join('”“')}”的期限`);
  if (lights.schedule) parts.push(lights.schedule);
  return parts.join('；');
}

/** Units most named in a line: the lead units and enough others to make three; a long list ends 等N个单位. */
const UNITS_SHOWN = 3;

/** （区住建局（牵头）、区发改局）, lead first; （区财政局（牵头）、区发改局、区教体局等13个单位） for long lists. */
function unitsText(row: TaskRow): string {
  if (!row.units.length) return '';
  const named = row.units.map((u) => (u.lead ? `${u.name}（牵头）` : u.name));
  const leads = row.units.filter((u) => u.lead).length;
  const shown = Math.max(UNITS_SHOWN, leads);
  if (named.length <= shown) return `（${named.join('、')}）`;
  return `（${named.slice(0, shown).join('、')}等${named.length}个单位）`;
}

/** 序号12 推进城市更新（区住建局牵头，区发改局配合）：部分完成。因…；已超过“8月底前”的期限。 */
export function problemLine(row: TaskRow, input: ProblemInput): string {
  const name = shortName(row.task.annual);
  const units = unitsText(row);
  const others = input.by === 'leader' && row.leaders.length > 1 ? `，与${row.leaders.slice(1).join('、')}同志共同分管` : '';
  const status = row.status === '未完成' || row.status === '部分完成' ? row.status : '本月完成，但进度滞后';
  const months = input.months?.get(row.index);
  const streak = months && months >= 2 ? `，已连续${months}个月未完成` : '';
  const reason = row.status === '完成' ? null : reasonOf(row.task.progress, row.task.statusLabel);
  const parts = [`${status}${streak}${others}`];
  if (reason) parts.push(reason.kind === 'stated' ? reason.text : `进展：${reason.text}`);
  const lights = lightsText(input.lights.get(row.index));
  if (lights) parts.push(lights);
  return `序号${row.seq} ${name}${units}：${parts.join('；')}。`;
}

function groups(input: ProblemInput): { title: string; rows: TaskRow[] }[] {
  const { grouped } = input;
  if (input.by === 'unit') {
    return grouped.units.map((u) => ({ title: u.name, rows: u.rows.filter((r) => r.lead).map((r) => r.row) }));
  }
  // A task several leaders share is listed once, under the first, and names the others.
  const out = grouped.leaders.map((b) => ({ title: `${b.name}同志分管`, rows: b.rows.filter((r) => r.leaders[0] === b.name) }));
  if (grouped.noLeader.length) out.push({ title: NO_LEADER, rows: grouped.noLeader });
  return out;
}

/** 三、存在的问题: every late task, grouped by leader or by lead unit; a group with nothing late is left out. */
export function problemBlocks(input: ProblemInput): Block[] {
  const blocks: Block[] = [];
  let n = 0;
  for (const group of groups(input)) {
    const rows = ordered(group.rows, input);
    if (!rows.length) continue;
    blocks.push({ kind: 'heading', level: 2, text: `${subOrdinal(++n)}${group.title}` });
    rows.forEach((row, i) => blocks.push({ kind: 'paragraph', text: `${i + 1}. ${problemLine(row, input)}` }));
  }
  if (!blocks.length) blocks.push({ kind: 'paragraph', text: '本月各项任务均按计划完成，未发现进度滞后事项。' });
  return blocks;
}
