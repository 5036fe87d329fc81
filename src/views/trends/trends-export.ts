/**
 * The trend chart's export: every point of every line, the medians as "derived" rows that say
 * how they were computed (from which national dataset, of how many kommuner).
 */
import type { ChartExportData } from "@/charts/export/export-data";
import type { TrendSeries } from "@/charts/series/trend-series";
import type { DatasetMeta } from "@/data/load-dataset";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { chartExport } from "../shared/export-context";
import { trendExportRows } from "../shared/export-rows";

import type { TrendsText } from "./trends-text";

export function trendsExport(
  series: TrendSeries,
  text: TrendsText,
  source: string,
  datasets: readonly DatasetMeta[],
  t: Translate,
  locale: UiLocale,
): ChartExportData {
  // The national dataset: the one of `datasets` with the same indicator, not the county's.
  const national = datasets.find(
    (d, i) => i > 0 && d.entry.kind === "observations",
  );
  return chartExport(
    "trends",
    { title: text.title, subtitle: text.subtitle, sourceLine: source },
    datasets,
    (c) =>
      trendExportRows(series, c, {
        name: (line) => text.labels[line.key] ?? line.name,
        how: (line, p) =>
          p.included
            ? t("trends.medianHow", {
                count: p.included.count,
                total: p.included.total,
                code: line.median?.code ?? "",
                name: line.median?.name[locale] ?? "",
              })
            : "",
        dataset: national
          ? { id: national.entry.id, version: national.version.version }
          : null,
      }),
    t,
    locale,
  );
}
