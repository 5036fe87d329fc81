/**
 * The exported picture: the chart's title, subtitle (what, unit, period) and summary above the
 * chart, its source line (with the dataset versions) and the export date below, all as SVG text
 * in the app's font stack. Two layouts: "chart", the chart at its size on the page with the words
 * around it, and "slide", a 16:9 picture 1920×1080 with large type and the chart scaled to fill
 * the room between the headline and the source.
 */
import { stripBidi } from "@/domain/bidi";

import type { Snapshot } from "./snapshot";
import { element, escapeText, FONT_STACK, num } from "./svg-markup";
import { wrapText } from "./wrap";

export interface SheetText {
  readonly title: string;
  readonly subtitle: string;
  readonly summary?: string | undefined;
  readonly sourceLine: string;
  /** "Exporterad 23 nov 2026". */
  readonly exported: string;
}

export type SheetLayout = "chart" | "slide";

const INK = "#1f2937";
const MUTED = "#4b5563";

interface Style {
  readonly size: number;
  readonly weight: number;
  readonly color: string;
}

interface Sizes {
  readonly pad: number;
  readonly title: Style;
  readonly subtitle: Style;
  readonly summary: Style | null;
  readonly source: Style;
  readonly gap: number;
}

const SIZES: Readonly<Record<SheetLayout, Sizes>> = {
  chart: {
    pad: 24,
    title: { size: 22, weight: 700, color: INK },
    subtitle: { size: 16, weight: 400, color: MUTED },
    summary: { size: 17, weight: 400, color: INK },
    source: { size: 13, weight: 400, color: MUTED },
    gap: 12,
  },
  slide: {
    pad: 64,
    title: { size: 52, weight: 700, color: INK },
    subtitle: { size: 30, weight: 400, color: MUTED },
    summary: null,
    source: { size: 22, weight: 400, color: MUTED },
    gap: 24,
  },
};

const SLIDE = { width: 1920, height: 1080 } as const;
const LINE_HEIGHT = 1.3;

/** Lines of text set from `y` (their top) down; returns the markup and the y below them. */
function textBlock(
  text: string,
  style: Style,
  x: number,
  y: number,
  width: number,
): { markup: string; bottom: number } {
  const font = `${String(style.weight)} ${String(style.size)}px ${FONT_STACK}`;
  // A little slack: another renderer's glyphs may be wider than the browser's.
  const lines = wrapText(stripBidi(text), font, width * 0.96);
  const step = style.size * LINE_HEIGHT;
  const markup = lines
    .map((line, i) =>
      element(
        "text",
        {
          x,
          // The baseline: about 0.8 em below the top of a line of text.
          y: y + i * step + style.size * 1.05,
          "font-size": style.size,
          "font-weight": style.weight === 400 ? null : style.weight,
          fill: style.color,
        },
        escapeText(line),
      ),
    )
    .join("");
  return { markup, bottom: y + lines.length * step };
}

function blocks(
  parts: readonly (readonly [string | undefined, Style | null])[],
  x: number,
  top: number,
  width: number,
  gap: number,
): { markup: string; bottom: number } {
  let markup = "";
  let y = top;
  for (const [text, style] of parts) {
    if (!text || !style) continue;
    const block = textBlock(text, style, x, y, width);
    markup += block.markup;
    y = block.bottom + gap / 3;
  }
  return { markup, bottom: y };
}

/** The picture as an SVG document, and its size in pixels. */
export function sheetSvg(
  chart: Snapshot,
  text: SheetText,
  layout: SheetLayout,
): { svg: string; width: number; height: number } {
  const s = SIZES[layout];
  const width =
    layout === "slide"
      ? SLIDE.width
      : Math.ceil(Math.max(chart.width, 560) + 2 * s.pad);
  const inner = width - 2 * s.pad;
  const head = blocks(
    [
      [text.title, s.title],
      [text.subtitle, s.subtitle],
      [text.summary, s.summary],
    ],
    s.pad,
    s.pad,
    inner,
    s.gap,
  );
  const chartTop = head.bottom + s.gap;
  // The footer's height first: on a slide it decides how much room the chart has.
  const footParts = [
    [text.sourceLine, s.source],
    [text.exported, s.source],
  ] as const;
  const footHeight = blocks(footParts, 0, 0, inner, s.gap).bottom;
  let scale = 1;
  let chartLeft = s.pad;
  let height = Math.ceil(chartTop + chart.height + s.gap + footHeight + s.pad);
  if (layout === "slide") {
    height = SLIDE.height;
    const room = {
      width: inner,
      height: height - s.pad - footHeight - s.gap - chartTop,
    };
    scale = Math.min(room.width / chart.width, room.height / chart.height);
    chartLeft = s.pad + (room.width - chart.width * scale) / 2;
  }
  const foot = blocks(
    footParts,
    s.pad,
    height - s.pad - footHeight,
    inner,
    s.gap,
  );
  const body = element(
    "g",
    {
      transform: `translate(${num(chartLeft)},${num(chartTop)}) scale(${num(scale)})`,
    },
    chart.body,
  );
  const svg = `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${num(width)} ${num(height)}`,
      "font-family": FONT_STACK,
    },
    element("title", {}, escapeText(stripBidi(text.title))) +
      element("rect", { width, height, fill: "#ffffff" }) +
      (chart.defs === "" ? "" : element("defs", {}, chart.defs)) +
      head.markup +
      body +
      foot.markup,
  )}\n`;
  return { svg, width, height };
}
