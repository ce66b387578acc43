import ExcelJS from 'exceljs';
import * as zlib from 'zlib';
import { random } from '../../bench/generate';
import { readSnapshotFast } from '../../src/xlsx/fast-read';
import { loadWorkbook } from '../../src/xlsx/load';
import { snapshotWorkbook } from '../../src/xlsx/read';
import { addRandomMerges } from './random-merges';

const inflate = (data: Uint8Array) => zlib.inflateRawSync(data);

const TEXTS = ['完成', '部分完成', ' 未完成 ', '崔 赞', 'a&b<c>"d"\'e\'', '_x0041_', '\u0007', '', '（牵头）', '\t换\n行'];
const FORMATS = ['General', '0.00', 'yyyy-mm-dd', 'm/d/yy h:mm', '"d"0', '[Red]0', 'mmm', '@', '0%', 'yyyy"年"m"月"'];

/** Random sheets of every value kind exceljs writes, so the two readers are compared beyond hand-picked cases. */
function randomWorkbook(seed: number): ExcelJS.Workbook {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const wb = new ExcelJS.Workbook();
  const sheets = 1 + Math.floor(rnd() * 3);
  for (let s = 0; s < sheets; s++) {
    const ws = wb.addWorksheet(`表${seed}-${s}`, { state: rnd() < 0.2 ? 'hidden' : 'visible' });
    addRandomMerges(ws, rnd);
    const cells = Math.floor(rnd() * 60);
    for (let i = 0; i < cells; i++) {
      const cell = ws.getCell(1 + Math.floor(rnd() * 16), 1 + Math.floor(rnd() * 9));
      const kind = Math.floor(rnd() * 10);
      const n = Math.round((rnd() - 0.3) * 1e6) / (rnd() < 0.5 ? 1 : 997);
      switch (kind) {
        case 0:
          cell.value = pick(TEXTS) + pick(TEXTS);
          break;
        case 1:
          cell.value = n;
          break;
        case 2:
          cell.value = rnd() < 0.5;
          break;
        case 3:
          cell.value = { richText: [{ text: pick(TEXTS) }, { text: pick(TEXTS), font: { italic: true } }] };
          break;
        case 4:
          cell.value = { formula: 'A1', result: pick<ExcelJS.CellValue>([n, 0, pick(TEXTS), true, false, { error: '#N/A' }]) } as ExcelJS.CellValue;
          break;
        case 5:
          cell.value = new Date(Date.UTC(2000 + Math.floor(rnd() * 30), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28), Math.floor(rnd() * 3) * 7));
          break;
        case 6:
          cell.value = { error: pick(['#N/A', '#REF!', '#VALUE!']) } as ExcelJS.CellValue;
          break;
        case 7:
          cell.value = { formula: 'B2' } as ExcelJS.CellValue;
          break;
        default:
          cell.value = rnd() < 0.5 ? null : n;
      }
      if (rnd() < 0.4) cell.numFmt = pick(FORMATS);
    }
  }
  return wb;
}

describe('readSnapshotFast on random workbooks', () => {
  it.each([...Array(40).keys()])('seed %i', async (seed) => {
    const wb = randomWorkbook(seed + 1);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer({ useSharedStrings: seed % 2 === 0 })) as ArrayBuffer);
    const expected = snapshotWorkbook(await loadWorkbook(bytes, 'random.xlsx'));
    expect(readSnapshotFast(bytes, inflate)).toEqual(expected);
  });
});
