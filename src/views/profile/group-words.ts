/**
 * The words of Kommunprofil's kommungrupp comparison: one sentence per indicator under its spine
 * row ("Över medianen för Pendlingskommun nära storstad (41 kommuner med värde): 12,3 mot 10,1
 * (spann 6,0–15,2, beräknat).") and the short form of the table's column. Pure, given t.
 */
import type { ProfileRow } from "@/charts/series/profile-types";
import { formatValue } from "@/domain/format";
import { formatIndicatorPeriod } from "@/domain/format-period";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { GroupCell } from "./use-group-references";

// A type, not an interface: t() takes it as its options.
type Figures = {
  readonly group: string;
  readonly count: number;
  readonly members: number;
  readonly median: string;
  readonly min: string;
  readonly max: string;
  /** The kommun's own national value; "" when it has none. */
  readonly value: string;
  readonly period: string;
};

/** The formatted figures of a ready cell; null when the group has no values for the period. */
function figuresOf(
  row: ProfileRow,
  cell: Extract<GroupCell, { status: "ready" }>,
  locale: UiLocale,
): Figures | null {
  const { reference } = cell;
  const d = reference.distribution;
  const fmt = (n: number) => formatValue(n, row.indicator.format, locale);
  const period = formatIndicatorPeriod(row.indicator, row.period, locale);
  const group = reference.group.name[locale];
  if (!d) return null;
  return {
    group,
    count: d.n,
    members: reference.members,
    median: fmt(d.median),
    min: fmt(d.min),
    max: fmt(d.max),
    value: reference.value === null ? "" : fmt(reference.value),
    period,
  };
}

/** The sentence under a spine row. */
export function groupSentence(
  row: ProfileRow,
  cell: GroupCell | undefined,
  name: string,
  t: Translate,
  locale: UiLocale,
): string {
  if (!cell || cell.status === "none") return t("profile.group.noDataset");
  if (cell.status === "pending") return t("profile.group.loading");
  if (cell.status === "error") return t("profile.group.failed");
  const f = figuresOf(row, cell, locale);
  const { relation, group } = cell.reference;
  if (!f)
    return t("profile.group.noValues", {
      group: group.name[locale],
      period: formatIndicatorPeriod(row.indicator, row.period, locale),
    });
  if (relation === null) return t("profile.group.ownMissing", { ...f, name });
  return t(`profile.group.${relation}`, f);
}

/** The table's cell: "10,1 (6,0–15,2), Botkyrka över" and the coverage when some lack a value. */
export function groupCellText(
  row: ProfileRow,
  cell: GroupCell | undefined,
  name: string,
  t: Translate,
  locale: UiLocale,
): string {
  if (!cell || cell.status === "none") return t("profile.group.cellNoDataset");
  if (cell.status === "pending") return t("profile.group.loading");
  if (cell.status === "error") return t("profile.group.failed");
  const f = figuresOf(row, cell, locale);
  if (!f)
    return t("profile.group.cellNoValues", {
      period: formatIndicatorPeriod(row.indicator, row.period, locale),
    });
  const { relation } = cell.reference;
  const relationKey =
    relation === null
      ? "relationMissing"
      : relation === "above"
        ? "relationAbove"
        : relation === "below"
          ? "relationBelow"
          : "relationAtMedian";
  const text = t("profile.group.cell", {
    ...f,
    relation: t(`profile.group.${relationKey}`, { name }),
  });
  return f.count < f.members
    ? `${text} · ${t("profile.group.cellCount", f)}`
    : text;
}
