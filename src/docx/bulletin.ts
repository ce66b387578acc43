import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { Block, BulletinDoc } from '../core/bulletin';
import {
  BODY_CHAR,
  FOOTER_DISTANCE,
  LINE_PITCH,
  MARGIN,
  PAGE,
  PAGE_NUMBER_CHAR,
  SIZE,
  fontSet,
  type FontChoice,
  type FontSet,
} from './page';
import { titleLines } from './title-lines';

export type { FontChoice } from './page';

/** The same font for every script: Chinese documents set digits and Latin letters in the body face too. */
function fontsOf(font: string) {
  return { ascii: font, eastAsia: font, hAnsi: font, cs: font };
}

function run(text: string, font: string, size: number): TextRun {
  return new TextRun({ text, font: fontsOf(font), size: size * 2 });
}

/** Every line on the 22-line grid: exact spacing, so Word and WPS lay the page out alike. */
const EXACT = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function line(text: string, font: string, options: IParagraphOptions = {}, size = SIZE.body): Paragraph {
  return new Paragraph({ spacing: EXACT, ...options, children: text ? [run(text, font, size)] : [] });
}

function indented(text: string, font: string): Paragraph {
  return line(text, font, { indent: { firstLine: BODY_CHAR * 2 } });
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

function tableBlock(block: Extract<Block, { kind: 'table' }>, fonts: FontSet): Table {
  const cell = (text: string, bold: boolean) =>
    new TableCell({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [bold ? run(text, fonts.heading1, SIZE.table) : run(text, fonts.body, SIZE.table)] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, children: block.header.map((h) => cell(h, true)) }),
      ...block.rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}

function bodyBlock(block: Block, fonts: FontSet): Paragraph | Table {
  if (block.kind === 'table') return tableBlock(block, fonts);
  if (block.kind === 'heading') return indented(block.text, block.level === 1 ? fonts.heading1 : fonts.heading2);
  return indented(block.text, fonts.body);
}

/** — 1 —: 四号 宋体, odd pages at the right and even pages at the left, one character in from the edge. */
function pageNumberFooter(fonts: FontSet, side: 'odd' | 'even'): Footer {
  const font = fontsOf(fonts.pageNumber);
  const size = SIZE.pageNumber * 2;
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: PAGE_NUMBER_CHAR } : { left: PAGE_NUMBER_CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size })],
      }),
    ],
  });
}

/**
 * 附件, 落款 and date, kept on one page with the paragraph before them: the standard does not let the
 * 落款 stand alone on a page.
 */
function closing(doc: BulletinDoc, fonts: FontSet): Paragraph[] {
  const keep = { keepNext: true, keepLines: true };
  const right = { ...keep, alignment: AlignmentType.RIGHT, indent: { right: BODY_CHAR * 4 } };
  const out = [
    line('', fonts.body, keep),
    // A long attachment name wraps under the name, not under 附件：, as the standard lays it out.
    line(doc.attachment, fonts.body, { ...keep, indent: { left: BODY_CHAR * 5, hanging: BODY_CHAR * 3 } }),
    line('', fonts.body, keep),
    line('', fonts.body, keep),
  ];
  if (doc.issuer) out.push(line(doc.issuer, fonts.body, right));
  out.push(line(doc.date, fonts.body, { ...right, keepNext: false }));
  return out;
}

function lastBodyKeptWithClosing(blocks: (Paragraph | Table)[], doc: BulletinDoc, fonts: FontSet): (Paragraph | Table)[] {
  const last = doc.body[doc.body.length - 1];
  if (!last || last.kind !== 'paragraph') return blocks;
  return [...blocks.slice(0, -1), line(last.text, fonts.body, { keepNext: true, keepLines: true, indent: { firstLine: BODY_CHAR * 2 } })];
}

/** The draft 通报 as a Word document in the official-document format. */
export function bulletinDocument(doc: BulletinDoc, choice: FontChoice = 'gb'): Document {
  const fonts = fontSet(choice);
  return new Document({
    title: doc.title,
    creator: '通报表助手',
    evenAndOddHeaderAndFooters: true,
    // The character grid is measured from the document's default size: it must be the body's 三号.
    styles: {
      default: { document: { run: { size: SIZE.body * 2, font: fontsOf(fonts.body) } } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: { size: SIZE.body * 2, font: fontsOf(fonts.body) } }],
    },
    sections: [
      {
        properties: {
          page: { size: PAGE, margin: { ...MARGIN, footer: FOOTER_DISTANCE, header: FOOTER_DISTANCE } },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter(fonts, 'odd'), even: pageNumberFooter(fonts, 'even') },
        children: [
          ...titleLines(doc.title).map((t) => line(t, fonts.title, { alignment: AlignmentType.CENTER }, SIZE.title)),
          line('', fonts.body),
          line(doc.recipient, fonts.body),
          ...lastBodyKeptWithClosing(doc.body.map((b) => bodyBlock(b, fonts)), doc, fonts),
          ...closing(doc, fonts),
        ],
      },
    ],
  });
}

/** The .docx file's bytes; the same in Node and in the browser. */
export async function bulletinDocx(doc: BulletinDoc, choice: FontChoice = 'gb'): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await Packer.toArrayBuffer(bulletinDocument(doc, choice)));
}
