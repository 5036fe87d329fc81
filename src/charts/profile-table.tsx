/**
 * The numbers of Kommunprofil's spine chart as a table: one row per indicator with the kommun's
 * value, the county value, the difference, better / worse / similar (symbol and word), the rank,
 * the county's lowest–highest kommun and the source. Numbers right-aligned, tabular figures.
 */
import { formatDifference, formatValue } from "@/domain/format";
import { formatPeriod } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";

import { NumberCell } from "./data-table/cell";
import { DataTable, type DataColumn } from "./data-table/data-table";
import type { ProfileRow } from "./series/profile-series";
import { countyLabel, verdictLabel } from "./spine-labels";

export interface ProfileTableProps {
  readonly rows: readonly ProfileRow[];
  readonly caption: string;
  readonly kommunName: string;
  readonly locate: (o: {
    readonly sourceId: string;
    readonly locator: string;
  }) => string;
}

export function ProfileTable({
  rows,
  caption,
  kommunName,
  locate,
}: ProfileTableProps) {
  const { t, locale } = useT();
  const fmt = (row: ProfileRow, n: number): string =>
    formatValue(n, row.indicator.format, locale);
  const columns: DataColumn<ProfileRow>[] = [
    {
      id: "indicator",
      header: t("profile.indicator"),
      rowHeader: true,
      cell: (row) => row.indicator.label[locale],
    },
    {
      id: "period",
      header: t("profile.period"),
      cell: (row) => formatPeriod(row.period),
    },
    {
      id: "value",
      header: kommunName,
      numeric: true,
      cell: (row) => new NumberCell(row.value, row.indicator.format),
    },
    {
      id: "county",
      header: t("profile.county"),
      numeric: true,
      cell: (row) =>
        row.county !== null
          ? new NumberCell(row.county, row.indicator.format)
          : countyLabel(row, t, locale),
    },
    {
      id: "difference",
      header: t("profile.difference"),
      numeric: true,
      cell: (row) =>
        row.difference !== null
          ? formatDifference(row.difference, row.indicator.format, locale)
          : "–",
    },
    {
      id: "comparison",
      header: t("profile.comparison"),
      cell: (row) => verdictLabel(row.verdict, t),
    },
    {
      id: "rank",
      header: t("profile.rankColumn"),
      numeric: true,
      cell: (row) => t("profile.rank", { rank: row.rank, n: row.n }),
    },
    {
      id: "range",
      header: t("profile.range"),
      cell: (row) =>
        t("profile.rangeValue", {
          low: fmt(row, row.lowest.value),
          lowName: row.lowest.name,
          high: fmt(row, row.highest.value),
          highName: row.highest.name,
        }),
    },
    {
      id: "source",
      header: t("profile.source"),
      cell: (row) => locate(row.observation),
    },
  ];
  return (
    <DataTable
      caption={caption}
      className="profile-table"
      columns={columns}
      body={rows}
      rowKey={(row) => row.indicator.id}
    />
  );
}
