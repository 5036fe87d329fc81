/**
 * The numbers of a ranked chart as a table: caption, header cells, sort buttons that announce
 * their state, numbers right-aligned with tabular figures, the exact value, its status, how it
 * was derived and where in the source it stands. County and Sweden follow as reference rows.
 */
import type { AreaCode } from "@/domain/areas";
import { formatValue } from "@/domain/format";
import { formatPopulationPeriod } from "@/domain/format-period";
import { useT } from "@/i18n/i18n";

import { DataNote } from "./data-note";
import { DataTable, type DataColumn } from "./data-table/data-table";
import type {
  RankingRow,
  RankingSeries,
  ReferenceValue,
} from "./series/ranking-series";
import { valueCell } from "./value-label";

export interface RankingTableProps {
  readonly series: RankingSeries;
  readonly caption: string;
  /** Link from a kommun's name to its profile. */
  readonly kommunLink?: {
    readonly href: (code: AreaCode) => string;
    readonly open: (code: AreaCode) => void;
  };
  /** Short source reference for a row, e.g. "Bilaga 5 · seed 003 rad 3160". */
  readonly locate: (row: {
    readonly sourceId: string;
    readonly locator: string;
  }) => string;
}

/** A kommun's row, or the county's or Sweden's reference row. */
type Line =
  | { readonly kind: "kommun"; readonly row: RankingRow }
  | {
      readonly kind: "reference";
      readonly label: string;
      readonly ref: ReferenceValue;
    };

export function RankingTable({
  series,
  caption,
  locate,
  kommunLink,
}: RankingTableProps) {
  const { t, locale } = useT();
  const derivedText = (r: { derived: RankingRow["derived"] }): string =>
    r.derived
      ? t("chart.derivedPerCapita", {
          value: formatValue(
            r.derived.numerator,
            series.indicator.format,
            locale,
          ),
          population: formatValue(r.derived.denominator, "num0", locale),
          populationPeriod: formatPopulationPeriod(r.derived, locale),
        })
      : "";
  const name = (r: RankingRow) => (
    <>
      {kommunLink ? (
        <a
          href={kommunLink.href(r.code)}
          onClick={(event) => {
            event.preventDefault();
            kommunLink.open(r.code);
          }}
        >
          {r.name}
        </a>
      ) : (
        r.name
      )}
      {r.highlighted && (
        <span className="visually-hidden"> ({t("chart.selected")})</span>
      )}
    </>
  );
  const status = (l: Line) => {
    if (l.kind === "reference") {
      const { ref } = l;
      return (
        <>
          {t(`status.${ref.status}`)}
          {ref.derived && ` · ${t("chart.derived")}`}
          {ref.observation.note !== "" && (
            <DataNote note={ref.observation.note} />
          )}
          {ref.derived && (
            <span className="table-note">{derivedText(ref)}</span>
          )}
        </>
      );
    }
    const r = l.row;
    return (
      <>
        {t(`status.${r.status}`)}
        {r.derived && ` · ${t("chart.derived")}`}
        {r.reason && <DataNote note={r.reason} />}
        {r.reason === null && r.note !== "" && <DataNote note={r.note} />}
        {r.derived && <span className="table-note">{derivedText(r)}</span>}
      </>
    );
  };
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
      cell: (l) => (l.kind === "kommun" ? name(l.row) : l.label),
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
    { id: "status", header: t("chart.status"), cell: status },
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
