import type { Block, BulletinDoc } from './types';

const INDENT = '　　';

function tableText(block: Extract<Block, { kind: 'table' }>): string[] {
  return [block.header, ...block.rows].map((cells) => INDENT + cells.join('　'));
}

/** The draft as plain text, for the command line, the pane's copy button and the 通报文稿 sheet. */
export function bulletinLines(doc: BulletinDoc): string[] {
  const lines = [doc.title, '', doc.recipient];
  for (const block of doc.body) {
    if (block.kind === 'table') lines.push(...tableText(block));
    else lines.push(INDENT + block.text);
  }
  lines.push('', INDENT + doc.attachment, '');
  if (doc.issuer) lines.push(doc.issuer);
  lines.push(doc.date);
  return lines;
}

export function bulletinText(doc: BulletinDoc): string {
  return bulletinLines(doc).join('\n');
}
