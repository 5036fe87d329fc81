/** Title, subtitle, summary, coverage and accessible description of the tile map. Pure. */
import type { MapSeries } from "@/charts/series/map-series";
import { formatPeriod, formatValue } from "@/domain/format";
import type { Translate, UiLocale } from "@/i18n/i18n";

export interface MapText {
  readonly title: string;
  readonly subtitle: string;
  readonly summary: string;
  readonly coverage: string;
  readonly description: string;
}

export function mapText(
  series: MapSeries,
  t: Translate,
  locale: UiLocale,
): MapText {
  const { ranking } = series;
  const { indicator } = ranking;
  const period = formatPeriod(ranking.period);
  const fmt = (n: number): string => formatValue(n, ranking.format, locale);
  const title = t("map.title", { label: indicator.label[locale], period });
  const unit =
    ranking.perCapita && indicator.perCapita
      ? t("map.perCapitaSubtitle", {
          period,
          populationPeriod: indicator.perCapita.populationPeriod,
        })
      : `${t(`units.${indicator.unit}`)}, ${period}`;
  const group =
    ranking.breakdown === ""
      ? ""
      : (indicator.breakdowns[ranking.breakdown]?.[locale] ?? "");
  const subtitle = [unit, group].filter(Boolean).join(" · ");

  const valued = series.tiles.flatMap((tile) =>
    tile.value === null ? [] : [{ name: tile.name, value: tile.value }],
  );
  const parts: string[] = [];
  const [first] = valued;
  if (first) {
    const max = valued.reduce((a, b) => (b.value > a.value ? b : a), first);
    const min = valued.reduce((a, b) => (b.value < a.value ? b : a), first);
    parts.push(
      fmt(max.value) === fmt(min.value)
        ? t("map.summaryAllEqual", {
            value: fmt(max.value),
            count: valued.length,
          })
        : t("map.summaryHighLow", {
            high: max.name,
            highValue: fmt(max.value),
            low: min.name,
            lowValue: fmt(min.value),
          }),
    );
  }
  if (ranking.county) {
    const key = ranking.countyIsComparable
      ? "map.summaryCounty"
      : "map.summaryCountyTotal";
    const estimated =
      ranking.county.status === "estimated" ? `${t("chart.estimated")} ` : "";
    parts.push(t(key, { value: estimated + fmt(ranking.county.value) }));
  }
  const summary = parts.join(" ");
  const coverage = t("chart.coverage", {
    count: valued.length,
    total: series.tiles.length,
  });
  const selected = series.tiles.filter((tile) => tile.highlighted);
  const selection =
    selected.length > 0
      ? ` ${t("map.summarySelected", {
          names: selected.map((tile) => tile.name).join(", "),
        })}`
      : "";
  return {
    title,
    subtitle,
    summary,
    coverage,
    description: `${title}. ${subtitle}. ${summary} ${coverage}.${selection}`,
  };
}
