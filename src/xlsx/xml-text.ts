import { Unsupported } from './zip';

/**
 * Text and attributes as exceljs's XML parser (saxes) hands them over: line ends normalised, the five
 * predefined entities and character references decoded. Anything else a parser would refuse is
 * Unsupported, leaving the verdict to exceljs.
 */

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  let out = '';
  let last = 0;
  for (let i = raw.indexOf('&'); i !== -1; i = raw.indexOf('&', last)) {
    const semi = raw.indexOf(';', i);
    if (semi === -1) throw new Unsupported('bare ampersand');
    const name = raw.slice(i + 1, semi);
    let ch: string | undefined;
    if (name.charCodeAt(0) === 0x23) {
      const hex = name.charCodeAt(1) === 0x78;
      const digits = name.slice(hex ? 2 : 1);
      if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) throw new Unsupported('bad character reference');
      const code = parseInt(digits, hex ? 16 : 10);
      if (code > 0x10ffff) throw new Unsupported('bad character reference');
      ch = String.fromCodePoint(code);
    } else {
      ch = NAMED[name];
      if (ch === undefined) throw new Unsupported('unknown entity');
    }
    out += raw.slice(last, i) + ch;
    last = semi + 1;
  }
  return out + raw.slice(last);
}

/** Character data between two tags. */
export function textOf(raw: string): string {
  if (raw.indexOf('\r') !== -1) raw = raw.replace(/\r\n?/g, '\n');
  return raw.indexOf('&') === -1 ? raw : decodeEntities(raw);
}

/**
 * An attribute's raw value in the start tag `xml.slice(start, end)` (start just after the tag name),
 * read attribute by attribute so a name inside another attribute's value is never mistaken for one.
 */
export function attr(xml: string, start: number, end: number, name: string): string | undefined {
  let i = start;
  for (;;) {
    let c = xml.charCodeAt(i);
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) c = xml.charCodeAt(++i);
    if (i >= end || c === 0x2f || c === 0x3e) return undefined;
    const eq = xml.indexOf('=', i);
    if (eq === -1 || eq >= end) throw new Unsupported('bad attribute');
    const q = xml.charCodeAt(eq + 1);
    if (q !== 0x22 && q !== 0x27) throw new Unsupported('bad attribute');
    const close = xml.indexOf(q === 0x22 ? '"' : "'", eq + 2);
    if (close === -1 || close >= end) throw new Unsupported('unterminated attribute');
    for (let j = i; j < eq; j++) {
      const c = xml.charCodeAt(j);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3e) throw new Unsupported('spaced attribute');
    }
    if (eq - i === name.length && xml.startsWith(name, i)) return xml.slice(eq + 2, close);
    i = close + 1;
  }
}

/** An attribute's value as the parser reports it: literal whitespace becomes spaces, entities decoded. */
export function attrValue(xml: string, start: number, end: number, name: string): string | undefined {
  const raw = attr(xml, start, end, name);
  if (raw === undefined) return undefined;
  const spaced = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return spaced.indexOf('&') === -1 ? spaced : decodeEntities(spaced);
}

/** Where the tag opened at `lt` ends (the index of its '>'), quoted values respected. */
export function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  throw new Unsupported('unterminated tag');
}

/** Each start tag <name …> in xml[from, to): the index after the name, and the index of its '>'. */
export function* tags(xml: string, name: string, from = 0, to = xml.length): Generator<[number, number]> {
  const open = '<' + name;
  for (let i = xml.indexOf(open, from); i !== -1 && i < to; i = xml.indexOf(open, i + 1)) {
    const c = xml.charCodeAt(i + open.length);
    if (c !== 0x20 && c !== 0x2f && c !== 0x3e && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    yield [i + open.length, tagEnd(xml, i)];
  }
}

/** The element name of the tag opened at `lt` (after '<', or after '</'). */
export function tagName(xml: string, from: number): string {
  let i = from;
  for (;;) {
    const c = xml.charCodeAt(i);
    if (c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d || Number.isNaN(c)) break;
    i++;
  }
  return xml.slice(from, i);
}

/** Excel's escapes for characters XML cannot hold, decoded as exceljs decodes them (upper-case hex only). */
export function unescapeX(text: string): string {
  if (text.indexOf('_x') === -1) return text;
  return text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** exceljs decodes the text of t="str" cells once more, named entities only. */
export function xmlDecodeAgain(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(/&([a-z]*);/g, (c) => {
    switch (c) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return c;
    }
  });
}
