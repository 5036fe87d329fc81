/** The text shown for one value in bars, tables and tooltips: one function, so all agree. */
import type { FormatTag } from "@/domain/indicators";
import { decimalsOf, formatNumber, formatValue } from "@/domain/format";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { RowStatus } from "./series/ranking-series";

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
