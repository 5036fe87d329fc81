/** Words for the agreements section: recipients' names, lists of years, the stated-total sentences. */
import type { AgreementYear } from "@/charts/series/agreement-series";
import { listNames } from "@/charts/summary/sentence";
import { formatNumber, formatValue } from "@/domain/format";
import type { Translate, UiLocale } from "@/i18n/i18n";

/** The message key of each recipient's name. */
export const RECIPIENT_KEY = {
  region: "funding.region",
  kommuner: "funding.kommuner",
  lansgemensamt: "funding.lansgemensamt",
} as const;

export function listYears(years: readonly string[], locale: UiLocale): string {
  return listNames(years, locale);
}

/** How a year's rows add up against the total the document states (null: no rows that year). */
export function statedText(
  y: AgreementYear,
  t: Translate,
  locale: UiLocale,
): string | null {
  if (y.rowSum === null) return null;
  const sum = formatValue(y.rowSum, "sek0", locale);
  if (y.stated === null)
    return t("funding.statedMissing", { year: y.period, sum });
  const stated = t("funding.statedMillions", {
    value: formatNumber(y.stated, Number.isInteger(y.stated) ? 0 : 1, locale),
  });
  const diff = y.statedDifference ?? 0;
  const difference = formatValue(Math.abs(diff), "sek0", locale);
  if (diff === 0)
    return t("funding.statedSame", { year: y.period, sum, stated });
  // The text gives whole millions: a difference under half a million is its rounding.
  if (Number.isInteger(y.stated) && Math.abs(diff) < 500_000)
    return t("funding.statedRounded", {
      year: y.period,
      sum,
      stated,
      difference,
    });
  return t("funding.statedDiffers", {
    year: y.period,
    sum,
    stated,
    difference,
  });
}
