/** Each kommun's 2018 allocation against its population share, as a table with the sums below. */
import { MissingCell, NumberCell } from "@/charts/data-table/cell";
import { DataTable, type DataColumn } from "@/charts/data-table/data-table";
import type { ExpectedSeries } from "@/charts/series/expected-series";
import { formatDifference } from "@/domain/format";
import { useT } from "@/i18n/i18n";

export interface ExpectedTableProps {
  readonly series: ExpectedSeries;
  readonly caption: string;
  readonly locate: (o: { sourceId: string; locator: string }) => string;
}

type Line = ExpectedSeries["rows"][number] | "sum";

export function ExpectedTable({ series, caption, locate }: ExpectedTableProps) {
  const { t, locale } = useT();
  const missing = new MissingCell(t("chart.missing"));
  /** A number, or the missing cell (kommun rows) or "–" (the sums) without one. */
  const amount = (l: Line, n: number | null, format: "sek0" | "num0") =>
    n !== null ? new NumberCell(n, format) : l === "sum" ? "–" : missing;
  const columns: DataColumn<Line>[] = [
    {
      id: "kommun",
      header: t("funding.colKommun"),
      rowHeader: true,
      cell: (l) => (l === "sum" ? t("funding.sumRow") : l.name),
    },
    {
      id: "actual",
      header: t("funding.colActual"),
      numeric: true,
      cell: (l) => amount(l, l === "sum" ? series.total : l.actual, "sek0"),
    },
    {
      id: "population",
      header: t("funding.colPopulation", { period: series.populationPeriod }),
      numeric: true,
      cell: (l) =>
        amount(l, l === "sum" ? series.populationSum : l.population, "num0"),
    },
    {
      id: "expected",
      header: t("funding.colExpected"),
      numeric: true,
      cell: (l) =>
        l === "sum"
          ? null
          : l.expected === null
            ? "–"
            : new NumberCell(l.expected, "sek2"),
    },
    {
      id: "deviationKr",
      header: t("funding.colDeviationKr"),
      numeric: true,
      cell: (l) =>
        l === "sum"
          ? null
          : l.deviation
            ? formatDifference(l.deviation.amount, "sek2", locale)
            : "–",
    },
    {
      id: "deviationPct",
      header: t("funding.colDeviationPct"),
      numeric: true,
      cell: (l) =>
        l === "sum"
          ? null
          : l.deviation && l.deviation.percent !== null
            ? formatDifference(l.deviation.percent, "pct2", locale)
            : "–",
    },
    {
      id: "source",
      header: t("funding.colSource"),
      cell: (l) => {
        const o = l === "sum" ? series.totalObservation : l.observation;
        return o ? locate(o) : "–";
      },
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      body={series.rows}
      footer={["sum"]}
      rowKey={(l) => (l === "sum" ? "sum" : l.code)}
      rowClassName={(l) => (l === "sum" ? "reference-row" : undefined)}
    />
  );
}
