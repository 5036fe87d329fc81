/**
 * The columns of ProfileTable. On screen: indicator, year, the kommun, the county, the difference,
 * better / worse / similar, the rank, the county's lowest–highest kommun and the source. On paper
 * (`compact`, the Kommunrapport): the source becomes the reference after the indicator's name
 * ("[4]"), the difference goes (the chart above gives it) and "no county value" is a dash
 * explained under the table, so seven columns fit an A4 page. With the kommungrupp comparison on,
 * a column after the comparison gives the group's median and range (the words come from the view).
 */
import { formatDifference, formatValue } from "@/domain/format";
import { formatObservationPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { MissingCell, NumberCell } from "./data-table/cell";
import type { DataColumn } from "./data-table/data-table";
import type { ProfileRow } from "./series/profile-types";
import { countyLabel, verdictLabel } from "./spine-labels";

type Locate = (o: {
  readonly sourceId: string;
  readonly locator: string;
}) => string;

/** An extra column the view fills in (Kommunprofil's kommungrupp median and range). */
export interface ExtraColumn {
  readonly header: string;
  readonly cell: (row: ProfileRow) => string;
}

export interface ProfileColumnsInput {
  readonly kommunName: string;
  readonly locate: Locate;
  /** The printed form: references instead of sources, no difference column. */
  readonly compact: boolean;
  readonly group?: ExtraColumn | null | undefined;
}

type Column = DataColumn<ProfileRow>;

const dash = (reason: string) => new MissingCell(reason, "–");

const judged = (row: ProfileRow): boolean =>
  row.verdict === "better" ||
  row.verdict === "worse" ||
  row.verdict === "similar";

/** Indicator, year, the kommun's value and the county's. */
function valueColumns(
  { kommunName, locate, compact }: ProfileColumnsInput,
  t: Translate,
  locale: UiLocale,
): Column[] {
  return [
    {
      id: "indicator",
      header: t("profile.indicator"),
      rowHeader: true,
      cell: (row) =>
        compact
          ? `${row.indicator.label[locale]} ${locate(row.observation)}`
          : row.indicator.label[locale],
    },
    {
      id: "period",
      header: t("profile.period"),
      cell: (row) =>
        formatObservationPeriod(row.indicator, row.observation, locale),
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
          : compact
            ? dash(countyLabel(row, t, locale))
            : countyLabel(row, t, locale),
    },
  ];
}

/** The difference (screen only), better / worse / similar and the rank. */
function comparisonColumns(
  compact: boolean,
  t: Translate,
  locale: UiLocale,
): Column[] {
  const difference: Column = {
    id: "difference",
    header: t("profile.difference"),
    numeric: true,
    cell: (row) =>
      row.difference !== null
        ? formatDifference(row.difference, row.indicator.format, locale)
        : "–",
  };
  return [
    ...(compact ? [] : [difference]),
    {
      id: "comparison",
      header: t("profile.comparison"),
      cell: (row) =>
        compact && !judged(row)
          ? dash(verdictLabel(row.verdict, t))
          : verdictLabel(row.verdict, t),
    },
    {
      id: "rank",
      header: t("profile.rankColumn"),
      numeric: true,
      cell: (row) =>
        t(compact ? "profile.rankShort" : "profile.rank", {
          rank: row.rank,
          n: row.n,
        }),
    },
  ];
}

/** The county's lowest–highest kommun. */
function rangeColumn(t: Translate, locale: UiLocale): Column {
  const fmt = (row: ProfileRow, n: number): string =>
    formatValue(n, row.indicator.format, locale);
  return {
    id: "range",
    header: t("profile.range"),
    cell: (row) =>
      t("profile.rangeValue", {
        low: fmt(row, row.lowest.value),
        lowName: row.lowest.name,
        high: fmt(row, row.highest.value),
        highName: row.highest.name,
      }),
  };
}

export function profileColumns(
  input: ProfileColumnsInput,
  t: Translate,
  locale: UiLocale,
): Column[] {
  const { compact, group, locate } = input;
  return [
    ...valueColumns(input, t, locale),
    ...comparisonColumns(compact, t, locale),
    rangeColumn(t, locale),
    ...(group ? [{ id: "group", header: group.header, cell: group.cell }] : []),
    ...(compact
      ? []
      : [
          {
            id: "source",
            header: t("profile.source"),
            cell: (row: ProfileRow) => locate(row.observation),
          },
        ]),
  ];
}
