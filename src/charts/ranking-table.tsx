/**
 * The numbers of a ranked chart as a table: caption, header cells, sort buttons that announce
 * their state, numbers right-aligned with tabular figures, the exact value, its status, how it
 * was derived (ranking-table-cells) and where in the source it stands. County and Sweden follow
 * as reference rows.
 */
import { useT } from "@/i18n/i18n";

import { DataTable, type DataColumn } from "./data-table/data-table";
import {
  KommunName,
  RankingStatus,
  type KommunLink,
  type RankingLine as Line,
} from "./ranking-table-cells";
import type { RankingRow, RankingSeries } from "./series/ranking-series";
import { valueCell } from "./value-label";

export interface RankingTableProps {
  readonly series: RankingSeries;
  readonly caption: string;
  /** Link from a kommun's name to its profile. */
  readonly kommunLink?: KommunLink;
  /** Short source reference for a row, e.g. "Bilaga 5 · seed 003 rad 3160". */
  readonly locate: (row: {
    readonly sourceId: string;
    readonly locator: string;
  }) => string;
}

export function RankingTable({
  series,
  caption,
  locate,
  kommunLink,
}: RankingTableProps) {
  const { t, locale } = useT();
  const kommun = (l: Line): RankingRow | null =>
    l.kind === "kommun" ? l.row : null;
  const columns: DataColumn<Line>[] = [
    {
      id: "rank",
      header: t("chart.rank"),
      numeric: true,
      cell: (l) => (l.kind === "kommun" ? (l.row.rank ?? "–") : null),
      sortKey: (l) => kommun(l)?.rank ?? null,
    },
    {
      id: "name",
      header: t("chart.kommun"),
      rowHeader: true,
      cell: (l) =>
        l.kind === "kommun" ? (
          <KommunName row={l.row} link={kommunLink} />
        ) : (
          l.label
        ),
      sortKey: (l) => kommun(l)?.name ?? null,
    },
    {
      id: "value",
      header: t("chart.value"),
      numeric: true,
      cell: (l) =>
        l.kind === "kommun"
          ? valueCell(l.row, series.format, t, locale)
          : valueCell(
              { ...l.ref, low: null, high: null },
              series.format,
              t,
              locale,
            ),
      sortKey: (l) => kommun(l)?.value ?? null,
      firstSort: "descending",
    },
    {
      id: "status",
      header: t("chart.status"),
      cell: (l) => <RankingStatus line={l} format={series.indicator.format} />,
    },
    {
      id: "source",
      header: t("chart.source"),
      cell: (l) => {
        const o = l.kind === "kommun" ? l.row.observation : l.ref.observation;
        return o ? locate(o) : "–";
      },
    },
  ];
  const references: Line[] = [];
  if (series.county)
    references.push({
      kind: "reference",
      label: t("chart.county"),
      ref: series.county,
    });
  if (series.sweden)
    references.push({
      kind: "reference",
      label: t("chart.sweden"),
      ref: series.sweden,
    });

  return (
    <DataTable
      caption={caption}
      columns={columns}
      body={series.rows.map((row): Line => ({ kind: "kommun", row }))}
      footer={references}
      rowKey={(l) => (l.kind === "kommun" ? l.row.code : l.ref.code)}
      rowClassName={(l) =>
        l.kind === "reference"
          ? "reference-row"
          : l.row.highlighted
            ? "is-highlighted"
            : undefined
      }
      initialSort={{ column: "rank", ascending: true }}
    />
  );
}
