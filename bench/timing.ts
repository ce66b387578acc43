import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (!sorted.length) return NaN;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Median milliseconds of `runs` timed calls after `warmup` untimed ones, so the JIT has settled. */
export async function measure(fn: () => unknown, runs: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return round(median(times));
}

export function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/**
 * Median milliseconds of several functions timed in turn, round after round, so a change in the
 * machine's load (other work on a shared machine, garbage collection) falls on all of them alike.
 */
export async function measureInTurn(fns: (() => unknown)[], runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn();
  const times: number[][] = fns.map(() => []);
  for (let i = 0; i < runs; i++) {
    for (let j = 0; j < fns.length; j++) {
      const start = performance.now();
      await fns[j]?.();
      times[j]?.push(performance.now() - start);
    }
  }
  return times.map((t) => round(median(t)));
}
