import { emptyLedger, encodeLedger, LEDGER_SHEET } from '../../../src/core/ledger';
import { cleanSheetName, reservedSheetNames, uniqueSheetName } from '../../../src/core/sheet-names';

describe('cleanSheetName', () => {
  it.each([
    ['郭克华', '郭克华'],
    ['区发改局/区财政局', '区发改局／区财政局'],
    ['a:b\\c?d*e[f]', 'a：b＼c？d＊e［f］'],
    ["'引号'", '引号'],
    ["''两边''", '两边'],
    ['  前后空格  ', '前后空格'],
    ['换\n行', '换 行'],
    ['History', 'History(1)'],
    ['history', 'history(1)'],
    ['', '未命名'],
    ['///', '／／／'],
    ["'", '未命名'],
  ])('%j → %j', (input, expected) => {
    expect(cleanSheetName(input)).toBe(expected);
  });

  it('keeps at most 31 characters', () => {
    const long = '淄博省级农业高新技术产业示范区管委会和临淄经济开发区管委会联合工作专班';
    const name = cleanSheetName(long);
    expect(name.length).toBe(31);
    expect(long.startsWith(name)).toBe(true);
  });

  it('never splits a character outside the basic plane', () => {
    const name = cleanSheetName('a'.repeat(30) + '𠀀𠀀');
    expect(name).toBe('a'.repeat(30));
  });

  it('does not leave an apostrophe at the end after cutting', () => {
    const name = cleanSheetName('x'.repeat(30) + "'yz");
    expect(name).toBe('x'.repeat(30));
  });

  it('produces names without forbidden characters for any input', () => {
    const samples = ['[牵头]单位', 'a/b/c', '?*?*', "'''", 'History', ' '.repeat(40), '名'.repeat(50)];
    for (const s of samples) {
      const name = cleanSheetName(s);
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
      expect(name).not.toMatch(/^'|'$/);
      expect(name.toLowerCase()).not.toBe('history');
    }
  });
});

describe('uniqueSheetName', () => {
  it('keeps a free name', () => {
    expect(uniqueSheetName('郭克华', ['9月', '分管领导汇总'])).toBe('郭克华');
  });

  it('adds (2), (3)… on a clash', () => {
    expect(uniqueSheetName('郭克华', ['郭克华'])).toBe('郭克华(2)');
    expect(uniqueSheetName('郭克华', ['郭克华', '郭克华(2)'])).toBe('郭克华(3)');
  });

  it('compares ignoring case', () => {
    expect(uniqueSheetName('Summary', ['SUMMARY'])).toBe('Summary(2)');
    expect(uniqueSheetName('summary(2)', ['Summary', 'SUMMARY(2)'])).toBe('summary(2)(2)');
  });

  it('shortens the name to make room for the suffix', () => {
    const wanted = '名'.repeat(31);
    const name = uniqueSheetName(wanted, [wanted]);
    expect(name).toBe('名'.repeat(28) + '(2)');
    expect(name.length).toBe(31);
  });

  it('cleans the wanted name before comparing', () => {
    expect(uniqueSheetName('a/b', ['a／b'])).toBe('a／b(2)');
  });
});

describe('reservedSheetNames', () => {
  it('lists the sheets the user has, leaving out the ledger and the sheets generated before', () => {
    const ledger = { ...emptyLedger(), generated: ['分管领导汇总', '郭克华'] };
    const sheet = (name: string, values: (string | null)[][] = []) => ({ name, values, merges: [] });
    const names = reservedSheetNames({
      sheets: [
        sheet('9月'),
        sheet('分管领导汇总'),
        sheet('郭克华'),
        sheet('贾继元'),
        sheet(LEDGER_SHEET, encodeLedger(ledger).map((chunk) => [chunk])),
      ],
    });
    expect(names).toEqual(['9月', '贾继元']);
  });

  it('reserves every sheet when the workbook has no ledger', () => {
    expect(reservedSheetNames({ sheets: [{ name: '9月', values: [], merges: [] }, { name: '郭克华', values: [], merges: [] }] })).toEqual(['9月', '郭克华']);
  });
});
