import type { ModelCell, SheetModel } from '../sheet-model';
import { lineCount, lineWidths } from '../summary/measure';
import type { Block, BulletinDoc } from './types';

export const BULLETIN_SHEET = '通报文稿';

/** One wide column, about the width of a printed A4 line of 三号 type. */
const WIDTH = 92;
const LINE_HEIGHT = 20;
const INDENT = '　　';

const STYLES: SheetModel['styles'] = {
  title: { bold: true, size: 16, horizontal: 'center', vertical: 'middle', wrap: true },
  heading: { bold: true, size: 12, wrap: true, vertical: 'top' },
  text: { size: 12, wrap: true, vertical: 'top' },
  right: { size: 12, horizontal: 'right', vertical: 'top' },
};

function blockLines(block: Block): { text: string; style: string }[] {
  if (block.kind === 'table') return [block.header, ...block.rows].map((r) => ({ text: INDENT + r.join('　'), style: 'text' }));
  return [{ text: INDENT + block.text, style: block.kind === 'heading' ? 'heading' : 'text' }];
}

/**
 * The draft as a sheet, for Excel where a file cannot always be downloaded: one paragraph a row, wrapped
 * to one printed page's width, ready to copy into a Word file.
 */
export function bulletinSheetModel(doc: BulletinDoc, name = BULLETIN_SHEET): SheetModel {
  const lines = [
    { text: doc.title, style: 'title' },
    { text: doc.recipient, style: 'text' },
    ...doc.body.flatMap(blockLines),
    { text: '', style: 'text' },
    { text: INDENT + doc.attachment, style: 'text' },
    { text: '', style: 'text' },
    ...(doc.issuer ? [{ text: doc.issuer, style: 'right' }] : []),
    { text: doc.date, style: 'right' },
  ];
  const rows: (ModelCell | null)[][] = lines.map((l) => [l.text ? { value: l.text, style: l.style } : null]);
  const rowHeights = lines.map((l) => (l.text ? lineCount(lineWidths(l.text), WIDTH) * (l.style === 'title' ? 26 : LINE_HEIGHT) : null));
  return {
    name,
    role: 'bulletin',
    rows,
    styles: STYLES,
    merges: [],
    columnWidths: [WIDTH],
    rowHeights,
    print: { paper: 'A4', orientation: 'portrait', fitToWidth: true, footer: '&C第 &P 页 共 &N 页' },
  };
}
