import { ADDRESS_BUDGET, chunkAddresses, rectAddress, rectangles, runs } from '../../src/office/areas';
import { footerParts, cellInput, widthPoints } from '../../src/office/render';
import { asText } from '../../src/office/text';

describe('addresses for RangeAreas', () => {
  it('collapses a table of cells into the few rectangles that cover exactly them', () => {
    const cells = [];
    for (let row = 2; row <= 100; row++) for (let col = 0; col <= 5; col++) cells.push({ row, col });
    cells.push({ row: 0, col: 0 });
    expect(rectangles(cells).map(rectAddress)).toEqual(['A1', 'A3:F101']);
  });

  it('keeps gaps as gaps', () => {
    const rects = rectangles([
      { row: 0, col: 0 },
      { row: 1, col: 0 },
      { row: 3, col: 0 },
      { row: 1, col: 2 },
    ]);
    expect(rects.map(rectAddress)).toEqual(['A1:A2', 'C2', 'A4']);
  });

  it('joins consecutive numbers into runs', () => {
    expect(runs([7, 1, 2, 3, 3, 9, 8])).toEqual([
      [1, 3],
      [7, 9],
    ]);
  });

  it('splits thousands of areas into address strings under the 8,192-character limit', () => {
    const addresses = Array.from({ length: 5000 }, (_, i) => `D${i * 2 + 3}`);
    const chunks = chunkAddresses(addresses);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((c) => c.length <= ADDRESS_BUDGET && c.length < 8192)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(addresses);
  });
});

describe('cell inputs', () => {
  it('keeps text that Excel would read as a number, a date or a formula as text', () => {
    expect(['12', '50%', '2023-9-30', '=A1', '+86', 'TRUE', '完成。'].map(asText)).toEqual([
      "'12",
      "'50%",
      "'2023-9-30",
      "'=A1",
      "'+86",
      "'TRUE",
      '完成。',
    ]);
  });

  it('writes links as HYPERLINK formulas that quote the sheet name', () => {
    expect(cellInput({ value: 12, link: { sheet: "9月 '终'", cell: 'A14' } })).toBe(`=HYPERLINK("#'9月 ''终'''!A14",12)`);
    expect(cellInput({ value: '郭克华', link: { sheet: '郭克华', cell: 'A1' } })).toBe(`=HYPERLINK("#'郭克华'!A1","郭克华")`);
    expect(cellInput({ value: 3 })).toBe(3);
    const long = cellInput({ value: '长'.repeat(40000) });
    expect(typeof long === 'string' && long.length < 32767 && long.endsWith('…')).toBe(true);
    expect(cellInput(null)).toBe('');
  });

  it('splits a footer code into its left, centre and right parts', () => {
    expect(footerParts('&C第 &P 页 共 &N 页')).toEqual({ left: '', center: '第 &P 页 共 &N 页', right: '' });
    expect(footerParts('&L临淄区&R第 &P 页')).toEqual({ left: '临淄区', center: '', right: '第 &P 页' });
    expect(footerParts('第 &P 页')).toEqual({ left: '', center: '第 &P 页', right: '' });
  });

  it('turns character widths into points', () => {
    expect(widthPoints(10)).toBeCloseTo(56.25);
    expect(widthPoints(40)).toBeGreaterThan(widthPoints(20));
  });
});
