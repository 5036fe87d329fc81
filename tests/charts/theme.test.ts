import { describe, expect, it } from "vitest";

import { COLORS } from "@/charts/theme";

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
};

describe("chart colours", () => {
  it.each([
    ["axisText", COLORS.axisText],
    ["highlight", COLORS.highlight],
    ["county", COLORS.county],
    ["sweden", COLORS.sweden],
    ["missingText", COLORS.missingText],
  ])("%s text has at least 4.5:1 contrast on white", (_name, color) => {
    expect(contrast(color, COLORS.background)).toBeGreaterThanOrEqual(4.5);
  });

  it("bars have at least 3:1 contrast on white", () => {
    expect(contrast(COLORS.bar, COLORS.background)).toBeGreaterThanOrEqual(3);
    expect(
      contrast(COLORS.highlight, COLORS.background),
    ).toBeGreaterThanOrEqual(3);
  });
});
