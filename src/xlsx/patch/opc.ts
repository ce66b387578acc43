import { attrValue, tags } from '../xml-text';

/**
 * The package's plumbing, edited as text: relationship parts and [Content_Types].xml. Only what is
 * added or removed changes; every other byte of the part stays as it was.
 */

export const REL = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  vbaProject: 'http://schemas.microsoft.com/office/2006/relationships/vbaProject',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
} as const;

export const CONTENT = {
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  macroWorkbook: 'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  sharedStrings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
} as const;

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The relationship's element in the part: [start of '<', index after '>']. */
  span: [number, number];
}

export function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const [at, gt] of tags(xml, 'Relationship')) {
    const id = attrValue(xml, at, gt, 'Id');
    const type = attrValue(xml, at, gt, 'Type');
    const target = attrValue(xml, at, gt, 'Target');
    if (id === undefined || type === undefined || target === undefined) continue;
    out.push({ id, type, target, span: [at - '<Relationship'.length, gt + 1] });
  }
  return out;
}

export function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
}

/** The part with one more relationship, and its id (the first rIdN not taken). */
export function addRelationship(xml: string, type: string, target: string): { xml: string; id: string } {
  const taken = new Set(relationships(xml).map((r) => r.id));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttr(target)}"/>`;
  return { xml: beforeClose(xml, 'Relationships', element), id };
}

export function removeRelationship(xml: string, id: string): string {
  const rel = relationships(xml).find((r) => r.id === id);
  return rel ? xml.slice(0, rel.span[0]) + xml.slice(rel.span[1]) : xml;
}

/** The element inserted just before the root's end tag (a self-closing root is opened first). */
export function beforeClose(xml: string, root: string, element: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close !== -1) return xml.slice(0, close) + element + xml.slice(close);
  const selfClosing = new RegExp(`<${root}(\\s[^>]*)?/>`).exec(xml);
  if (!selfClosing) throw new Error(`<${root}> not found`);
  const open = selfClosing[0].slice(0, -2) + '>';
  return xml.slice(0, selfClosing.index) + open + element + `</${root}>` + xml.slice(selfClosing.index + selfClosing[0].length);
}

/** A relationship's target as a part name, resolved against the folder of the part it belongs to. */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = sourcePart.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** The relationship part of a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** [Content_Types].xml with an override for the part (added once; an existing one is replaced). */
export function withOverride(xml: string, part: string, type: string): string {
  const name = `/${part}`;
  const cleared = withoutOverride(xml, part);
  return beforeClose(cleared, 'Types', `<Override PartName="${escapeAttr(name)}" ContentType="${type}"/>`);
}

/** The content type [Content_Types].xml gives a part by name (its override), or null. */
export function overrideOf(xml: string, part: string): string | null {
  const name = `/${part}`.toLowerCase();
  for (const [at, gt] of tags(xml, 'Override')) {
    if (attrValue(xml, at, gt, 'PartName')?.toLowerCase() === name) return attrValue(xml, at, gt, 'ContentType') ?? null;
  }
  return null;
}

export function withoutOverride(xml: string, part: string): string {
  const name = `/${part}`.toLowerCase();
  for (const [at, gt] of tags(xml, 'Override')) {
    if (attrValue(xml, at, gt, 'PartName')?.toLowerCase() === name) return xml.slice(0, at - '<Override'.length) + xml.slice(gt + 1);
  }
  return xml;
}

/** [Content_Types].xml with a default for the extension, unless it has one. */
export function withDefault(xml: string, extension: string, type: string): string {
  for (const [at, gt] of tags(xml, 'Default')) {
    if (attrValue(xml, at, gt, 'Extension')?.toLowerCase() === extension.toLowerCase()) return xml;
  }
  return beforeClose(xml, 'Types', `<Default Extension="${extension}" ContentType="${type}"/>`);
}
