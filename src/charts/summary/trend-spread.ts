/**
 * How far apart the county's kommuner are in the newest year any of them has a value (the grey
 * context lines and the selected ones together): "2022 låg kommunerna mellan 38,2 % (Danderyd)
 * och 60,1 % (Södertälje)". Kommuner that share the extreme at the precision shown are all named;
 * a kommun without a value that year is left out and the sentence says how many had one. Uses the
 * Trender view's messages (registered with the view).
 */
import { formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { TrendSeries } from "../series/trend-series";

import { listNames } from "./sentence";

export function trendSpread(
  series: TrendSeries,
  t: Translate,
  locale: UiLocale,
): string | null {
  if (series.group === "kon") return null;
  const kommuner = series.lines.filter(
    (l) => l.role === "context" || l.role === "selected",
  );
  const at = series.periods.findLastIndex((_, i) =>
    kommuner.some((l) => l.points[i]?.value != null),
  );
  const values = kommuner.flatMap((l) => {
    const v = l.points[at]?.value;
    return v == null
      ? []
      : [{ name: l.name, text: formatValue(v, series.format, locale), v }];
  });
  if (values.length < 2) return null;
  const high = values.reduce((a, b) => (b.v > a.v ? b : a)).text;
  const low = values.reduce((a, b) => (b.v < a.v ? b : a)).text;
  if (high === low) return null;
  const names = (text: string): string =>
    listNames(
      values.filter((x) => x.text === text).map((x) => x.name),
      locale,
    );
  const words = {
    year: formatIndicatorPeriod(
      series.indicator,
      series.periods[at] ?? "",
      locale,
    ),
    low,
    lowNames: names(low),
    high,
    highNames: names(high),
  };
  return values.length === kommuner.length
    ? t("trends.summarySpread", words)
    : t("trends.summarySpreadSome", { ...words, count: values.length });
}
