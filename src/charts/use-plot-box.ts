/** The plot area of the recharts chart this is drawn in, as a box (left, top, right, bottom). */
import { usePlotArea } from "recharts";

import type { Box } from "./series/label-placement";

export function usePlotBox(): Box | null {
  const plot = usePlotArea();
  if (!plot) return null;
  return {
    left: plot.x,
    top: plot.y,
    right: plot.x + plot.width,
    bottom: plot.y + plot.height,
  };
}
