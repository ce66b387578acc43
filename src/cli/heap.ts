/**
 * The JavaScript heap the command line runs with (bin/tongbao.js starts Node with it). Node's own
 * default grows the heap to gigabytes before it collects; at this size garbage is collected in
 * time, and a report of 100,000 tasks is marked, fixed or summarized within 1 GB of memory. The
 * size limit in xlsx/limits.ts keeps every workbook the tools accept within it.
 */
export const HEAP_LIMIT_MB = 768;
