/**
 * The numbers of a ranked chart as a table: caption, header cells, sort buttons that announce
 * their state, numbers right-aligned with tabular figures, the exact value, its status, how it
 * was derived (ranking-table-cells) and where in the source it stands. County and Sweden follow
 * as reference rows (ranking-table-columns).
 */
import { useT } from "@/i18n/i18n";

import { DataTable } from "./data-table/data-table";
import {
  rankingColumns,
  referenceLines,
  type Locate,
} from "./ranking-table-columns";
import type { KommunLink, RankingLine as Line } from "./ranking-table-cells";
import type { RankingSeries } from "./series/ranking-series";

export interface RankingTableProps {
  readonly series: RankingSeries;
  readonly caption: string;
  /** Link from a kommun's name to its profile. */
  readonly kommunLink?: KommunLink;
  /** Short source reference for a row, e.g. "Bilaga 5 · seed 003 rad 3160". */
  readonly locate: Locate;
}

export function RankingTable({
  series,
  caption,
  locate,
  kommunLink,
}: RankingTableProps) {
  const { t, locale } = useT();
  return (
    <DataTable
      caption={caption}
      columns={rankingColumns({ series, locate, kommunLink, t, locale })}
      body={series.rows.map((row): Line => ({ kind: "kommun", row }))}
      footer={referenceLines(series, t)}
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
