/**
 * office.js as the simulated Excel serves it: Office.onReady reports Excel, and Excel.run runs on the
 * in-memory fake, preloaded with the workbook the test put in window.__TONGBAO_WORKBOOK__. The test
 * reads the fake's state through window.__tongbaoFake.
 */
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { createFakeExcel, FakeOfficeError, type FakeExcel } from '../../fake-excel';

interface StubWindow {
  __TONGBAO_WORKBOOK__?: WorkbookSnapshot;
  __TONGBAO_OFFICE__?: { displayLanguage?: string; bodyBackgroundColor?: string; apiVersion?: string };
  __tongbaoFake?: FakeExcel;
  Office?: unknown;
  Excel?: unknown;
  OfficeExtension?: unknown;
}

const w = window as unknown as StubWindow;
const settings = w.__TONGBAO_OFFICE__ ?? {};
const fake = createFakeExcel(w.__TONGBAO_WORKBOOK__, { apiVersion: settings.apiVersion ?? '1.18' });
w.__tongbaoFake = fake;

const info = { host: 'Excel', platform: 'OfficeOnline' };

w.Office = {
  HostType: { Excel: 'Excel' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  onReady: (callback?: (i: typeof info) => void) => {
    callback?.(info);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: settings.displayLanguage ?? 'zh-CN',
    officeTheme: { bodyBackgroundColor: settings.bodyBackgroundColor ?? '#FFFFFF' },
    requirements: { isSetSupported: fake.isSetSupported },
  },
};

w.Excel = { run: fake.run };
w.OfficeExtension = { Error: FakeOfficeError };
