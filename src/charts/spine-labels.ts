/**
 * The words of the spine chart and the profile table: the verdict ("▲ bättre"), the county's value
 * ("Länet 13,0 %", "länet totalt …") and a row's description for screen readers. Pure.
 */
import { formatValue } from "@/domain/format";
import { formatObservationPeriod } from "@/domain/format-period";
import type { Verdict } from "@/domain/profile-comparison";
import type { Translate, UiLocale } from "@/i18n/i18n";

import type { ProfileRow } from "./series/profile-types";

/** "▲ bättre", "▼ sämre", "≈ ungefär som länet", or "" where nothing is judged. */
export function verdictLabel(verdict: Verdict, t: Translate): string {
  switch (verdict) {
    case "better":
      return t("profile.better");
    case "worse":
      return t("profile.worse");
    case "similar":
      return t("profile.similar");
    case "no-direction":
      return t("profile.noDirection");
    case "no-county":
      return t("profile.noCounty");
  }
}

/** The county's value as text: "Länet 13,0 %", "länet totalt … (summa)", or "inget länsvärde". */
export function countyLabel(
  row: ProfileRow,
  t: Translate,
  locale: UiLocale,
): string {
  const fmt = (n: number): string =>
    formatValue(n, row.indicator.format, locale);
  if (row.countyIsTotal && row.countyObservation?.value != null)
    return t("profile.countyTotal", {
      value: fmt(row.countyObservation.value),
    });
  if (row.county === null) return t("profile.noCounty");
  return t("profile.countyValue", { value: fmt(row.county) });
}

/** One sentence or three describing a row, for screen readers. */
export function rowDescription(
  row: ProfileRow,
  kommunName: string,
  t: Translate,
  locale: UiLocale,
): string {
  const fmt = (n: number): string =>
    formatValue(n, row.indicator.format, locale);
  const verdict =
    row.verdict === "better" ||
    row.verdict === "worse" ||
    row.verdict === "similar"
      ? `${kommunName}: ${t(`profile.${row.verdict}Long`)}.`
      : "";
  return t("profile.rowDescription", {
    label: row.indicator.label[locale],
    period: formatObservationPeriod(row.indicator, row.observation, locale),
    name: kommunName,
    value: fmt(row.value),
    county: countyLabel(row, t, locale),
    low: fmt(row.lowest.value),
    lowName: row.lowest.name,
    high: fmt(row.highest.value),
    highName: row.highest.name,
    verdict,
  }).trim();
}
