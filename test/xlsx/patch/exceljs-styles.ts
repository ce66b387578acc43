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

/** What a look is made of: the fill and the font. */
export const lookOf = (style: Partial<ExcelJS.Style>): string => JSON.stringify({ fill: style.fill, font: style.font });
