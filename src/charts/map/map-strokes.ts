/**
 * The county map's lines and label text as SVG attributes, not CSS: an exported image
 * (charts/export/image) copies the drawing, and attributes go with it where stylesheet rules on
 * SVG may not. Strokes keep their width on screen whatever the panel's scale.
 */
import { COLORS } from "../theme";

const LINE = {
  strokeLinejoin: "round",
  vectorEffect: "non-scaling-stroke",
} as const;

/** Borders between kommuner: white, so every colour meets its neighbour cleanly. */
export const BORDER = {
  ...LINE,
  stroke: "#ffffff",
  strokeWidth: 1.25,
} as const;

/** A selected kommun: the highlight colour between white lines, visible on every fill. */
export const RING_UNDER = {
  ...LINE,
  fill: "none",
  stroke: "#ffffff",
  strokeWidth: 7,
} as const;
export const RING = {
  ...LINE,
  fill: "none",
  stroke: COLORS.highlight,
  strokeWidth: 4,
} as const;
export const FOCUS = {
  ...LINE,
  fill: "none",
  stroke: COLORS.focus,
  strokeWidth: 3,
} as const;

/** The frame on the county map around what the inset enlarges. */
export const FRAME = {
  ...LINE,
  fill: "none",
  stroke: COLORS.county,
  strokeWidth: 1.5,
  strokeDasharray: "5 3",
} as const;

/** Label text: near-black on a white halo (the stroke, drawn under the fill). */
export const LABEL = {
  fill: "#111111",
  stroke: "#ffffff",
  paintOrder: "stroke",
  strokeLinejoin: "round",
} as const;
/** Names of kommuner labelled on the other panel: grey italic. */
export const CONTEXT_LABEL = {
  ...LABEL,
  fill: "#4b5563",
  fontStyle: "italic",
} as const;
export const LEADER = { ...LINE, stroke: "#111111", strokeWidth: 1 } as const;
