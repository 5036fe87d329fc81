/**
 * The numbers of a ranked chart as a table: caption, header cells, sort buttons that announce
 * their state, numbers right-aligned with tabular figures, the exact value, its status, how it
 * was derived and where in the source it stands. County and Sweden follow as reference rows.
 */
import { useState } from "react";

import type { AreaCode } from "@/domain/areas";
import { formatPopulationPeriod, formatValue } from "@/domain/format";
import { useT } from "@/i18n/i18n";
import { TableScroll } from "@/ui/table-scroll";

import type {
  RankingRow,
  RankingSeries,
  ReferenceValue,
} from "./series/ranking-series";
import { valueLabel } from "./value-label";

type Column = "rank" | "name" | "value";

export interface RankingTableProps {
  readonly series: RankingSeries;
  readonly caption: string;
  /** Short source reference for a row, e.g. "Bilaga 5 · seed 003 rad 3160". */
  /** Link from a kommun's name to its profile. */
  readonly kommunLink?: {
    readonly href: (code: AreaCode) => string;
    readonly open: (code: AreaCode) => void;
  };
  readonly locate: (row: {
    readonly sourceId: string;
    readonly locator: string;
  }) => string;
}

const collator = new Intl.Collator("sv");

function compareRows(column: Column, ascending: boolean) {
  return (a: RankingRow, b: RankingRow): number => {
    let result: number;
    if (column === "name") result = collator.compare(a.name, b.name);
    else {
      // Missing values always sort last, whatever the direction.
      const va = column === "rank" ? a.rank : a.value;
      const vb = column === "rank" ? b.rank : b.value;
      if (va === null || vb === null)
        return va === vb
          ? collator.compare(a.name, b.name)
          : va === null
            ? 1
            : -1;
      result = va - vb;
    }
    return ascending ? result : -result;
  };
}

export function RankingTable({
  series,
  caption,
  locate,
  kommunLink,
}: RankingTableProps) {
  const { t, locale } = useT();
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({
    column: "rank",
    ascending: true,
  });
  const rows = [...series.rows].sort(compareRows(sort.column, sort.ascending));
  const header = (column: Column, label: string, numeric = false) => {
    const active = sort.column === column;
    // What a press does: the other direction when sorted by this column, else its default.
    const nextAscending = active ? !sort.ascending : column !== "value";
    return (
      <th
        scope="col"
        className={numeric ? "num" : undefined}
        aria-sort={
          active ? (sort.ascending ? "ascending" : "descending") : "none"
        }
      >
        <button
          type="button"
          className="sort-button"
          // The name starts with the visible label (WCAG 2.5.3) and says what a press does.
          aria-label={t(
            nextAscending ? "chart.sortAscending" : "chart.sortDescending",
            { column: label },
          )}
          onClick={() => {
            setSort({ column, ascending: nextAscending });
          }}
        >
          {label}
          <span aria-hidden="true">
            {active ? (sort.ascending ? " ▲" : " ▼") : " ↕"}
          </span>
        </button>
      </th>
    );
  };
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
  const reference = (label: string, ref: ReferenceValue) => (
    <tr className="reference-row">
      <td />
      <th scope="row">{label}</th>
      <td className="num">
        {valueLabel(
          { ...ref, low: null, high: null },
          series.format,
          t,
          locale,
        )}
      </td>
      <td>
        {t(`status.${ref.status}`)}
        {ref.derived && ` · ${t("chart.derived")}`}
        {ref.observation.note !== "" && ` · ${ref.observation.note}`}
        {ref.derived && <span className="table-note">{derivedText(ref)}</span>}
      </td>
      <td>{locate(ref.observation)}</td>
    </tr>
  );

  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header("rank", t("chart.rank"), true)}
            {header("name", t("chart.kommun"))}
            {header("value", t("chart.value"), true)}
            <th scope="col">{t("chart.status")}</th>
            <th scope="col">{t("chart.source")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.code}
              className={r.highlighted ? "is-highlighted" : undefined}
            >
              <td className="num">{r.rank ?? "–"}</td>
              <th scope="row">
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
                  <span className="visually-hidden">
                    {" "}
                    ({t("chart.selected")})
                  </span>
                )}
              </th>
              <td className="num">{valueLabel(r, series.format, t, locale)}</td>
              <td>
                {t(`status.${r.status}`)}
                {r.derived && ` · ${t("chart.derived")}`}
                {r.reason && (
                  <span className="table-note">{r.reason[locale]}</span>
                )}
                {r.reason === null && r.note !== "" && (
                  <span className="table-note">{r.note}</span>
                )}
                {r.derived && (
                  <span className="table-note">{derivedText(r)}</span>
                )}
              </td>
              <td>{r.observation ? locate(r.observation) : "–"}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {series.county && reference(t("chart.county"), series.county)}
          {series.sweden && reference(t("chart.sweden"), series.sweden)}
        </tfoot>
      </table>
    </TableScroll>
  );
}
