/**
 * Figures whose source gives no period ("I dagsläget finns 28 familjecentraler", "Varje år tar
 * cirka 320 människor sitt liv"): the data places them in a period, but they are never shown with
 * a bare year that looks measured. The row says so (`periodUnstated`, the publication year); the
 * catalogue's period label, which the build derives from the rows, says it wherever the
 * indicator's period is printed. The wording is here, once.
 */
import { formatIndicatorPeriod, formatPeriod } from "./format";
import type { LocalText, Locale } from "./local-text";
import type { Observation } from "./observations";

/** "år anges inte i källan (publicerad 2017)". */
export function unstatedPeriodLabel(published: string): LocalText {
  return {
    sv: `år anges inte i källan (publicerad ${published})`,
    en: `year not stated in the source (published ${published})`,
  };
}

/**
 * The county's period is stated, the kommuner's is not (the source names the year for the county
 * and gives the kommuner's figures in the next sentence without one).
 */
export function countyOnlyPeriodLabel(
  period: string,
  published: string,
): LocalText {
  return {
    sv: `${formatPeriod(period, "sv")} för länet; för kommunerna anges inget år i källan (publicerad ${published})`,
    en: `${formatPeriod(period, "en")} for the county; no year stated in the source for the kommuner (published ${published})`,
  };
}

/** True for a label made by the two functions above (the build derives them from the rows). */
export function isUnstatedLabel(label: LocalText): boolean {
  return /anges (?:inte|inget år) i källan/.test(label.sv);
}

/** One observation's period as its source states it. */
export function formatObservationPeriod(
  indicator: Parameters<typeof formatIndicatorPeriod>[0],
  o: Pick<Observation, "period" | "periodUnstated">,
  locale: Locale = "sv",
): string {
  return o.periodUnstated
    ? unstatedPeriodLabel(o.periodUnstated.published)[locale]
    : formatIndicatorPeriod(indicator, o.period, locale);
}
