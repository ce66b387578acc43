import type { LookColor, LookFill } from '../../core/look';
import { getAttr, type El } from './xml-el';

/**
 * Entries of styles.xml in the shapes exceljs's style reader gives them (fill-xform, font-xform,
 * color-xform), so that the core's translations (ooxmlFill, ooxmlColor) see exactly what they see
 * behind an exceljs cell; and the reverse, LookColor / LookFill as new entries.
 */

export type Model = Record<string, unknown>;

/** Local name in the SpreadsheetML namespace; '' for an element of another namespace. */
export function localName(name: string, prefix: string): string {
  if (prefix) return name.startsWith(prefix) ? name.slice(prefix.length) : '';
  return name.includes(':') ? '' : name;
}

/** color-xform: rgb, else theme (with tint), else indexed; an automatic colour is no colour. */
export function colorModel(el: El): Model | undefined {
  const rgb = getAttr(el, 'rgb');
  if (rgb) return { argb: rgb };
  const theme = getAttr(el, 'theme');
  if (theme) {
    const tint = getAttr(el, 'tint');
    return tint ? { theme: parseInt(theme, 10), tint: parseFloat(tint) } : { theme: parseInt(theme, 10) };
  }
  const indexed = getAttr(el, 'indexed');
  return indexed ? { indexed: parseInt(indexed, 10) } : undefined;
}

/** font-xform, for what a look reads: any <b> is bold (its val is not read), the last real colour wins. */
export function fontModel(el: El, prefix: string): Model {
  const model: Model = {};
  for (const child of el.children) {
    const name = localName(child.name, prefix);
    if (name === 'b') model.bold = true;
    else if (name === 'color') {
      const color = colorModel(child);
      if (color) model.color = color;
    }
  }
  return model;
}

function patternModel(el: El, prefix: string): Model {
  const model: Model = { type: 'pattern', pattern: getAttr(el, 'patternType') };
  for (const child of el.children) {
    const name = localName(child.name, prefix);
    if (name !== 'fgColor' && name !== 'bgColor') continue;
    const color = colorModel(child);
    if (color) model[name] = color;
  }
  return model;
}

function gradientModel(el: El, prefix: string): Model {
  const model: Model = { type: 'gradient', stops: [] };
  const degree = getAttr(el, 'degree');
  if (degree) {
    model.gradient = 'angle';
    model.degree = parseInt(degree, 10);
  } else if (getAttr(el, 'type') === 'path') {
    model.gradient = 'path';
    const num = (v: string | undefined) => (v ? parseFloat(v) : 0);
    model.center = { left: num(getAttr(el, 'left')), top: num(getAttr(el, 'top')) };
  }
  const stops = model.stops as Model[];
  for (const child of el.children) {
    if (localName(child.name, prefix) !== 'stop') continue;
    const stop: Model = { position: parseFloat(getAttr(child, 'position') ?? '') };
    for (const c of child.children) if (localName(c.name, prefix) === 'color') stop.color = colorModel(c);
    stops.push(stop);
  }
  return model;
}

/** fill-xform: the last patternFill or gradientFill; an empty fill is an empty model. */
export function fillModel(el: El, prefix: string): Model {
  let model: Model = {};
  for (const child of el.children) {
    const name = localName(child.name, prefix);
    if (name === 'patternFill') model = patternModel(child, prefix);
    else if (name === 'gradientFill') model = gradientModel(child, prefix);
  }
  return model;
}

/** A colour element as Excel writes it; null for the automatic colour (no element). */
export function colorEl(name: string, color: LookColor): El | null {
  switch (color.kind) {
    case 'auto':
      return null;
    case 'rgb':
      return { name, attrs: [['rgb', `${color.alpha ?? 'FF'}${color.rgb}`]], children: [] };
    case 'theme':
      return { name, attrs: color.tint === undefined ? [['theme', String(color.theme)]] : [['theme', String(color.theme)], ['tint', String(color.tint)]], children: [] };
    case 'indexed':
      return { name, attrs: [['indexed', String(color.index)]], children: [] };
  }
}

/** A fill entry for a look's fill, as exceljs writes one (fill-xform render). */
export function fillEl(fill: LookFill, prefix: string): El {
  const p = (n: string) => prefix + n;
  if (fill.kind === 'none') return { name: p('fill'), attrs: [], children: [{ name: p('patternFill'), attrs: [['patternType', 'none']], children: [] }] };
  if (fill.kind === 'pattern') {
    const children = [fill.fg && colorEl(p('fgColor'), fill.fg), fill.bg && colorEl(p('bgColor'), fill.bg)].filter((c): c is El => Boolean(c));
    return { name: p('fill'), attrs: [], children: [{ name: p('patternFill'), attrs: [['patternType', fill.pattern]], children }] };
  }
  const attrs: [string, string][] = [];
  if (fill.gradient === 'angle') attrs.push(['degree', String(fill.degree ?? 0)]);
  else {
    attrs.push(['type', 'path']);
    const c = fill.center ?? { left: 0, top: 0 };
    if (c.left) attrs.push(['left', String(c.left)], ['right', String(c.left)]);
    if (c.top) attrs.push(['top', String(c.top)], ['bottom', String(c.top)]);
  }
  const stops = fill.stops.map((s) => {
    const color = colorEl(p('color'), s.color) ?? { name: p('color'), attrs: [['auto', '1']], children: [] };
    return { name: p('stop'), attrs: [['position', String(s.position)]] as [string, string][], children: [color] };
  });
  return { name: p('fill'), attrs: [], children: [{ name: p('gradientFill'), attrs, children: stops }] };
}

/** Excel's order of a font's children; a font is compared and written in it. */
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

export function fontOrder(prefix: string): (name: string) => number {
  return (name) => {
    const i = FONT_ORDER.indexOf(localName(name, prefix));
    return i === -1 ? FONT_ORDER.length : i;
  };
}

/** The font with the children named `local` replaced by `child` (or removed when null), in Excel's order. */
export function withFontChild(font: El, prefix: string, local: string, child: El | null): El {
  const children = font.children.filter((c) => localName(c.name, prefix) !== local);
  if (child) children.push(child);
  const order = fontOrder(prefix);
  return { ...font, children: children.sort((a, b) => order(a.name) - order(b.name)) };
}
