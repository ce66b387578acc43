import type { ExcelRun } from '../../src/office';
import { OfficeHost } from '../../src/office';
import { createFakeExcel } from '../fake-excel';
import type { FakeExcel, FakeExcelOptions } from '../fake-excel';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { generateRows } from '../../bench/generate';

/** An OfficeHost on a fake Excel. */
export function hostOn(excel: FakeExcel): OfficeHost {
  // The fake implements the part of Excel.RequestContext the host uses, not the whole declared type.
  return new OfficeHost({ run: excel.run as unknown as ExcelRun, isSetSupported: excel.isSetSupported });
}

export function fakeWith(snapshot: WorkbookSnapshot, options?: FakeExcelOptions): { excel: FakeExcel; host: OfficeHost } {
  const excel = createFakeExcel(snapshot, options);
  return { excel, host: hostOn(excel) };
}

/** A generated report of `tasks` tasks, laid out like the real one (title merged over A:F). */
export function generatedReport(tasks: number): WorkbookSnapshot {
  return {
    sheets: [{ name: '9月', values: generateRows(tasks), merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] }],
  };
}
