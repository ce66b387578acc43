/**
 * GB/T 9704-2012 (党政机关公文格式) page and type, in Word's units: twips (1/20 pt) and half-points.
 * A4, margins 37/35/28/26 mm (top, bottom, left, right), 28 characters by 22 lines of 三号 type.
 * The page keeps a line grid of 22 lines; the 28 characters follow from the type size and the text block,
 * without a character grid, which renders differently from one word processor to the next.
 */
const TWIPS_PER_MM = 1440 / 25.4;

export function mm(value: number): number {
  return Math.round(value * TWIPS_PER_MM);
}

export const PAGE = { width: mm(210), height: mm(297) };
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };

/** Font sizes in points: 二号 22, 三号 16, 四号 14. */
export const SIZE = { title: 22, body: 16, table: 14, pageNumber: 14 };

const LINES = 22;
const CHARS = 28;

/** The height of one of the 22 lines: the body area divided evenly. */
export const LINE_PITCH = Math.floor((PAGE.height - MARGIN.top - MARGIN.bottom) / LINES);

/** Width of the text block in points: 156 mm holds 28 characters of 三号 (16 pt) type. */
export const TEXT_WIDTH_PT = (PAGE.width - MARGIN.left - MARGIN.right) / 20;
export const CHARS_PER_LINE = CHARS;

/** Where the page number sits: 7 mm below the text block, as the standard places it. */
export const FOOTER_DISTANCE = mm(35 - 7 - 5);

/** One character of body type, for indents: 2 at the start of a paragraph, 4 before the date. */
export const BODY_CHAR = SIZE.body * 20;
export const PAGE_NUMBER_CHAR = SIZE.pageNumber * 20;

export interface FontSet {
  title: string;
  body: string;
  heading1: string;
  heading2: string;
  pageNumber: string;
}

/** The fonts the standard names. */
export const GB_FONTS: FontSet = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
};

/** For computers without the GB fonts: what every Chinese Windows, WPS and 信创 system has. */
export const COMMON_FONTS: FontSet = {
  title: '宋体',
  body: '仿宋',
  heading1: '黑体',
  heading2: '楷体',
  pageNumber: '宋体',
};

export type FontChoice = 'gb' | 'common';

export function fontSet(choice: FontChoice): FontSet {
  return choice === 'common' ? COMMON_FONTS : GB_FONTS;
}
