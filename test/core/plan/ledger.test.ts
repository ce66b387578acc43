import { emptyLedger, encodeLedger, ledgerWarning, readLedgerChunks } from '../../../src/core/ledger';
import { encodeLook, untouchedLook } from '../../../src/core/look';

const look = encodeLook({ ...untouchedLook(), fill: { kind: 'none' } });

describe('reading the ledger', () => {
  it('keeps every valid entry and leaves out garbage, counting it for one warning', () => {
    const raw = {
      version: 1,
      marks: [
        { sheet: '9月', cell: 'D5', original: look },
        { sheet: '9月', cell: 'ZZZZ99999999', original: look },
        { sheet: '9月', cell: 'XFE1', original: look },
        { sheet: '9月', cell: 'A0', original: look },
        { cell: 'D6', original: look },
        { sheet: '9月', cell: 'D7', original: '{"something":"else"}' },
        'D8',
      ],
      fixes: [
        { sheet: '9月', cell: 'E5', from: '郭克 华', to: '郭克华', rule: 'leader.spacing' },
        { cell: 'E6', from: 'a', to: 'b', rule: 'leader.spacing' },
        { sheet: '9月', cell: 'E7', from: 1, to: 'b', rule: 'leader.spacing' },
        { sheet: '9月', cell: 'E8', from: '1', to: '2', rule: 'leader.spacing', before: { kind: 'number', value: 'x' } },
      ],
      generated: ['郭克华', 12345, '', null],
      generatedRoles: { 郭克华: 'leader', 贾继元: 'boss' },
      generatedIds: { 郭克华: 7 },
      settings: { month: 13, sheet: '9月' },
    };
    const { ledger, dropped } = readLedgerChunks([JSON.stringify(raw)]);
    expect(ledger.marks.map((m) => m.cell)).toEqual(['D5']);
    expect(ledger.fixes.map((f) => f.cell)).toEqual(['E5']);
    expect(ledger.generated).toEqual(['郭克华']);
    expect(ledger.generatedRoles).toEqual({ 郭克华: 'leader' });
    expect(ledger.generatedIds).toEqual({});
    expect(ledger.settings).toEqual({ sheet: '9月' });
    expect(dropped).toBe(6 + 3 + 3 + 1 + 1 + 1);
    expect(ledgerWarning(dropped)).toMatch(/无法识别，已跳过/);
  });

  it('gives an empty ledger for text that is not a ledger, and never throws', () => {
    for (const chunks of [['{'], ['[]'], ['null'], ['{"version":2}'], ['{"version":1,"marks":"x","fixes":{},"generated":7,"settings":[]}']]) {
      const { ledger, dropped } = readLedgerChunks(chunks);
      expect(ledger.marks).toEqual([]);
      expect(ledger.fixes).toEqual([]);
      expect(dropped).toBeGreaterThan(0);
    }
    expect(readLedgerChunks([]).dropped).toBe(0);
    expect(ledgerWarning(0)).toBeNull();
  });

  it('keeps every setting the pane saves, the bulletin lines included', () => {
    const settings = { sheet: '9月', month: 9, schedule: { yellowBelow: 0.8, redBelow: 0.5 }, disabledRules: ['seq.gap'], bulletin: { recipient: '各单位', requirements: '抓紧落实', issuer: '区政府办公室' } };
    expect(readLedgerChunks([JSON.stringify({ version: 1, marks: [], fixes: [], generated: [], settings })])).toEqual({ ledger: { ...emptyLedger(), settings }, dropped: 0 });
  });

  it('reads back what it writes, whatever its length', () => {
    const ledger = { ...emptyLedger(), marks: Array.from({ length: 2000 }, (_, i) => ({ sheet: '9月', cell: `D${i + 1}`, original: look })) };
    const chunks = encodeLedger(ledger);
    expect(chunks.length).toBeGreaterThan(1);
    expect(readLedgerChunks(chunks)).toEqual({ ledger, dropped: 0 });
  });
});
