import { check } from '../src/core/check';
import { matchItems, matchTasks, textKey } from '../src/core/history';
import type { Task } from '../src/core/model';
import { random } from './generate';
import { measure } from './timing';
import type { BenchContext } from './types';

/** Target from the month-over-month issue: 10,000 tasks matched against 10,000 in at most 300 ms. */
export const MATCH_TARGET_MS = 300;

interface LastMonth {
  tasks: Task[];
  /** By last month's task: the index of the task of this month it was made from, or -1 for a task dropped since. */
  source: number[];
}

/**
 * Last month's list made from this month's as offices change it: about 1% of this month's tasks
 * are new (absent last month), 1% of last month's were dropped since, and 5% of the texts were
 * reworded a little; the 序号 follow.
 */
function lastMonth(tasks: readonly Task[], seed = 7): LastMonth {
  const rnd = random(seed);
  const out: Task[] = [];
  const source: number[] = [];
  tasks.forEach((task, i) => {
    if (rnd() < 0.01) {
      out.push({ ...task, annual: `完成第${i}批老旧管网改造工程${i % 97}公里，消除供水安全隐患。` });
      source.push(-1);
    }
    if (rnd() < 0.01) return;
    const r = rnd();
    const annual = r < 0.025 ? `进一步${task.annual}` : r < 0.05 ? task.annual.replace(/。$/, '，确保按期完成。') : task.annual;
    out.push({ ...task, annual });
    source.push(i);
  });
  out.forEach((t, k) => {
    t.seq = k + 1;
  });
  return { tasks: out, source };
}

/** Matching alone (as check does it, keys included), then the whole check with and without last month. */
export async function run(ctx: BenchContext): Promise<Record<string, unknown>> {
  const current = check(ctx.generated, { previous: { kind: 'none' } }).tasks;
  const previous = lastMonth(current);
  const match = () => matchTasks(matchItems(current), matchItems(previous.tasks));
  const ms = await measure(match, 7, 2);
  const m = match();
  // A task matched to another of the very same text is as right as any: the texts cannot tell them apart.
  let right = 0;
  previous.source.forEach((from, k) => {
    const to = m.currentOf[k] ?? -1;
    if (from < 0 ? to < 0 : to >= 0 && textKey((current[to] as Task).annual) === textKey((current[from] as Task).annual)) right++;
  });
  const scale = ctx.rows / 10000 || 1;
  const result = {
    tasks: current.length,
    previousTasks: previous.tasks.length,
    matched: m.matched,
    rightShare: Math.round((right / previous.tasks.length) * 10000) / 10000,
    ms,
    withinTarget: ms <= MATCH_TARGET_MS * scale,
    targetMs: MATCH_TARGET_MS,
  };
  ctx.log(
    `history 匹配 ${result.tasks} 项对上月 ${result.previousTasks} 项：对上 ${result.matched} 项，正确 ${(result.rightShare * 100).toFixed(2)}%，${ms} ms，目标 ≤ ${MATCH_TARGET_MS} ms／万项：${result.withinTarget ? '达标' : '未达标'}`,
  );
  return result;
}
