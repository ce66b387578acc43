import { report } from '../../helpers/grid';
import { findingsOf } from '../../helpers/findings';

describe('cell.empty', () => {
  it.each([
    ['annual', 'B3', 'error'],
    ['progress', 'D3', 'error'],
    ['leaders', 'E3', 'error'],
    ['units', 'F3', 'error'],
    ['month', 'C3', 'warning'],
  ] as const)('fires on a blank %s cell (%s, %s)', (column, cell, severity) => {
    const sheet = report({ rows: [{ [column]: null }] });
    const found = findingsOf('cell.empty', sheet);
    expect(found.map((f) => [f.params.column, f.cell, f.severity])).toEqual([[column, cell, severity]]);
  });

  it('treats a cell of spaces as blank', () => {
    expect(findingsOf('cell.empty', report({ rows: [{ units: '  \u3000 ' }] })).map((f) => f.params.column)).toEqual(['units']);
  });

  it('fires on a 序号 left blank on the first task', () => {
    const found = findingsOf('cell.empty', report({ rows: [{ seq: null }, { seq: 2 }] }));
    expect(found.map((f) => [f.params.column, f.cell])).toEqual([['seq', 'A3']]);
  });

  it('names the error value a cell holds', () => {
    const [f] = findingsOf('cell.empty', report({ rows: [{ leaders: '#N/A' }] }));
    expect(f?.params).toEqual({ column: 'leaders', value: '#N/A' });
    expect(f?.message).toContain('#N/A');
  });

  it('is silent on a filled row, and on a task whose text sits in a sub-row', () => {
    expect(findingsOf('cell.empty', report({ rows: [{}, {}] }))).toEqual([]);
    const sheet = report({
      rows: [
        { seq: 1, units: null },
        { seq: null, annual: null, month: null, progress: null, leaders: null, units: '区发改局' },
      ],
    });
    expect(findingsOf('cell.empty', sheet)).toEqual([]);
  });
});
