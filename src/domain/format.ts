/**
 * Every number the app shows goes through here, by format tag. Swedish output uses Intl's sv-SE
 * conventions: no-break space as thousands separator, decimal comma, U+2212 minus
 * ("3 174 063 kr", "5,6 %", "−1,5 %").
 */
import { INTL_LOCALE } from "@/i18n/locales";

import type { FormatTag } from "./indicators";
import type { LocalText, Locale } from "./local-text";
import { periodParts } from "./periods";

interface TagSpec {
  readonly decimals: number;
  /** Fewer decimals are shown when they are zero ("352 mnkr", "307,6 mnkr"). */
  readonly minDecimals?: number;
  readonly scale: number;
  readonly sv: (n: string) => string;
  readonly en: (n: string) => string;
  /** How a difference is written when it differs from a value (percent → percentage points). */
  readonly difference?: {
    readonly sv: (n: string) => string;
    readonly en: (n: string) => string;
  };
}

const PERCENTAGE_POINTS = {
  sv: (n: string) => `${n}${NBSP}procentenheter`,
  en: (n: string) => `${n}${NBSP}percentage points`,
};

const NBSP = "\u00a0";

const TAGS: Record<FormatTag, TagSpec> = {
  sek0: {
    decimals: 0,
    scale: 1,
    sv: (n) => `${n}${NBSP}kr`,
    en: (n) => `SEK${NBSP}${n}`,
  },
  sek2: {
    decimals: 2,
    scale: 1,
    sv: (n) => `${n}${NBSP}kr`,
    en: (n) => `SEK${NBSP}${n}`,
  },
  /** An amount in kronor shown in millions: 79 789 498 → "79,8 mnkr". */
  "sek-mnkr1": {
    decimals: 1,
    minDecimals: 0,
    scale: 1e-6,
    sv: (n) => `${n}${NBSP}mnkr`,
    en: (n) => `SEK${NBSP}${n}${NBSP}m`,
  },
  /** An amount the source already gives in millions: 307.6 → "307,6 mnkr". */
  mnkr1: {
    decimals: 1,
    minDecimals: 0,
    scale: 1,
    sv: (n) => `${n}${NBSP}mnkr`,
    en: (n) => `SEK${NBSP}${n}${NBSP}m`,
  },
  pct1: {
    decimals: 1,
    scale: 1,
    sv: (n) => `${n}${NBSP}%`,
    en: (n) => `${n}%`,
    difference: PERCENTAGE_POINTS,
  },
  pct2: {
    decimals: 2,
    scale: 1,
    sv: (n) => `${n}${NBSP}%`,
    en: (n) => `${n}%`,
    difference: PERCENTAGE_POINTS,
  },
  num0: { decimals: 0, scale: 1, sv: (n) => n, en: (n) => n },
  num1: { decimals: 1, scale: 1, sv: (n) => n, en: (n) => n },
  num2: { decimals: 2, scale: 1, sv: (n) => n, en: (n) => n },
};

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(
  locale: Locale,
  decimals: number,
  signed: boolean,
  minDecimals = decimals,
): Intl.NumberFormat {
  const key = `${locale}|${decimals}|${minDecimals}|${signed}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], {
      minimumFractionDigits: minDecimals,
      maximumFractionDigits: decimals,
      signDisplay: signed ? "exceptZero" : "auto",
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

function formatTagged(
  value: number,
  tag: FormatTag,
  locale: Locale,
  signed: boolean,
): string {
  const spec = TAGS[tag];
  const text = numberFormat(
    locale,
    spec.decimals,
    signed,
    spec.minDecimals,
  ).format(value * spec.scale);
  // A difference between two shares is in percentage points, not per cent.
  const unit = signed && spec.difference ? spec.difference : spec;
  return unit[locale](text);
}

/** Formats a value with its unit: formatValue(3174063, "sek0", "sv") → "3 174 063 kr". */
export function formatValue(
  value: number,
  tag: FormatTag,
  locale: Locale,
): string {
  return formatTagged(value, tag, locale, false);
}

/** Like formatValue but always signed, for differences: "+1,2 %", "−340 kr". */
export function formatDifference(
  value: number,
  tag: FormatTag,
  locale: Locale,
): string {
  return formatTagged(value, tag, locale, true);
}

/** A bare number without unit, e.g. for table cells next to a unit heading. */
export function formatNumber(
  value: number,
  decimals: number,
  locale: Locale,
): string {
  return numberFormat(locale, decimals, false).format(value);
}

/** How many decimals a number has as JavaScript writes it (12.5 → 1, 3 → 0), at most `max`. */
export function decimalPlaces(value: number, max = 6): number {
  const text = String(value);
  const dot = text.indexOf(".");
  return dot === -1 ? 0 : Math.min(max, text.length - dot - 1);
}

/** Number of decimals a format tag shows. */
export function decimalsOf(tag: FormatTag): number {
  return TAGS[tag].decimals;
}

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

/**
 * An indicator's period as its source states it: the catalogue's label for that period where
 * there is one ("2017 (enligt Bilaga 5:s underlag)"), otherwise formatPeriod.
 */
export function formatIndicatorPeriod(
  indicator: {
    readonly periodLabels?: Readonly<Record<string, LocalText>> | undefined;
  } | null,
  period: string,
  locale: Locale = "sv",
): string {
  return (
    indicator?.periodLabels?.[period]?.[locale] ?? formatPeriod(period, locale)
  );
}

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

const compactFormatters = new Map<Locale, Intl.NumberFormat>();

/** Short axis tick labels: 30 000 000 → "30 mn" / "30M", 34.5 → "34,5". */
export function formatAxisTick(value: number, locale: Locale): string {
  let formatter = compactFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], {
      notation: "compact",
      maximumFractionDigits: 1,
    });
    compactFormatters.set(locale, formatter);
  }
  return formatter.format(value);
}
