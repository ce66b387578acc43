import JSZip from 'jszip';
import { buildBulletin } from '../../src/core/bulletin';
import { check } from '../../src/core/check';
import { bulletinDocx } from '../../src/docx/bulletin';
import { titleLines } from '../../src/docx/title-lines';
import { loadFixture } from '../helpers/fixtures';

const DATE = { year: 2023, month: 10, day: 8 };

async function documentXml(fonts: 'gb' | 'common' = 'gb'): Promise<string> {
  const report = check(await loadFixture('tongbao-2023-09.xlsx'));
  const doc = buildBulletin(report, { groupBy: 'leader', leaderLayout: 'table', issuer: '区政府督查室', date: DATE });
  const zip = await JSZip.loadAsync(await bulletinDocx(doc, fonts));
  return zip.file('word/document.xml')!.async('string');
}

/** The first <w:p> whose text contains `text`. */
function paragraphWith(xml: string, text: string): string {
  const p = (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? []).find((chunk) => chunk.includes(text));
  if (!p) throw new Error(`no paragraph with ${text}`);
  return p;
}

describe('the .docx follows the official-document format (GB/T 9704-2012)', () => {
  let xml: string;
  beforeAll(async () => {
    xml = await documentXml();
  });

  it('is A4 with margins of 37, 35, 28 and 26 mm and a grid of 22 lines', () => {
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const pitch = Number(/<w:docGrid [^>]*w:linePitch="(\d+)"/.exec(xml)![1]);
    expect(Math.floor((16838 - 2098 - 1984) / pitch)).toBe(22);
  });

  it('sets the title in 二号 方正小标宋简体, centred, broken where the meaning breaks', () => {
    const title = paragraphWith(xml, '关于2023年9月份《政府工作报告》');
    expect(title).toContain('w:eastAsia="方正小标宋简体"');
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(title).toContain('<w:jc w:val="center"/>');
    expect(titleLines('关于2023年9月份《政府工作报告》重点工作完成情况的通报')).toEqual(['关于2023年9月份《政府工作报告》', '重点工作完成情况的通报']);
  });

  it('sets the body in 三号 仿宋_GB2312, headings in 黑体 and 楷体_GB2312, indented two characters', () => {
    const body = paragraphWith(xml, '截至9月底');
    expect(body).toContain('w:eastAsia="仿宋_GB2312"');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toContain('w:firstLine="640"');
    expect(paragraphWith(xml, '一、总体情况')).toContain('w:eastAsia="黑体"');
    expect(paragraphWith(xml, '（一）郭克华同志分管')).toContain('w:eastAsia="楷体_GB2312"');
  });

  it('numbers pages “— 1 —” at the outer side: odd pages right, even pages left', async () => {
    expect(xml).toContain('<w:footerReference w:type="default"');
    expect(xml).toContain('<w:footerReference w:type="even"');
    const report = check(await loadFixture('tongbao-2023-09.xlsx'));
    const zip = await JSZip.loadAsync(await bulletinDocx(buildBulletin(report, { groupBy: 'leader', leaderLayout: 'paragraph', date: DATE })));
    const footers = await Promise.all(Object.keys(zip.files).filter((n) => /word\/footer\d+\.xml/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(footers.some((f) => f.includes('<w:jc w:val="right"/>') && f.includes('— ') && f.includes('PAGE'))).toBe(true);
    expect(footers.some((f) => f.includes('<w:jc w:val="left"/>') && f.includes('— ') && f.includes('PAGE'))).toBe(true);
    expect((await zip.file('word/settings.xml')!.async('string'))).toContain('<w:evenAndOddHeaders/>');
  });

  it('ends with the attachment line, the issuer and the date at the right', () => {
    expect(xml).toContain('附件：2023年《政府工作报告》重点工作9月份完成情况通报表');
    expect(paragraphWith(xml, '2023年10月8日')).toContain('<w:jc w:val="right"/>');
    expect(paragraphWith(xml, '区政府督查室')).toContain('<w:jc w:val="right"/>');
  });

  it('can name the fonts every computer has instead', async () => {
    const common = await documentXml('common');
    expect(paragraphWith(common, '截至9月底')).toContain('w:eastAsia="仿宋"');
    expect(paragraphWith(common, '一、总体情况')).toContain('w:eastAsia="黑体"');
    expect(paragraphWith(common, '（一）郭克华同志分管')).toContain('w:eastAsia="楷体"');
    expect(common).not.toContain('_GB2312');
  });
});
