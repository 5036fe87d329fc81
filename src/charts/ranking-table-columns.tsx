/**
 * The rows and columns of RankingTable: rank, kommun (linked to its profile), the exact value,
 * its status and where in the source it stands; the county and Sweden as reference rows below
 * the kommuner.
 */
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { DataColumn } from "./data-table/data-table";
import {
  KommunName,
  RankingStatus,
  type KommunLink,
  type RankingLine as Line,
} from "./ranking-table-cells";
import type { RankingRow, RankingSeries } from "./series/ranking-series";
import { valueCell } from "./value-label";

export type Locate = (row: {
  readonly sourceId: string;
  readonly locator: string;
}) => string;

interface RankingColumnsInput {
  readonly series: RankingSeries;
  readonly locate: Locate;
  readonly kommunLink: KommunLink | undefined;
  readonly t: Translate;
  readonly locale: UiLocale;
}

const kommun = (l: Line): RankingRow | null =>
  l.kind === "kommun" ? l.row : null;

export function rankingColumns({
  series,
  locate,
  kommunLink,
  t,
  locale,
}: RankingColumnsInput): DataColumn<Line>[] {
  return [
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
}

/** The county and Sweden, where the series has them, as rows under the kommuner. */
export function referenceLines(series: RankingSeries, t: Translate): Line[] {
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
  return references;
}
