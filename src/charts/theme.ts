/**
 * Chart colours and sizes, used by every chart. One highlight colour for "selected kommun"
 * everywhere. Contrast against white: bars, lines and dots ≥ 3:1, text ≥ 4.5:1; blue against
 * orange so the highlight stays apart from the rest with colour blindness (all checked in
 * tests/charts/theme.test.ts, with the map's scales).
 */
export const COLORS = {
  bar: "#5a7ca3",
  highlight: "#b34000",
  county: "#1f2937",
  sweden: "#6b7280",
  /** Context lines (every kommun not selected): calm, lighter than every reference. */
  context: "#bcc2ca",
  missingText: "#595959",
  axisText: "#374151",
  grid: "#e5e7eb",
  background: "#ffffff",
  /** Keyboard focus marks (the same as the CSS variable --focus). */
  focus: "#1d4f91",
} as const;

/**
 * Parts of a stacked bar (e.g. the agreements' recipients): dark blue, dark orange, purple —
 * each ≥ 3:1 on white, white labels on them ≥ 4.5:1, and apart from each other with colour
 * blindness; the segments are also separated by a white line.
 */
export const PART_COLORS = ["#23466e", "#9a5b00", "#7b3fb0"] as const;

export const SIZES = {
  barRow: 26,
  chartPadding: 56,
  categoryAxisWidth: 118,
} as const;
