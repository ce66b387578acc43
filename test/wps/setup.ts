import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { WpsHost } from '../../src/wps';
import { createFakeWps } from '../fake-wps';
import type { FakeWps } from '../fake-wps';

/** Between blocks the host yields to the window; tests need no real pause. */
const noPause = () => Promise.resolve();

export function wpsHostOn(wps: FakeWps): WpsHost {
  return new WpsHost(wps.application, { pause: noPause });
}

export function wpsWith(snapshot: WorkbookSnapshot): { wps: FakeWps; host: WpsHost } {
  const wps = createFakeWps(snapshot);
  return { wps, host: wpsHostOn(wps) };
}

/** Rows trimmed of trailing empty cells and trailing empty rows, for comparing two readers. */
export function trimmed(snapshot: WorkbookSnapshot) {
  return snapshot.sheets.map((s) => {
    const rows = s.values.map((row) => {
      const out = [...row];
      while (out.length && (out[out.length - 1] === null || out[out.length - 1] === undefined)) out.pop();
      return out;
    });
    while (rows.length && rows[rows.length - 1]?.length === 0) rows.pop();
    return { name: s.name, rows, merges: [...s.merges].sort((a, b) => a.top - b.top || a.left - b.left) };
  });
}
