import { useState } from 'react';

/**
 * How many items each named list shows: a first page, more on request. Thousands of findings in one
 * rule (a 10,000-task report) would otherwise make the pane slow to open on Excel on the web.
 */
export function usePaging(pageSize: number) {
  const [shown, setShown] = useState<Record<string, number>>({});
  return {
    limit: (list: string) => shown[list] ?? pageSize,
    more: (list: string) => setShown((prev) => ({ ...prev, [list]: (prev[list] ?? pageSize) + pageSize })),
  };
}
