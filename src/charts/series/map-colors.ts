/**
 * The map's colour scales (sequential and diverging) and the text colour on each tile: dark or
 * light, whichever has the higher WCAG contrast ratio.
 */

/**
 * One hue (purple), light to dark: the darkest is the worse end, so the eye goes where it is
 * worse and not to a bright colour at either end (viridis' yellow). Apart from the diverging
 * blue / orange and from the orange "selected" outline; readable in greyscale.
 */
export const SEQUENTIAL_COLORS = [
  "#ece9f4",
  "#bcb8dc",
  "#8f87c0",
  "#64509f",
  "#3d1273",
] as const;

/** Blue / orange around the county: dark and light on each side, a light grey for "same". */
export const DIVERGING_COLORS = {
  blueDark: "#2166ac",
  blueLight: "#92c5de",
  same: "#ececec",
  orangeLight: "#fdb863",
  orangeDark: "#b35806",
} as const;

const TEXT_DARK = "#000000";

const TEXT_LIGHT = "#ffffff";

/** WCAG 2.1 relative luminance of "#rrggbb". */
function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio of two "#rrggbb" colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever contrasts more with the tile colour. */
export function textColorOn(fill: string): string {
  return contrastRatio(TEXT_DARK, fill) >= contrastRatio(TEXT_LIGHT, fill)
    ? TEXT_DARK
    : TEXT_LIGHT;
}
