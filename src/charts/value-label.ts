/** The text shown for one value in bars, tables and tooltips: one function, so all agree. */
import type { FormatTag, Unit } from "@/domain/indicators";
import { decimalsOf, formatNumber, formatValue } from "@/domain/format";
import type { Translate, UiLocale } from "@/i18n/i18n";

import { MissingCell } from "./data-table/cell";

import type {
  RankingRow,
  RankingSeries,
  RowStatus,
} from "./series/ranking-series";

export interface LabelledValue {
  readonly value: number | null;
  readonly status: RowStatus;
  readonly low: number | null;
  readonly high: number | null;
}

/** "3 174 063 kr", "cirka 13,0 %", "3,5–7,2 %" (range only), "uppgift saknas". */
export function valueLabel(
  v: LabelledValue,
  format: FormatTag,
  t: Translate,
  locale: UiLocale,
): string {
  if (v.value !== null) {
    const text = formatValue(v.value, format, locale);
    return v.status === "estimated" ? `${t("chart.estimated")} ${text}` : text;
  }
  if (v.status === "range-only" && v.low !== null && v.high !== null) {
    return `${formatNumber(v.low, decimalsOf(format), locale)}–${formatValue(v.high, format, locale)}`;
  }
  return t("chart.missing");
}

/** The same text as a table cell: a missing value is a missing cell ("uppgift saknas"). */
export function valueCell(
  v: LabelledValue,
  format: FormatTag,
  t: Translate,
  locale: UiLocale,
): string | MissingCell {
  const range = v.status === "range-only" && v.low !== null && v.high !== null;
  return v.value === null && !range
    ? new MissingCell(t("chart.missing"))
    : valueLabel(v, format, t, locale);
}

/** Units that a bare number ("12,3") does not show by itself, said in words after it. */
const UNITS_IN_WORDS: readonly Unit[] = [
  "per-1000",
  "per-100000",
  "days",
  "months",
  "posts",
];

/** "12,3" → "12,3 per 1 000 invånare" where the format tag has no unit of its own. */
export function withUnit(
  text: string,
  format: FormatTag,
  unit: Unit,
  t: Translate,
): string {
  return format.startsWith("num") && UNITS_IN_WORDS.includes(unit)
    ? `${text} ${t(`units.${unit}`)}`
    : text;
}

/**
 * What a kommun's bar or tile says to a screen reader when it gets focus: name, value with unit,
 * then status — "Botkyrka: 3 174 063 kr, plats 5 av 26, markerad", "Vaxholm: uppgift saknas
 * (Källan nämner inte kommunen.)", "… bara intervall i källan", "… beräknat".
 */
export function rankingPointLabel(
  row: RankingRow,
  series: RankingSeries,
  t: Translate,
  locale: UiLocale,
): string {
  const value = withUnit(
    valueLabel(row, series.format, t, locale),
    series.format,
    series.indicator.unit,
    t,
  );
  const reason = row.reason ? ` (${row.reason[locale]})` : "";
  const parts = [`${row.name}: ${value}${reason}`];
  if (row.status === "range-only") parts.push(t("status.range-only"));
  if (row.derived) parts.push(t("chart.derived"));
  if (row.rank !== null)
    parts.push(t("chart.pointRank", { rank: row.rank, n: series.n }));
  if (row.highlighted) parts.push(t("chart.selected"));
  return parts.join(", ");
}
