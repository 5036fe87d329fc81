/**
 * A key figure from a county series: its latest value, compared with Sweden and the previous
 * period (domain/metrics/key-figure-comparison), drawn as a sparkline or bars.
 */
import type { ObservationsDataset } from "@/data/load-dataset";
import { formatValue } from "@/domain/format";
import { periodStatement } from "@/domain/format-period";
import type { FormatTag, Indicator } from "@/domain/indicators";
import { keyFigureComparisons } from "@/domain/metrics/key-figure-comparison";
import { observationsOf } from "@/domain/observations";
import { COUNTY_CODE } from "@/domain/areas";
import { useT } from "@/i18n/i18n";

import { figurePeriod, type FigureContent } from "./figure-card";
import { MiniBars, Sparkline } from "./mini-charts";

/** Bars for a few periods, a line for a longer series. */
const SPARKLINE_FROM = 5;

/** Returns a FigureCard `build` for an indicator's county series. */
export function useSeriesFigure() {
  const { t, locale } = useT();
  return (
      indicator: string,
      format: FormatTag,
      label: string,
      details: (dataset: ObservationsDataset) => string[] = () => [],
    ) =>
    (
      dataset: ObservationsDataset,
      indicators: ReadonlyMap<string, Indicator>,
    ): FigureContent | null => {
      const entry = indicators.get(indicator) ?? null;
      const figure = keyFigureComparisons(
        observationsOf(dataset, indicator),
        indicator,
        entry?.polarity ?? "neutral",
        format,
      );
      const latest = figure?.series.at(-1);
      if (!figure || !latest) return null;
      // Where the source states no year, a period is the year it was published: "publ. 2021",
      // "jämfört med källan från 2021", never a bare year that reads as measured.
      const publishedIn = (period: string): string | null => {
        const statement = periodStatement(entry, { period, area: COUNTY_CODE });
        return "published" in statement ? statement.published : null;
      };
      const points = figure.series.map((o) => {
        const published = publishedIn(o.period);
        return published
          ? { ...o, label: t("overview.published", { period: published }) }
          : o;
      });
      const Visual =
        figure.series.length >= SPARKLINE_FROM ? Sparkline : MiniBars;
      return {
        period: figurePeriod(entry, latest, t, locale),
        value: formatValue(latest.value, format, locale),
        label,
        comparisons: figure.comparisons,
        publishedIn,
        format,
        visual: <Visual points={points} format={format} />,
        details: details(dataset),
        basis: figure.series,
      };
    };
}
