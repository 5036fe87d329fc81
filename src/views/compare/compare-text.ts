/**
 * Title, subtitle and coverage of the ranked chart. Pure, given a translate function. (The
 * summary is charts/summary/ranking-summary, loaded on demand: use-ranking-summary.)
 */
import type { RankingSeries } from "@/charts/series/ranking-series";
import { formatValue } from "@/domain/format";
import {
  formatIndicatorPeriod,
  formatObservationPeriod,
  formatPopulationPeriod,
} from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

export interface CompareText {
  readonly title: string;
  readonly subtitle: string;
  readonly coverage: string;
}

/** "plats 3 av 26", "delad plats 1 av 26" (kommuner whose values print the same), or "samma som alla 26 kommuner". */
function rankWords(series: RankingSeries, rank: number, t: Translate): string {
  const tied = series.rows.filter((r) => r.rank === rank).length;
  if (tied === series.n && tied > 1)
    return t("compare.rankAll", { n: series.n });
  return t(tied > 1 ? "compare.rankShared" : "compare.rank", {
    rank,
    n: series.n,
  });
}

export function compareText(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): CompareText {
  const { indicator } = series;
  const period = formatIndicatorPeriod(indicator, series.period, locale);
  const label = indicator.label[locale];
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const group =
    series.breakdown === ""
      ? ""
      : indicator.breakdowns[series.breakdown]?.[locale];

  const selected = series.rows.filter((r) => r.highlighted && r.value !== null);
  const only = selected.length === 1 ? selected[0] : undefined;
  // Per inhabitant is in the title, so the chart (and its file names) say which it is.
  const title =
    only && only.value !== null && only.rank !== null
      ? t(
          series.perCapita
            ? "compare.titleSelectedPerCapita"
            : "compare.titleSelected",
          {
            name: only.name,
            value: fmt(only.value),
            // The selected kommun's own period (the source may give the county's only).
            period: formatObservationPeriod(
              indicator,
              { period: series.period, area: only.code },
              locale,
            ),
            rank: rankWords(series, only.rank, t),
          },
        )
      : t(
          series.perCapita
            ? "compare.titleDefaultPerCapita"
            : "compare.titleDefault",
          { label, period },
        );

  const unit =
    series.perCapita && indicator.perCapita
      ? t("compare.perCapitaSubtitle", {
          period,
          populationPeriod: formatPopulationPeriod(indicator.perCapita, locale),
        })
      : `${t(`units.${indicator.unit}`)}, ${period}`;
  const subtitle = [only ? label : null, unit, group]
    .filter(Boolean)
    .join(" · ");

  return {
    title,
    subtitle,
    coverage: t("chart.coverage", {
      count: series.coverage.withValue,
      total: series.coverage.total,
    }),
  };
}
