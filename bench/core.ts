import { check } from '../src/core/check';
import type { BenchContext } from './types';
import { measure } from './timing';

/** Target from the foundation issue: the core checks 10,000 tasks in at most 250 ms. */
export const CORE_TARGET_MS = 250;

export async function run(ctx: BenchContext): Promise<Record<string, unknown>> {
  const fixtureReport = check(ctx.fixture, {});
  const generatedReport = check(ctx.generated, {});
  const fixtureMs = await measure(() => check(ctx.fixture, {}), 15, 5);
  const generatedMs = await measure(() => check(ctx.generated, {}), 7, 3);
  const result = {
    fixture: { tasks: fixtureReport.tasks.length, findings: fixtureReport.findings.length, ms: fixtureMs },
    generated: { tasks: generatedReport.tasks.length, findings: generatedReport.findings.length, ms: generatedMs },
    targetMs: CORE_TARGET_MS,
    withinTarget: generatedMs <= CORE_TARGET_MS * (ctx.rows / 10000 || 1),
  };
  ctx.log(`core  样例 ${result.fixture.tasks} 项：${fixtureMs} ms（${result.fixture.findings} 条问题）`);
  ctx.log(
    `core  生成 ${result.generated.tasks} 项：${generatedMs} ms（${result.generated.findings} 条问题），目标 ≤ ${CORE_TARGET_MS} ms／万项：${result.withinTarget ? '达标' : '未达标'}`,
  );
  return result;
}
