/**
 * office.js as the simulated Excel serves it: the page gets office.js's own Excel script (the test
 * serves it in front of this bundle), and its requests go to the in-memory Excel, preloaded with the
 * workbook the test put in window.__TONGBAO_WORKBOOK__. Office.onReady reports Excel. The test reads
 * the workbook through window.__tongbaoFake.
 */
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { createFakeExcel, type FakeExcel } from '../../fake-excel';
import { addNotesApi } from '../../fake-excel/notes-api';
import { officeRuntime } from '../../fake-excel/runtime';

interface StubWindow {
  __TONGBAO_WORKBOOK__?: WorkbookSnapshot;
  __TONGBAO_OFFICE__?: { displayLanguage?: string; bodyBackgroundColor?: string; apiVersion?: string; officeJs?: 'current' | 'package' };
  __tongbaoFake?: FakeExcel;
  Office: { onReady: unknown };
}

const w = window as unknown as StubWindow;
const settings = w.__TONGBAO_OFFICE__ ?? {};
const script = settings.officeJs ?? 'current';
// The package's script predates Worksheet.notes; Microsoft's CDN serves a script that has it.
if (script === 'current') addNotesApi(officeRuntime(script));
const fake = createFakeExcel(w.__TONGBAO_WORKBOOK__, { apiVersion: settings.apiVersion ?? '1.18', officeJs: script });
w.__tongbaoFake = fake;
fake.installInPage({
  displayLanguage: settings.displayLanguage ?? 'zh-CN',
  officeTheme: { bodyBackgroundColor: settings.bodyBackgroundColor ?? '#FFFFFF' },
});

const info = { host: 'Excel', platform: 'OfficeOnline' };
w.Office.onReady = (callback?: (i: typeof info) => void) => {
  callback?.(info);
  return Promise.resolve(info);
};
