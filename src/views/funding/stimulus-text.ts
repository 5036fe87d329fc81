/** The stimulus chart's title (equal per inhabitant, or Stockholm's share) and subtitle. */
import type { RankingSeries } from "@/charts/series/ranking-series";
import { formatValue } from "@/domain/format";
import { shareOfTotal } from "@/domain/metrics/derived";
import type { Translate, UiLocale } from "@/i18n/i18n";

export function stimulusText(
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): { title: string; subtitle: string } {
  const fmt = (n: number): string => formatValue(n, series.format, locale);
  const valued = series.rows.flatMap((r) =>
    r.value === null ? [] : [{ ...r, value: r.value }],
  );
  const top = valued[0];
  const county = series.county?.value ?? null;
  const allSame =
    valued.length > 1 && new Set(valued.map((r) => fmt(r.value))).size === 1;
  const topShare =
    !series.perCapita && top ? shareOfTotal(top.value, county) : null;
  let title: string;
  if (series.perCapita && allSame && top)
    title = t("funding.stimulusTitlePerCapitaEqual", {
      count: valued.length,
      value: fmt(top.value),
      period: series.period,
    });
  else if (topShare !== null && top?.name === "Stockholm")
    title = t("funding.stimulusTitleKr", {
      share: formatValue(topShare, "pct1", locale),
      period: series.period,
    });
  else title = t("funding.stimulusTitleGeneric", { period: series.period });
  const subtitle = series.perCapita
    ? t("funding.stimulusSubtitlePerCapita", {
        period: series.period,
        populationPeriod: series.indicator.perCapita?.populationPeriod ?? "",
      })
    : t("funding.stimulusSubtitleKr", {
        period: series.period,
        total: county === null ? "–" : formatValue(county, "sek0", locale),
      });
  return { title, subtitle };
}
