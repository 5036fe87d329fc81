/**
 * The line that says which keys work in a keyboard chart. Part of the chart's accessible
 * description always; shown on screen while the chart has keyboard focus.
 */
import { useT } from "@/i18n/i18n";

import type { ChartKeyboard } from "./use-chart-keyboard";
import "./chart-keyboard.css";

export function ChartKeysHint({
  keyboard,
  moves,
  opens = false,
}: {
  readonly keyboard: ChartKeyboard;
  /** How the arrow keys move, e.g. t("chart.keysKommuner"). */
  readonly moves: string;
  /** Whether Enter opens the point (the kommun profile). */
  readonly opens?: boolean;
}) {
  const { t } = useT();
  return (
    <p id={keyboard.hintId} className="chart-keys">
      {[
        moves,
        opens ? t("chart.keysOpen") : null,
        keyboard.hasTable ? t("chart.keysTable") : null,
      ]
        .filter(Boolean)
        .join(" ")}
    </p>
  );
}
