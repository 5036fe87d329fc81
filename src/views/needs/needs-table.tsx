/**
 * The numbers of the scatter as a table (the keyboard path): kommun, need value, resources
 * value, where it sits against the county ("högt behov, låga resurser", as the summary says) and
 * status (needs-table-status) — which value is missing and why, estimated values, "beräknat".
 * The county follows as a reference row.
 */
import { MissingCell } from "@/charts/data-table/cell";
import { DataTable, type DataColumn } from "@/charts/data-table/data-table";
import type { ScatterAxis } from "@/charts/series/scatter-axis";
import type { ScatterRow, ScatterSeries } from "@/charts/series/scatter-series";
import { valueCell } from "@/charts/value-label";
import { quadrantWords } from "@/charts/summary/scatter-words";
import { formatIndicatorPeriod } from "@/domain/format-period";
import { useT, type Translate, type UiLocale } from "@/i18n/i18n";

import { NeedsStatus } from "./needs-table-status";

export interface NeedsTableProps {
  readonly series: ScatterSeries;
  readonly caption: string;
  readonly needLabel: string;
  readonly resourceLabel: string;
}

/** A kommun's row, or the county's reference row. */
type Line = ScatterRow | "county";

export function NeedsTable({
  series,
  caption,
  needLabel,
  resourceLabel,
}: NeedsTableProps) {
  const { t, locale } = useT();
  const columns: DataColumn<Line>[] = [
    {
      id: "kommun",
      header: t("needs.tableKommun"),
      rowHeader: true,
      cell: (l) => <KommunName line={l} />,
    },
    valueColumn(
      "need",
      t("needs.tableNeed", {
        label: needLabel,
        period: formatIndicatorPeriod(
          series.need.indicator,
          series.need.period,
          locale,
        ),
      }),
      series.need,
      t,
      locale,
    ),
    valueColumn(
      "resource",
      t("needs.tableResource", {
        label: resourceLabel,
        period: formatIndicatorPeriod(
          series.resource.indicator,
          series.resource.period,
          locale,
        ),
      }),
      series.resource,
      t,
      locale,
    ),
    {
      id: "quadrant",
      header: t("needs.tableQuadrant"),
      cell: (l) =>
        l !== "county" && l.quadrant ? quadrantWords(l.quadrant, t) : "",
    },
    {
      id: "status",
      header: t("needs.tableStatus"),
      cell: (l) => <NeedsStatus line={l} series={series} />,
    },
  ];

  return (
    <DataTable
      caption={caption}
      className="needs-table"
      columns={columns}
      body={series.rows}
      footer={["county"]}
      rowKey={(l) => (l === "county" ? "county" : l.code)}
      rowClassName={(l) =>
        l === "county"
          ? "reference-row"
          : l.highlighted
            ? "is-highlighted"
            : undefined
      }
    />
  );
}

/** A value column: the kommun's or the county's value on one axis, or why it is missing. */
function valueColumn(
  id: "need" | "resource",
  header: string,
  axis: ScatterAxis,
  t: Translate,
  locale: UiLocale,
): DataColumn<Line> {
  return {
    id,
    header,
    numeric: true,
    cell: (l) => {
      const v = l === "county" ? axis.county : l[id];
      return v
        ? valueCell(v, axis.format, t, locale)
        : new MissingCell(t("chart.missing"));
    },
  };
}

/** The row's header: the kommun's name, said to be selected where it is; the county's. */
function KommunName({ line }: { readonly line: Line }) {
  const { t } = useT();
  if (line === "county") return t("needs.county");
  return (
    <>
      {line.name}
      {line.highlighted && (
        <span className="visually-hidden"> ({t("chart.selected")})</span>
      )}
    </>
  );
}
