/**
 * The scatter's keyboard: one stop per dot, ordered by resources; left and right move to the
 * neighbour by resources (x), up and down by need (y). Each dot says both values, where it sits
 * against the county ("högt behov, höga resurser") and its status.
 */
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { KeyboardPoint } from "./keyboard-points";
import type { ScatterAxis } from "./series/scatter-axis";
import type {
  ScatterPoint,
  ScatterRow,
  ScatterSeries,
} from "./series/scatter-series";
import type { ScatterValue } from "./series/scatter-values";
import { quadrantWords } from "./summary/scatter-words";
import type { ChartDirection } from "./use-chart-keyboard";
import { valueLabel, withUnit } from "./value-label";

/** "Botkyrka: behov 22,0 %, resurser 3 075 kr, högt behov, höga resurser, markerad". */
function dotLabel(
  row: ScatterRow,
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): string {
  const value = (axis: ScatterAxis, v: ScatterValue): string =>
    withUnit(
      valueLabel(v, axis.format, t, locale),
      axis.format,
      axis.indicator.unit,
      t,
    );
  const parts = [
    `${row.name}: ${t("needs.tooltipNeed").toLocaleLowerCase(locale)} ${value(series.need, row.need)}`,
    `${t("needs.tooltipResource").toLocaleLowerCase(locale)} ${value(series.resource, row.resource)}`,
  ];
  if (row.quadrant) parts.push(quadrantWords(row.quadrant, t));
  if (row.need.derived || row.resource.derived) parts.push(t("chart.derived"));
  if (row.highlighted) parts.push(t("chart.selected"));
  return parts.join(", ");
}

/** A stop per dot, ordered by resources then need. */
export function scatterKeyboardPoints(
  series: ScatterSeries,
  t: Translate,
  locale: UiLocale,
): KeyboardPoint[] {
  const rowOf = new Map(series.rows.map((r) => [r.code, r]));
  return [...series.points]
    .sort((a, b) => a.x - b.x || a.y - b.y)
    .flatMap((p): KeyboardPoint[] => {
      const row = rowOf.get(p.code);
      return row
        ? [
            {
              key: p.code,
              kind: "dot",
              x: p.x,
              y: p.y,
              label: dotLabel(row, series, t, locale),
            },
          ]
        : [];
    });
}

/** Left/right: the neighbour by resources (x); up/down: the neighbour by need (y). */
export function scatterMove(
  points: readonly ScatterPoint[],
): (key: string, direction: ChartDirection) => string | null {
  const byX = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const byY = [...points].sort((a, b) => a.y - b.y || a.x - b.x);
  return (key, direction) => {
    const list = direction === "left" || direction === "right" ? byX : byY;
    const i = list.findIndex((p) => p.code === key);
    const step = direction === "right" || direction === "up" ? 1 : -1;
    return list[i + step]?.code ?? null;
  };
}
