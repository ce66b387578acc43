/**
 * WPS 表格 as the pane sees it inside WPS: the in-memory WPS (test/fake-wps) installed as the page's
 * `Application` global before the page's own scripts run, preloaded with the workbook the test put in
 * window.__TONGBAO_WORKBOOK__, with the PluginStorage and task pane calls the ribbon and the close
 * button use. The test reads the workbook through window.__tongbaoWps.
 */
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { createFakeWps, type FakeWps } from '../../fake-wps';

interface StubWindow {
  __TONGBAO_WORKBOOK__?: WorkbookSnapshot;
  __tongbaoWps?: FakeWps;
  __tongbaoPane?: { ID: number; Visible: boolean };
  Application?: unknown;
}

const w = window as unknown as StubWindow;
const fake = createFakeWps(w.__TONGBAO_WORKBOOK__);
const storage = new Map<string, unknown>([['tongbao_taskpane_id', 7]]);
const pane = { ID: 7, Visible: true };
w.__tongbaoWps = fake;
w.__tongbaoPane = pane;
// The object model plus the add-in API WPS adds to the same object.
const app = fake.app as unknown as Record<string, unknown>;
app.PluginStorage = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => storage.set(k, v) };
app.GetTaskPane = (id: unknown) => (id === pane.ID ? pane : null);
w.Application = app;
