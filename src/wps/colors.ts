/**
 * WPS, like VBA, gives colours as BGR numbers (red is 0x0000FF); the core and the other hosts use
 * "#RRGGBB" or ARGB "FFRRGGBB".
 */
export function bgrFromHex(color: string): number {
  const bare = color.replace(/^#/, '');
  const rgb = parseInt(bare.length === 8 ? bare.slice(2) : bare, 16);
  const r = (rgb >> 16) & 255;
  const g = (rgb >> 8) & 255;
  const b = rgb & 255;
  return (b << 16) | (g << 8) | r;
}

/** "#RRGGBB" of a BGR number. */
export function hexFromBgr(bgr: number): string {
  const r = bgr & 255;
  const g = (bgr >> 8) & 255;
  const b = (bgr >> 16) & 255;
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}
