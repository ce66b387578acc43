import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface Action<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  error: unknown;
  clearError: () => void;
}

export interface ActionOptions<A extends unknown[]> {
  /**
   * For work that must see the latest state, such as re-reading the workbook: a call made while one
   * runs is kept (merged with any already waiting) and run once the current one ends.
   */
  queue?: (waiting: A | null, next: A) => A;
}

interface Waiting<A, R> {
  args: A;
  resolve: ((result: R | undefined) => void)[];
}

/**
 * Runs one async host operation at a time and keeps its busy and error state. Without `queue`, a second
 * click while it runs is ignored: workbook writes must not interleave, nor be repeated by a double click.
 */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>, options: ActionOptions<A> = {}): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const mounted = useRef(true);
  const waiting = useRef<Waiting<A, R> | null>(null);
  const latest = useRef(fn);
  const queue = useRef(options.queue);
  useLayoutEffect(() => {
    latest.current = fn;
    queue.current = options.queue;
  });

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (running.current) {
      const merge = queue.current;
      if (!merge) return undefined;
      return new Promise<R | undefined>((resolve) => {
        const before = waiting.current;
        waiting.current = { args: merge(before?.args ?? null, args), resolve: [...(before?.resolve ?? []), resolve] };
      });
    }
    running.current = true;
    setBusy(true);
    let current = args;
    let callers: ((result: R | undefined) => void)[] = [];
    let first: R | undefined;
    for (let round = 0; ; round++) {
      setError(null);
      let result: R | undefined;
      try {
        result = await latest.current(...current);
      } catch (e) {
        if (mounted.current) setError(e);
        result = undefined;
      }
      if (round === 0) first = result;
      else callers.forEach((resolve) => resolve(result));
      const next = waiting.current;
      waiting.current = null;
      if (!next || !mounted.current) {
        next?.resolve.forEach((resolve) => resolve(undefined));
        break;
      }
      current = next.args;
      callers = next.resolve;
    }
    running.current = false;
    if (mounted.current) setBusy(false);
    return first;
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}
