/**
 * The room a chart has on a presentation slide. SlideFit (slide-fit.tsx) magnifies the slide's
 * chart with CSS zoom so its smallest text reaches the slide size, and tells the chart, through
 * this context, how tall it may be in its own (unzoomed) pixels. A chart whose height is its own
 * choice (a plot, rows of bars) takes it from here on a slide; off a slide the hook returns null
 * and the chart keeps its screen size. Widths need nothing: charts already follow their container.
 */
import { createContext, useContext } from "react";

export interface SlideBox {
  /** The chart's height on the slide, in the chart's own pixels. */
  readonly height: number;
  /** Called by a chart that takes `height`, so SlideFit knows the chart follows it. */
  readonly follow: () => void;
}

export const SlideBoxContext = createContext<SlideBox | null>(null);

/** The slide's room for this chart, or null when the chart is not on a slide. */
export function useSlideBox(): SlideBox | null {
  const box = useContext(SlideBoxContext);
  box?.follow();
  return box;
}

/**
 * Row height for `rows` rows in the height a slide leaves after `chrome` (axes, labels): the
 * slide's share, at most twice the screen's row so a short list does not become a wall of bars.
 * Off a slide: the screen's row height.
 */
export function slideRowHeight(
  box: SlideBox | null,
  rows: number,
  chrome: number,
  screenRow: number,
): number {
  if (!box || rows === 0) return screenRow;
  return Math.min(2 * screenRow, (box.height - chrome) / rows);
}
