/**
 * What a chart learns from the frame around it: the ids of the frame's title and summary (the
 * chart's accessible name and description, so the summary under the title is the one source of
 * the chart's sentence) and the frame's table toggle (the "T" key of a keyboard chart).
 */
import { createContext, useContext, useId } from "react";

export interface ChartFrameInfo {
  readonly titleId: string;
  /** Set when the frame shows a summary. */
  readonly summaryId: string | undefined;
  /** Switches the frame between the chart and its table; undefined without a table. */
  readonly toggleTable: (() => void) | undefined;
}

export const ChartFrameContext = createContext<ChartFrameInfo | null>(null);

/** The frame a chart is drawn in, or null outside a ChartFrame (tests, thumbnails). */
export function useChartFrame(): ChartFrameInfo | null {
  return useContext(ChartFrameContext);
}

/** The ChartFrame's side: ids for its title and summary, and the toggle it hands down. */
export function useChartFrameInfo(
  hasSummary: boolean,
  table: { readonly onToggle: () => void } | undefined,
): ChartFrameInfo {
  const id = useId();
  return {
    titleId: `${id}title`,
    summaryId: hasSummary ? `${id}summary` : undefined,
    toggleTable: table?.onToggle,
  };
}
