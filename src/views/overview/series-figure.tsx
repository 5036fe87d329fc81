/**
 * A key figure from a county series: its latest value, compared with Sweden and the previous
 * period (domain/metrics/key-figure-comparison), drawn as a sparkline or bars.
 */
import type { ObservationsDataset } from "@/data/load-dataset";
import { formatValue } from "@/domain/format";
import { formatPeriod } from "@/domain/format-period";
import type { FormatTag, Polarity } from "@/domain/indicators";
import { keyFigureComparisons } from "@/domain/metrics/key-figure-comparison";
import { observationsOf } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

import type { FigureContent } from "./figure-card";
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
      polarityOf: (id: string) => Polarity,
    ): FigureContent | null => {
      const figure = keyFigureComparisons(
        observationsOf(dataset, indicator),
        indicator,
        polarityOf(indicator),
        format,
      );
      const latest = figure?.series.at(-1);
      if (!figure || !latest) return null;
      const Visual =
        figure.series.length >= SPARKLINE_FROM ? Sparkline : MiniBars;
      return {
        period: t("overview.period", {
          period: formatPeriod(latest.period, locale),
        }),
        value: formatValue(latest.value, format, locale),
        label,
        comparisons: figure.comparisons,
        format,
        visual: <Visual points={figure.series} format={format} />,
        details: details(dataset),
        basis: figure.series,
      };
    };
}
