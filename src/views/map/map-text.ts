/** Title, subtitle, summary and coverage of the tile map. Pure. */
import type { MapSeries } from "@/charts/series/map-series";
import { rankingSummary } from "@/charts/summary/ranking-summary";
import {
  formatIndicatorPeriod,
  formatPopulationPeriod,
} from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

export interface MapText {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly coverage: string;
}

export function mapText(
  series: MapSeries,
  t: Translate,
  locale: UiLocale,
): MapText {
  const { ranking } = series;
  const { indicator } = ranking;
  const period = formatIndicatorPeriod(indicator, ranking.period, locale);
  const title = t("map.title", { label: indicator.label[locale], period });
  const unit =
    ranking.perCapita && indicator.perCapita
      ? t("map.perCapitaSubtitle", {
          period,
          populationPeriod: formatPopulationPeriod(indicator.perCapita, locale),
        })
      : `${t(`units.${indicator.unit}`)}, ${period}`;
  const group =
    ranking.breakdown === ""
      ? ""
      : (indicator.breakdowns[ranking.breakdown]?.[locale] ?? "");
  const subtitle = [unit, group].filter(Boolean).join(" · ");

  const summary = rankingSummary(ranking, t, locale);
  const valued = series.tiles.filter((tile) => tile.value !== null);
  const coverage = t("chart.coverage", {
    count: valued.length,
    total: series.tiles.length,
  });
  return {
    title,
    subtitle,
    summary,
    coverage,
  };
}
