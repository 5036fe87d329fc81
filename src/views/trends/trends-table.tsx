/** The numbers of the trend chart: one row per year, one column per line; missing stays missing. */
import { MissingCell, NumberCell } from "@/charts/data-table/cell";
import { DataTable, type DataColumn } from "@/charts/data-table/data-table";
import type { TrendPoint, TrendSeries } from "@/charts/series/trend-series";
import { formatIndicatorPeriod } from "@/domain/format-period";
import { useT, type Translate } from "@/i18n/i18n";

/** Why a cell is empty: the source's status, too few values for a median, or no value. */
function missingReason(point: TrendPoint | undefined, t: Translate): string {
  if (!point || point.status === "no-row" || point.status === "derived")
    return t("chart.missing");
  if (point.status === "too-few")
    return t("trends.medianTooFew", {
      count: point.included?.count ?? 0,
      total: point.included?.total ?? 0,
    });
  return t(`status.${point.status}`);
}

export interface TrendsTableProps {
  readonly series: TrendSeries;
  readonly labels: Readonly<Record<string, string>>;
  readonly caption: string;
}

export function TrendsTable({ series, labels, caption }: TrendsTableProps) {
  const { t, locale } = useT();
  // One row per period: its index into each line's points.
  const rows = series.periods.map((period, i) => ({ period, i }));
  const columns: DataColumn<(typeof rows)[number]>[] = [
    {
      id: "year",
      header: t("trends.year"),
      rowHeader: true,
      cell: (row) =>
        formatIndicatorPeriod(series.indicator, row.period, locale),
    },
    ...series.lines.map((line): DataColumn<(typeof rows)[number]> => ({
      id: line.key,
      header: labels[line.key] ?? line.name,
      numeric: true,
      ...(line.role === "selected" ? { headerClassName: "is-selected" } : {}),
      ...(line.role === "group" ? { headerClassName: "is-derived" } : {}),
      cell: ({ i }) => {
        const point = line.points[i];
        if (!point || point.value === null)
          return new MissingCell(
            missingReason(point, t),
            t("trends.missingShort"),
          );
        const estimated =
          point.status === "estimated" ? t("chart.estimated") : "";
        return new NumberCell(point.value, series.format, estimated);
      },
    })),
  ];
  return (
    // A table wider than the screen scrolls; a scrolling region must be reachable by keyboard.
    <DataTable
      caption={caption}
      className="trends-table"
      columns={columns}
      body={rows}
      rowKey={(row) => row.period}
      note={
        <p className="table-note">
          {t("trends.tableNote")}
          {series.lines.some((l) => l.role === "group") &&
            ` ${t("trends.tableNoteMedian")}`}
        </p>
      }
    />
  );
}
