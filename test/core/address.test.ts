import { cellKey, columnIndex, columnName, parseA1, parseAreaList, scanA1, toA1 } from '../../src/core/address';

describe('A1 addresses', () => {
  it('writes and reads columns both ways, past Z and past ZZ', () => {
    for (const [col, name] of [[0, 'A'], [25, 'Z'], [26, 'AA'], [701, 'ZZ'], [702, 'AAA'], [16383, 'XFD']] as const) {
      expect(columnName(col)).toBe(name);
      expect(columnIndex(name)).toBe(col);
    }
    expect(toA1(16, 3)).toBe('D17');
  });

  it('reads a plain address, in place inside a longer text', () => {
    expect(scanA1('D17')).toEqual({ row: 16, col: 3 });
    expect(scanA1('<c r="XFD1048576" s="1">', 6, 16)).toEqual({ row: 1048575, col: 16383 });
  });

  it.each(['', 'D', '17', 'd17', '$D$17', 'D0', 'D017', "'9月'!D17", 'D17:E18', 'D1 7'])('takes %j for no plain address', (text) => {
    expect(scanA1(text)).toBeNull();
  });

  it('reads the forms a user or a formula writes: sheet names, $ signs, lower case', () => {
    expect(parseA1("'9月'!$D$17")).toEqual({ row: 16, col: 3 });
    expect(parseA1('Sheet1!d17')).toEqual({ row: 16, col: 3 });
    expect(() => parseA1('第3行')).toThrow('not an A1 address');
  });

  it("reads Excel's list of merged areas, sheet names quoted or not, single cells included", () => {
    expect(parseAreaList("'9月 (2)'!$A$1:$F$1,'9月 (2)'!A5:A7,Sheet1!C3")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 4, left: 0, bottom: 6, right: 0 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
    expect(parseAreaList('')).toEqual([]);
  });

  it('keys a cell by its sheet and address, so the same address on two sheets is two cells', () => {
    expect(cellKey('9月', 'D17')).toBe(cellKey('9月', 'D17'));
    expect(cellKey('9月', 'D17')).not.toBe(cellKey('8月', 'D17'));
    expect(cellKey('9', '月D17')).not.toBe(cellKey('9月', 'D17'));
  });
});
