import type ExcelJS from 'exceljs';
import { Readable } from 'stream';

// exceljs's own reader of styles.xml, to turn a style index into the style it gives a cell.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform') as new () => { parseStream(s: Readable): Promise<void>; getStyleModel(xf: number): ExcelJS.Style | null };

/** The style exceljs gives a cell of style index xf (0: its empty style). */
export async function exceljsStyles(xml: string | null): Promise<(xf: number) => Partial<ExcelJS.Style>> {
  if (xml === null) return () => ({});
  const styles = new StylesXform();
  await styles.parseStream(Readable.from([xml]));
  return (xf) => (xf ? (styles.getStyleModel(xf) ?? {}) : {});
}

/** A value with its object keys sorted, so that two models that differ only in key order compare equal. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
}

/** What a look is made of: the fill and the font. */
export const lookOf = (style: Partial<ExcelJS.Style>): string => JSON.stringify(sorted({ fill: style.fill, font: style.font }));

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Styles whose cell styles all look different: fonts, fills and date formats mixed. */
export const MIXED_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>` +
  '<fonts count="3"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="12"/><color rgb="FFFF0000"/><name val="黑体"/></font><font><i/><sz val="10"/><color theme="4" tint="0.3999"/><name val="楷体"/></font></fonts>' +
  '<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill>' +
  '<fill><patternFill patternType="solid"><fgColor theme="5" tint="0.5"/></patternFill></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="1" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="2" fillId="3" borderId="0" xfId="0"/>' +
  '<xf numFmtId="31" fontId="1" fillId="3" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0"/></cellXfs></styleSheet>';
