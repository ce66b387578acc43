import type { FillPattern, LookColor } from "../core/look";

/**
 * Fill patterns as Office.js names them (Excel.FillPattern, ExcelApi 1.9) against the OOXML names the
 * look records use. The two lists are Excel's one set of patterns: VBA's XlPattern order.
 */
const OFFICE_PATTERNS: Record<
  Exclude<FillPattern, "none" | "solid">,
  string
> = {
  mediumGray: "Gray50",
  darkGray: "Gray75",
  lightGray: "Gray25",
  darkHorizontal: "Horizontal",
  darkVertical: "Vertical",
  darkDown: "Down",
  darkUp: "Up",
  darkGrid: "Checker",
  darkTrellis: "SemiGray75",
  lightHorizontal: "LightHorizontal",
  lightVertical: "LightVertical",
  lightDown: "LightDown",
  lightUp: "LightUp",
  lightGrid: "Grid",
  lightTrellis: "CrissCross",
  gray125: "Gray16",
  gray0625: "Gray8",
};

/** The Office.js name of a pattern other than none and solid. */
export function officePattern(
  pattern: Exclude<FillPattern, "none" | "solid">,
): string {
  return OFFICE_PATTERNS[pattern];
}

/** The OOXML name of an Office.js pattern; null for a gradient, which Office.js cannot set. */
export function ooxmlPattern(office: string): FillPattern | null {
  if (office === "None") return "none";
  if (office === "Solid") return "solid";
  const hit = Object.entries(OFFICE_PATTERNS).find(
    ([, name]) => name === office,
  );
  return hit ? (hit[0] as FillPattern) : null;
}

/** Excel's default palette, which indexed colours 0-63 of a workbook without its own palette name. */
const PALETTE = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
]; // prettier-ignore

/** The default Office theme's colours by theme index (Background 1, Text 1, Background 2, Text 2, Accent 1-6, links). */
const THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** Lightens (tint > 0) or darkens (tint < 0) a colour as Excel applies a theme colour's tint, in HSL lightness. */
function tinted(rgb: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map(
    (i) => parseInt(rgb.slice(i, i + 2), 16) / 255,
  ) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0)
    h =
      max === r
        ? ((g - b) / d) % 6
        : max === g
          ? (b - r) / d + 2
          : (r - g) / d + 4;
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((((h % 6) + 6) % 6) % 2) - 1));
  const m = l - c / 2;
  const sector = Math.floor(((h % 6) + 6) % 6);
  const [r1, g1, b1] = ([
    [c, x, 0],
    [x, c, 0],
    [0, c, x],
    [0, x, c],
    [x, 0, c],
    [c, 0, x],
  ][sector] ?? [0, 0, 0]) as [number, number, number];
  return [r1, g1, b1]
    .map((v) =>
      Math.round((v + m) * 255)
        .toString(16)
        .padStart(2, "0"),
    )
    .join("")
    .toUpperCase();
}

/**
 * A colour as the "#RRGGBB" Office.js takes. Office.js sets colours by RGB only: an indexed colour
 * becomes its palette colour, and a theme colour the default Office theme's, tint applied — the look
 * a workbook on the default theme shows. Automatic colours have no RGB here: null.
 */
export function officeColor(color: LookColor): string | null {
  switch (color.kind) {
    case "rgb":
      return `#${color.rgb}`;
    case "indexed": {
      const hit = PALETTE[color.index];
      return hit ? `#${hit}` : null;
    }
    case "theme": {
      const base = THEME[color.theme];
      if (!base) return null;
      return `#${color.tint ? tinted(base, color.tint) : base}`;
    }
    case "auto":
      return null;
  }
}
