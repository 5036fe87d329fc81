/**
 * The scatter with its axis titles (above and below, so they stay readable on a phone) and the
 * words it draws: the county labels ("Länet 2 163 kr, beräknat") and the quadrant words.
 */
import { lazy, Suspense } from "react";

import { ChartPlaceholder } from "@/charts/chart-placeholder";
import type { ScatterAxis } from "@/charts/series/scatter-axis";
import type { Quadrant } from "@/charts/series/scatter-quadrants";
import type { ScatterSeries } from "@/charts/series/scatter-series";
import { valueLabel } from "@/charts/value-label";
import { useT } from "@/i18n/i18n";

import type { NeedsText } from "./needs-text";

const ScatterChart = lazy(() => import("@/charts/scatter-chart"));

const upperFirst = (text: string): string =>
  text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);

export function NeedsPlot({
  series,
  text,
}: {
  series: ScatterSeries;
  text: NeedsText;
}) {
  const { t, locale } = useT();
  const value = (axis: ScatterAxis): string =>
    axis.county ? valueLabel(axis.county, axis.format, t, locale) : "";
  const computed = (axis: ScatterAxis): boolean =>
    axis.county?.derived?.kind === "population-weighted";
  const resource = value(series.resource);
  return (
    <div className="needs-plot">
      <p className="needs-plot__y" aria-hidden="true">
        ↑ {text.needTitle}
      </p>
      <Suspense
        fallback={
          <ChartPlaceholder state="loading" title={t("chart.loading")} />
        }
      >
        <ScatterChart
          series={series}
          labelAll={series.fewValues}
          named={text.named}
          county={{
            need: [
              t("needs.county"),
              value(series.need),
              ...(computed(series.need) ? [t("chart.derived")] : []),
            ],
            resource: computed(series.resource)
              ? t("needs.countyLineComputed", { value: resource })
              : t("needs.countyLine", { value: resource }),
          }}
          quadrantWords={(q: Quadrant) => [
            upperFirst(t(`needs.needLevel.${q.need}`)),
            t(`needs.resourceLevel.${q.resource}`),
          ]}
        />
      </Suspense>
      <p className="needs-plot__x" aria-hidden="true">
        {text.resourceTitle} →
      </p>
    </div>
  );
}
