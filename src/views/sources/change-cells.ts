/**
 * The texts of the changes table's cells, formatted as the indicator formats its values (two
 * decimals for an indicator the catalogue does not know): a value or range before and after,
 * absent or missing, the breakdown's name and the difference.
 */
import { MissingCell, type Cell } from "@/charts/data-table/cell";
import type { ObservationChange } from "@/domain/dataset-diff";
import { formatDifference, formatNumber, formatValue } from "@/domain/format";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import type { Translate, UiLocale } from "@/i18n/i18n";

export function changeCells(
  indicators: ReadonlyMap<string, Indicator>,
  t: Translate,
  locale: UiLocale,
) {
  const value = (c: ObservationChange, n: number): string => {
    const indicator = indicators.get(c.indicator);
    return indicator
      ? formatValue(n, indicator.format, locale)
      : formatNumber(n, 2, locale);
  };
  const observation = (c: ObservationChange, o: Observation | null): Cell => {
    if (!o) return t("versionDiff.absent");
    if (o.value === null) {
      if (o.low !== null && o.high !== null)
        return `${value(c, o.low)}–${value(c, o.high)}`;
      return new MissingCell(t("versionDiff.missing"));
    }
    return value(c, o.value);
  };
  const breakdown = (c: ObservationChange): string => {
    const indicator = indicators.get(c.indicator);
    return c.breakdown === ""
      ? "–"
      : (indicator?.breakdowns[c.breakdown]?.[locale] ?? c.breakdown);
  };
  const difference = (c: ObservationChange): string => {
    const indicator = indicators.get(c.indicator);
    if (c.difference === null) return "–";
    return indicator
      ? formatDifference(c.difference, indicator.format, locale)
      : formatNumber(c.difference, 2, locale);
  };
  return { observation, breakdown, difference };
}
