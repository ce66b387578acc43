import ExcelJS from 'exceljs';
import { check } from '../src/core/check';
import { loadWorkbook } from '../src/xlsx/load';
import { snapshotWorkbook } from '../src/xlsx/read';
import type { BenchContext } from './types';
import { measure, measureInTurn, round } from './timing';

/** Target from the foundation issue: reading and checking a file takes at most 1.3× exceljs's bare load of it. */
export const RATIO_TARGET = 1.3;

async function bare(bytes: Uint8Array): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
}

async function endToEnd(bytes: Uint8Array): Promise<void> {
  const wb = await loadWorkbook(bytes, 'bench.xlsx');
  check(snapshotWorkbook(wb), {});
}

async function read(bytes: Uint8Array): Promise<void> {
  snapshotWorkbook(await loadWorkbook(bytes, 'bench.xlsx'));
}

/**
 * The whole path against the bare load, and the reading part alone (sniff, load, snapshot), so the
 * report shows which side of the line the time falls on when the target is missed.
 */
async function compare(bytes: Uint8Array, runs: number) {
  const [loadMs = NaN, readMs = NaN, e2eMs = NaN] = await measureInTurn([() => bare(bytes), () => read(bytes), () => endToEnd(bytes)], runs, 1);
  const wb = await loadWorkbook(bytes, 'bench.xlsx');
  const snapshotMs = await measure(() => snapshotWorkbook(wb), runs, 1);
  return { bytes: bytes.length, loadMs, snapshotMs, readMs, e2eMs, readRatio: round(readMs / loadMs, 2), ratio: round(e2eMs / loadMs, 2) };
}

export async function run(ctx: BenchContext): Promise<Record<string, unknown>> {
  const fixture = await compare(ctx.fixtureBytes, 9);
  const generated = await compare(ctx.generatedBytes, 5);
  const result = { fixture, generated, ratioTarget: RATIO_TARGET, withinTarget: generated.ratio <= RATIO_TARGET };
  for (const [name, r] of [['样例', fixture], ['生成', generated]] as const) {
    ctx.log(
      `xlsx  ${name}：exceljs 读取 ${r.loadMs} ms；读取+快照 ${r.readMs} ms（${r.readRatio}×，快照 ${r.snapshotMs} ms）；读取+快照+校验 ${r.e2eMs} ms（${r.ratio}×）`,
    );
  }
  ctx.log(`xlsx  目标 ≤ ${RATIO_TARGET}×：${result.withinTarget ? '达标' : '未达标'}`);
  return result;
}
