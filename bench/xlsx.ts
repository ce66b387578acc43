import * as zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { check } from '../src/core/check';
import { readSnapshotFast } from '../src/xlsx/fast-read';
import { snapshotWorkbook } from '../src/xlsx/read';
import { readForCheck } from '../src/xlsx/read-for-check';
import type { BenchContext } from './types';
import { measureInTurn, round } from './timing';

/** Target from the foundation issue: reading and checking a file takes at most 1.3× exceljs's bare load of it. */
export const RATIO_TARGET = 1.3;

const inflateRaw = (data: Uint8Array) => zlib.inflateRawSync(data);

async function bare(bytes: Uint8Array): Promise<void> {
  await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
}

/** What `tongbao check` does with a file's bytes: sniff, read (fast, or exceljs when declined), check. */
async function endToEnd(bytes: Uint8Array): Promise<void> {
  check(await readForCheck(bytes, inflateRaw, 'bench.xlsx'), {});
}

async function read(bytes: Uint8Array): Promise<void> {
  await readForCheck(bytes, inflateRaw, 'bench.xlsx');
}

/**
 * The exceljs reading that check, mark and fix used before the fast reader and the package editor,
 * for comparison: exceljs itself, without the size limit the tools now set on that path.
 */
async function exceljsSnapshot(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return snapshotWorkbook(wb);
}

async function exceljsRead(bytes: Uint8Array): Promise<void> {
  await exceljsSnapshot(bytes);
}

async function exceljsEndToEnd(bytes: Uint8Array): Promise<void> {
  check(await exceljsSnapshot(bytes), {});
}

/**
 * The whole path against the bare load, the reading part alone, and the same through exceljs, all
 * timed in turn so the machine's load falls on each alike.
 */
async function compare(bytes: Uint8Array, runs: number) {
  let fast = true;
  try {
    readSnapshotFast(bytes, inflateRaw);
  } catch {
    fast = false;
  }
  const fns = [() => bare(bytes), () => read(bytes), () => endToEnd(bytes), () => exceljsRead(bytes), () => exceljsEndToEnd(bytes)];
  const [loadMs = NaN, readMs = NaN, e2eMs = NaN, exceljsReadMs = NaN, exceljsE2eMs = NaN] = await measureInTurn(fns, runs, 1);
  return {
    bytes: bytes.length,
    fastReader: fast,
    loadMs,
    readMs,
    e2eMs,
    readRatio: round(readMs / loadMs, 2),
    ratio: round(e2eMs / loadMs, 2),
    exceljs: { readMs: exceljsReadMs, e2eMs: exceljsE2eMs, readRatio: round(exceljsReadMs / loadMs, 2), ratio: round(exceljsE2eMs / loadMs, 2) },
  };
}

export async function run(ctx: BenchContext): Promise<Record<string, unknown>> {
  const fixture = await compare(ctx.fixtureBytes, 9);
  const generated = await compare(ctx.generatedBytes, 7);
  const result = { fixture, generated, ratioTarget: RATIO_TARGET, withinTarget: generated.ratio <= RATIO_TARGET };
  for (const [name, r] of [['样例', fixture], ['生成', generated]] as const) {
    ctx.log(
      `xlsx  ${name}：exceljs 读取 ${r.loadMs} ms；${r.fastReader ? '快速' : 'exceljs'}读取 ${r.readMs} ms（${r.readRatio}×）；` +
        `读取+校验 ${r.e2eMs} ms（${r.ratio}×）；经 exceljs 读取+快照+校验 ${r.exceljs.e2eMs} ms（${r.exceljs.ratio}×）`,
    );
  }
  ctx.log(`xlsx  目标 ≤ ${RATIO_TARGET}×：${result.withinTarget ? '达标' : '未达标'}`);
  return result;
}
