import type { Fix, WorkbookHost } from '../../src/core/host';
import { TrackedHost } from '../../src/taskpane/standalone/tracked-host';

function innerHost(): WorkbookHost & { calls: string[] } {
  const calls: string[] = [];
  const note = <T>(name: string, value: T) => {
    calls.push(name);
    return Promise.resolve(value);
  };
  return {
    calls,
    readSnapshot: () => note('readSnapshot', { sheets: [] }),
    applyMarks: () => note('applyMarks', undefined),
    clearMarks: () => note('clearMarks', undefined),
    applyFixes: (fixes: Fix[]) => note('applyFixes', { applied: fixes, skipped: [] }),
    undoFixes: () => note('undoFixes', 2),
    writeSheets: () => note('writeSheets', []),
    selectCell: () => note('selectCell', undefined),
    loadSettings: () => note('loadSettings', {}),
    saveSettings: () => note('saveSettings', undefined),
  };
}

describe('TrackedHost', () => {
  it('passes every call through and reports a change once, until saved', async () => {
    const inner = innerHost();
    const events: boolean[] = [];
    const host = new TrackedHost(inner, (u) => events.push(u));
    await host.readSnapshot();
    await host.selectCell('9月', 'D5');
    await host.loadSettings();
    expect(host.unsaved).toBe(false);
    await host.applyMarks([]);
    await host.writeSheets([]);
    expect(await host.undoFixes()).toBe(2);
    expect(host.unsaved).toBe(true);
    host.markSaved();
    expect(host.unsaved).toBe(false);
    await host.saveSettings({ month: 9 });
    expect(events).toEqual([true, false, true]);
    expect(inner.calls).toEqual(['readSnapshot', 'selectCell', 'loadSettings', 'applyMarks', 'writeSheets', 'undoFixes', 'saveSettings']);
  });

  it('does not count a change that failed', async () => {
    const inner = innerHost();
    inner.applyMarks = () => Promise.reject(new Error('protected'));
    const host = new TrackedHost(inner);
    await expect(host.applyMarks([])).rejects.toThrow('protected');
    expect(host.unsaved).toBe(false);
  });
});
