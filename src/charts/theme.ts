/**
 * Chart colours and sizes, used by every chart. One highlight colour for "selected kommun"
 * everywhere. Contrast against white: bars ≥ 3:1, text ≥ 4.5:1 (checked in tests/charts/theme.test.ts).
 */
export const COLORS = {
  bar: "#5a7ca3",
  highlight: "#b34000",
  county: "#1f2937",
  sweden: "#6b7280",
  missingText: "#595959",
  axisText: "#374151",
  grid: "#e5e7eb",
  background: "#ffffff",
} as const;

export const SIZES = {
  barRow: 26,
  chartPadding: 56,
  categoryAxisWidth: 118,
} as const;
