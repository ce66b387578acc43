import ExcelJS from 'exceljs';
import { random } from '../../../bench/generate';
import type { TextRun } from '../../../src/core/look';
import { XlsxHost } from '../../../src/xlsx/host';
import type { CellContent } from '../../../src/xlsx/patch/sheet-xml';
import { addRandomMerges } from '../random-merges';
import { compare, type Edit } from './compare';
import { exceljsStyles, lookOf } from './exceljs-styles';
import { hostNow, openSheets, refsOf } from './sheets';

// Whole workbooks read and written twice over (exceljs and the patch): slow on a busy machine.
jest.setTimeout(60_000);

/** Random workbooks written by exceljs: SheetXml reads every cell as XlsxHost does, and random edits read back alike. */

const TEXTS = ['完成', '部分完成', ' 未完成 ', '崔 赞', 'a&b<c>"d"\'e\'', '_x0041_', '\u0007', '', '（牵头）', '\t换\n行', '回车\r\n换行', '_x000D_'];
const FORMATS = ['General', '0.00', 'yyyy-mm-dd', 'm/d/yy h:mm', '"d"0', '[Red]0', '@', '0%', 'yyyy"年"m"月"'];
const COLORS = ['FFFF0000', 'FF00B050', 'FFFFFF00', 'FF0070C0'];

function randomWorkbook(seed: number): ExcelJS.Workbook {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(`表${seed}`);
  addRandomMerges(ws, rnd);
  if (rnd() < 0.5) ws.getColumn(1 + Math.floor(rnd() * 9)).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: pick(COLORS) } };
  if (rnd() < 0.5) ws.getRow(1 + Math.floor(rnd() * 16)).font = { bold: true, color: { argb: pick(COLORS) } };
  for (let i = Math.floor(rnd() * 70); i > 0; i--) {
    const cell = ws.getCell(1 + Math.floor(rnd() * 16), 1 + Math.floor(rnd() * 9));
    const n = Math.round((rnd() - 0.3) * 1e6) / (rnd() < 0.5 ? 1 : 997);
    switch (Math.floor(rnd() * 9)) {
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
        cell.value = { richText: [{ text: pick(TEXTS) }, { text: pick(TEXTS), font: { italic: true, color: { argb: pick(COLORS) } } }] };
        break;
      case 4:
        cell.value = { formula: 'A1', result: pick<ExcelJS.CellValue>([n, 0, pick(TEXTS), true, false, { error: '#N/A' }]) } as ExcelJS.CellValue;
        break;
      case 5:
        cell.value = new Date(Date.UTC(2000 + Math.floor(rnd() * 30), Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)));
        break;
      case 6:
        cell.value = { error: pick(['#N/A', '#REF!']) } as ExcelJS.CellValue;
        break;
      default:
        cell.value = rnd() < 0.5 ? null : n;
    }
    if (rnd() < 0.3) cell.numFmt = pick(FORMATS);
    if (rnd() < 0.3) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: pick(COLORS) } };
    if (rnd() < 0.3) cell.font = { bold: rnd() < 0.5, color: { argb: pick(COLORS) } };
  }
  return wb;
}

/**
 * Edits as the plans make them: contents of every kind, and styles that keep whether the cell shows
 * a date (a mark changes fills and fonts, never the number format; exceljs keeps a date's
 * date-ness in its value, and would write a date format back over any other style).
 */
function randomEdits(seed: number, dateStyle: readonly boolean[], styleOf: (ref: string) => number): Edit[] {
  const rnd = random(seed * 7 + 3);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
  const edits: Edit[] = [];
  for (let i = 0; i < 25; i++) {
    const ref = `${String.fromCharCode(65 + Math.floor(rnd() * 11))}${1 + Math.floor(rnd() * 19)}`;
    const runs: TextRun[] = [{ text: pick(TEXTS) || '空', font: { bold: true, color: { kind: 'rgb', rgb: pick(COLORS).slice(2) } } }, { text: pick(TEXTS) }];
    const contents: CellContent[] = [
      { kind: 'text', text: pick(TEXTS) + pick(TEXTS) },
      { kind: 'number', value: Math.round(rnd() * 1e4) / 8 },
      { kind: 'boolean', value: rnd() < 0.5 },
      { kind: 'rich', runs },
    ];
    const date = dateStyle[styleOf(ref)] === true;
    const alike = [...dateStyle.keys()].filter((xf) => (dateStyle[xf] === true) === date);
    if (rnd() < 0.4) edits.push({ ref, style: pick(alike) });
    if (rnd() < 0.8) edits.push({ ref, content: pick(contents) });
  }
  return edits;
}

const SEEDS = [...Array(24).keys()].map((i) => i + 1);

async function bytesOf(seed: number): Promise<Uint8Array> {
  return new Uint8Array((await randomWorkbook(seed).xlsx.writeBuffer({ useSharedStrings: seed % 2 === 0 })) as ArrayBuffer);
}

describe('SheetXml on random workbooks', () => {
  test.each(SEEDS)('seed %i: every cell read as XlsxHost reads it', async (seed) => {
    const bytes = await bytesOf(seed);
    const host = await XlsxHost.open(bytes);
    const opened = openSheets(bytes);
    const styleOf = await exceljsStyles(opened.stylesXml);
    const ws = host.workbook.worksheets[0]!;
    const sheet = opened.sheets[0]!.sheet;
    for (const ref of refsOf(ws)) {
      expect([ref, sheet.now(ref)]).toEqual([ref, hostNow(host, ws.name, ref)]);
      expect([ref, lookOf(styleOf(sheet.style(ref)))]).toEqual([ref, lookOf(ws.getCell(ref).style)]);
    }
  });

  test.each(SEEDS)('seed %i: random edits read back as exceljs edits do', async (seed) => {
    const bytes = await bytesOf(seed);
    const opened = openSheets(bytes);
    const sheet = opened.sheets[0]!.sheet;
    await compare({ name: `seed ${seed}`, bytes: async () => bytes, edits: randomEdits(seed, opened.dateStyle ?? [false], (ref) => sheet.style(ref)) });
  });
});
