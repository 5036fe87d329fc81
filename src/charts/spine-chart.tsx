/**
 * Kommunprofil's spine (dot) chart, drawn as plain SVG: one row per indicator. The bar runs from
 * the county's lowest to its highest kommun, a black tick marks the county value and a dot in the
 * highlight colour marks the kommun. Better / worse / similar is said with a symbol and a word,
 * never by colour alone. Each row's SVG is an image with its own description; the numbers stand
 * next to it as text, and the same numbers are in ProfileTable. With the kommungrupp comparison
 * on, a sentence under each row compares the kommun with its group's median and range.
 *
 * Keyboard: the chart is one tab stop; the arrow keys move between the indicators' drawings, each
 * announced with its description (use-chart-keyboard); T shows the tables. The group's name and
 * description are the frame's title and summary.
 */
import "@/i18n/views/chart-keys";
import "./spine-chart.css";
import { useT } from "@/i18n/i18n";

import { ChartKeysHint } from "./chart-keys-hint";
import type { ProfileRow } from "./series/profile-types";
import { SpineRow } from "./spine-row";
import { useChartKeyboard } from "./use-chart-keyboard";

export interface SpineChartProps {
  readonly rows: readonly ProfileRow[];
  readonly kommunName: string;
  /** Short source reference for a row's observation. */
  readonly locate: (o: {
    readonly sourceId: string;
    readonly locator: string;
  }) => string;
  /** Fixed width of the drawing (tests); by default it fills its cell. */
  readonly width?: number;
  /** The T key: the profile's one toggle for all its tables (outside this chart's frame). */
  readonly onToggleTable?: (() => void) | undefined;
  /** A sentence under each row (Kommunprofil's kommungrupp comparison, in the view's words). */
  readonly groupText?: ((row: ProfileRow) => string) | null | undefined;
}

export function SpineChart({
  rows,
  kommunName,
  locate,
  width,
  onToggleTable,
  groupText,
}: SpineChartProps) {
  const { t } = useT();
  const keyboard = useChartKeyboard({
    keys: rows.map((row) => row.indicator.id),
    onToggleTable,
  });
  return (
    <div {...keyboard.groupProps}>
      <ol className="spine-chart">
        {rows.map((row) => (
          <SpineRow
            key={row.indicator.id}
            row={row}
            kommunName={kommunName}
            locate={locate}
            width={width}
            keyboard={keyboard}
            groupText={groupText?.(row) ?? null}
          />
        ))}
      </ol>
      <ChartKeysHint keyboard={keyboard} moves={t("chartKeys.indicators")} />
    </div>
  );
}
