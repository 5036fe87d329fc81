/** The changed observations between two versions: where, what, which kind, before, after, difference. */
import { MissingCell, type Cell } from "@/charts/data-table/cell";
import { DataTable, type DataColumn } from "@/charts/data-table/data-table";
import type { ObservationChange } from "@/domain/dataset-diff";
import { formatDifference, formatNumber, formatValue } from "@/domain/format";
import { formatPeriod } from "@/domain/format-period";
import type { Indicator } from "@/domain/indicators";
import type { Observation } from "@/domain/observations";
import { useT } from "@/i18n/i18n";

export function ChangesTable({
  changes,
  from,
  to,
  datasetId,
  areaName,
  indicators,
}: {
  changes: readonly ObservationChange[];
  from: number;
  to: number;
  datasetId: string;
  areaName: (code: string) => string;
  indicators: ReadonlyMap<string, Indicator>;
}) {
  const { t, locale } = useT();
  const value = (c: ObservationChange, n: number): string => {
    const indicator = indicators.get(c.indicator);
    return indicator
      ? formatValue(n, indicator.format, locale)
      : formatNumber(n, 2, locale);
  };
  const cell = (c: ObservationChange, o: Observation | null): Cell => {
    if (!o) return t("versionDiff.absent");
    if (o.value === null) {
      if (o.low !== null && o.high !== null)
        return `${value(c, o.low)}–${value(c, o.high)}`;
      return new MissingCell(t("versionDiff.missing"));
    }
    return value(c, o.value);
  };
  const breakdown = (c: ObservationChange): string => {
    const indicator = indicators.get(c.indicator);
    return c.breakdown === ""
      ? "–"
      : (indicator?.breakdowns[c.breakdown]?.[locale] ?? c.breakdown);
  };
  const difference = (c: ObservationChange): string => {
    const indicator = indicators.get(c.indicator);
    if (c.difference === null) return "–";
    return indicator
      ? formatDifference(c.difference, indicator.format, locale)
      : formatNumber(c.difference, 2, locale);
  };
  const columns: DataColumn<ObservationChange>[] = [
    {
      id: "area",
      header: t("versionDiff.colArea"),
      rowHeader: true,
      cell: (c) => areaName(c.area),
    },
    {
      id: "indicator",
      header: t("versionDiff.colIndicator"),
      cell: (c) => indicators.get(c.indicator)?.label[locale] ?? c.indicator,
    },
    { id: "breakdown", header: t("versionDiff.colBreakdown"), cell: breakdown },
    {
      id: "period",
      header: t("versionDiff.colPeriod"),
      cell: (c) => formatPeriod(c.period),
    },
    {
      id: "kind",
      header: t("versionDiff.colKind"),
      cell: (c) => (
        <>
          {t(`versionDiff.kind.${c.kind}`)}
          {c.kind === "changed" && (
            <span className="table-note">
              {t("versionDiff.changedFields", {
                fields: c.fields
                  .map((f) => t(`versionDiff.fields.${f}`))
                  .join(", "),
              })}
            </span>
          )}
        </>
      ),
    },
    {
      id: "before",
      header: `${t("versionDiff.colBefore")} (v${String(from)})`,
      numeric: true,
      cell: (c) => cell(c, c.before),
    },
    {
      id: "after",
      header: `${t("versionDiff.colAfter")} (v${String(to)})`,
      numeric: true,
      cell: (c) => cell(c, c.after),
    },
    {
      id: "difference",
      header: t("versionDiff.colDifference"),
      numeric: true,
      cell: difference,
    },
  ];
  return (
    <DataTable
      caption={t("versionDiff.tableLabel", {
        from: `v${String(from)}`,
        to: `v${String(to)}`,
        dataset: datasetId,
      })}
      captionHidden
      columns={columns}
      body={changes}
      rowKey={(c) => `${c.area}|${c.indicator}|${c.breakdown}|${c.period}`}
      rowClassName={(c) => `diff-row diff-row--${c.kind}`}
    />
  );
}
