/**
 * The words of Län och regioner: the county's value and rank in the title, Riket in the summary,
 * how many regions have a value. Pure, given a translate function.
 */
import type { RankingSeries } from "@/charts/series/ranking-series";
import { COUNTY_CODE } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

export interface RegionsText {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly coverage: string;
}

export function regionsText(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): RegionsText {
  const { indicator } = series;
  const fmt = (n: number) => formatValue(n, series.format, locale);
  const own = series.rows.find((r) => r.code === COUNTY_CODE);
  const periodText = formatIndicatorPeriod(indicator, series.period, locale);
  const title =
    own?.value != null && own.rank !== null
      ? t("regions.title", {
          value: fmt(own.value),
          rank: own.rank,
          n: series.n,
          period: periodText,
        })
      : t("regions.titleMissing", { period: periodText });
  const subtitle = `${indicator.label[locale]} · ${t(`units.${indicator.unit}`)}, ${periodText}`;
  const summary = [
    own?.value == null
      ? t("regions.countyMissing")
      : t("regions.countyValue", { value: fmt(own.value) }),
    series.sweden
      ? t("regions.sweden", { value: fmt(series.sweden.value) })
      : t("regions.swedenMissing"),
  ].join(" ");
  const coverage = t("regions.coverage", {
    count: series.coverage.withValue,
    total: series.coverage.total,
  });
  return { title, subtitle, summary, coverage };
}
