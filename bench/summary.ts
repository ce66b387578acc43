import { check } from '../src/core/check';
import { buildSummaries, type SummaryBy } from '../src/core/summary';
import { measure } from './timing';
import type { BenchContext } from './types';

/** Target from the summary issue: the summary sheets of 10,000 tasks and 50 leaders in at most 300 ms of core time. */
export const SUMMARY_TARGET_MS = 300;

/** buildSummaries alone, on reports checked beforehand (checking is the core section's to time). */
export async function run(ctx: BenchContext): Promise<Record<string, unknown>> {
  const fixture = check(ctx.fixture, {});
  const generated = check(ctx.generated, {});
  const scale = ctx.rows / 10000 || 1;
  const timed = async (by: SummaryBy) => {
    const summary = buildSummaries(generated, { by, order: 'status' });
    const ms = await measure(() => buildSummaries(generated, { by, order: 'status' }), 7, 2);
    return {
      tasks: generated.tasks.length,
      leaders: summary.leaders.length,
      sheets: summary.sheets.length,
      rows: summary.sheets.reduce((n, s) => n + s.rows.length, 0),
      ms,
      withinTarget: ms <= SUMMARY_TARGET_MS * scale,
    };
  };
  const fixtureMs = await measure(() => buildSummaries(fixture, { by: 'both', order: 'status' }), 15, 5);
  const leader = await timed('leader');
  const both = await timed('both');
  ctx.log(`summary 样例 ${fixture.tasks.length} 项（按领导和单位）：${fixtureMs} ms`);
  for (const [label, r] of [['按领导', leader], ['按领导和单位', both]] as const) {
    ctx.log(
      `summary 生成 ${r.tasks} 项、${r.leaders} 位领导（${label}）：${r.sheets} 张表 ${r.rows} 行，${r.ms} ms，目标 ≤ ${SUMMARY_TARGET_MS} ms／万项：${r.withinTarget ? '达标' : '未达标'}`,
    );
  }
  return { fixture: { tasks: fixture.tasks.length, ms: fixtureMs }, leader, both, targetMs: SUMMARY_TARGET_MS };
}
