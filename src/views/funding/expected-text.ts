/** The expected-allocation chart's title (with the largest deviation when small) and subtitle. */
import type { ExpectedSeries } from "@/charts/series/expected-series";
import { formatValue } from "@/domain/format";
import type { Translate, UiLocale } from "@/i18n/i18n";

export function expectedText(
  series: ExpectedSeries,
  t: Translate,
  locale: UiLocale,
): { title: string; subtitle: string } {
  const kr = (n: number): string => formatValue(n, "sek0", locale);
  const max = series.maxAbsPercent;
  const limit = max === null ? null : max <= 0.1 ? 0.1 : max <= 1 ? 1 : null;
  const title =
    limit !== null
      ? t("funding.expectedTitleWithin", {
          period: series.period,
          limit: formatValue(limit, "pct1", locale),
        })
      : t("funding.expectedTitleGeneric", { period: series.period });
  const subtitle = t("funding.expectedSubtitle", {
    total: series.total === null ? "–" : kr(series.total),
    populationPeriod: series.populationPeriod,
    populationSum:
      series.populationSum === null
        ? "–"
        : formatValue(series.populationSum, "num0", locale),
  });
  return { title, subtitle };
}
