/**
 * Periods and dates as a reader reads them: "2013–2016", "aug 2014", "kv. 1 2014", an indicator's
 * period as its source states it, the population period of a per-inhabitant figure, "23 nov 2026".
 */
import { INTL_LOCALE } from "@/i18n/locales";

import type { Indicator } from "./indicators";
import type { LocalText, Locale } from "./local-text";
import { periodParts } from "./periods";

/**
 * A period as a reader reads it: "2013-2016" → "2013–2016" (en dash), "2014M08" → "aug 2014" /
 * "Aug 2014", "2014K1" → "kv. 1 2014" / "Q1 2014"; single years unchanged.
 */
export function formatPeriod(period: string, locale: Locale = "sv"): string {
  const parts = periodParts(period);
  if (!parts) return period.replace("-", "\u2013");
  if (parts.month !== null)
    return `${MONTHS[locale][parts.month - 1] ?? String(parts.month)} ${parts.year}`;
  if (parts.quarter !== null)
    return locale === "sv"
      ? `kv. ${parts.quarter} ${parts.year}`
      : `Q${parts.quarter} ${parts.year}`;
  if (parts.endYear !== null) return `${parts.year}\u2013${parts.endYear}`;
  return parts.year;
}

/** What formatIndicatorPeriod needs of an indicator. */
type PeriodStatements = Pick<Indicator, "periodLabels" | "unstatedPeriods">;

/**
 * An indicator's period as its source states it: where the source gives no period, "(år anges
 * inte i källan, publicerad 2017)" (or, when only the county's is given, "2016 för länet (för
 * kommunerna anges inget år i källan, publicerad 2017)"), in parentheses so that it never reads
 * as part of a number before it ("13 år"); the catalogue's label for that period where there is
 * one ("2017 (enligt Bilaga 5:s underlag)"); otherwise formatPeriod.
 */
export function formatIndicatorPeriod(
  indicator: PeriodStatements | null,
  period: string,
  locale: Locale = "sv",
): string {
  const unstated = indicator?.unstatedPeriods?.[period];
  if (unstated) {
    return (unstated.statedFor ?? []).length === 0
      ? UNSTATED[locale](unstated.published)
      : COUNTY_ONLY[locale](formatPeriod(period, locale), unstated.published);
  }
  return (
    indicator?.periodLabels?.[period]?.[locale] ?? formatPeriod(period, locale)
  );
}

/**
 * One area's figure's period as its source states it: "(år anges inte i källan, publicerad 2017)"
 * where the source gives none for that area, otherwise as formatIndicatorPeriod.
 */
export function formatObservationPeriod(
  indicator: PeriodStatements | null,
  observation: { readonly period: string; readonly area: string },
  locale: Locale = "sv",
): string {
  const { period, area } = observation;
  const unstated = indicator?.unstatedPeriods?.[period];
  if (!unstated) return formatIndicatorPeriod(indicator, period, locale);
  return (unstated.statedFor ?? []).includes(area)
    ? formatIndicatorPeriod(
        { periodLabels: indicator.periodLabels },
        period,
        locale,
      )
    : UNSTATED[locale](unstated.published);
}

/** False where the source gives no period for the area's figure (unstatedPeriods). */
export function isPeriodStated(
  indicator: PeriodStatements | null,
  observation: { readonly period: string; readonly area: string },
): boolean {
  return "stated" in periodStatement(indicator, observation);
}

/**
 * Whether the source states the area's figure's period, or, where it gives none (unstatedPeriods),
 * the year its source was published.
 */
export function periodStatement(
  indicator: PeriodStatements | null,
  observation: { readonly period: string; readonly area: string },
): { readonly stated: true } | { readonly published: string } {
  const unstated = indicator?.unstatedPeriods?.[observation.period];
  return !unstated || (unstated.statedFor ?? []).includes(observation.area)
    ? { stated: true }
    : { published: unstated.published };
}

const UNSTATED: Record<Locale, (published: string) => string> = {
  sv: (published) => `(år anges inte i källan, publicerad ${published})`,
  en: (published) => `(year not stated in the source, published ${published})`,
};

const COUNTY_ONLY: Record<
  Locale,
  (period: string, published: string) => string
> = {
  sv: (period, published) =>
    `${period} för länet (för kommunerna anges inget år i källan, publicerad ${published})`,
  en: (period, published) =>
    `${period} for the county (no year stated in the source for the municipalities, published ${published})`,
};

/**
 * The population period a per-inhabitant figure divides by, as the source states it: the rule's
 * label where there is one, otherwise the period itself (no reference date the source lacks).
 */
export function formatPopulationPeriod(
  rule: {
    readonly populationPeriod: string | null;
    readonly populationPeriodLabel?: LocalText | null | undefined;
  },
  locale: Locale = "sv",
): string {
  if (rule.populationPeriodLabel) return rule.populationPeriodLabel[locale];
  return rule.populationPeriod === null
    ? ""
    : formatPeriod(rule.populationPeriod, locale);
}

const MONTHS = {
  sv: [
    "jan",
    "feb",
    "mar",
    "apr",
    "maj",
    "jun",
    "jul",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
  ],
  en: [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ],
} as const;

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

/** ISO date "2026-11-23" → "23 nov 2026" / "23 Nov 2026". */
export function formatDate(isoDate: string, locale: Locale): string {
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    dateFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(`${isoDate}T00:00:00Z`)).replace(".", "");
}
