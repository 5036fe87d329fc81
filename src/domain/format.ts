/**
 * Every number the app shows goes through here, by format tag (format-tags.ts). Swedish output
 * uses Intl's sv-SE conventions: no-break space as thousands separator, decimal comma, U+2212
 * minus ("3 174 063 kr", "5,6 %", "−1,5 %"). Periods and dates: format-period.ts.
 */
import { INTL_LOCALE } from "@/i18n/locales";

import { TAGS } from "./format-tags";
import type { FormatTag } from "./indicators";
import type { Locale } from "./local-text";

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
  difference = signed,
): string {
  const spec = TAGS[tag];
  const text = numberFormat(
    locale,
    spec.decimals,
    signed,
    spec.minDecimals,
  ).format(value * spec.scale);
  // A difference between two shares is in percentage points, not per cent.
  const unit = difference && spec.difference ? spec.difference : spec;
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

/** The size of a difference, unsigned, in a difference's unit: "0,8 procentenheter", "17 mnkr". */
export function formatDistance(
  value: number,
  tag: FormatTag,
  locale: Locale,
): string {
  return formatTagged(Math.abs(value), tag, locale, false, true);
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

/**
 * The value as its tag prints it, as a number (34.6412 kr with "sek2" → 34.64; 79 789 498 kr with
 * "sek-mnkr1" → 79.8): values that print the same compare equal, e.g. when ranking.
 */
export function roundedAsShown(value: number, tag: FormatTag): number {
  const { decimals, scale } = TAGS[tag];
  // Intl rounds as it prints (half away from zero, on the exact binary value).
  let plain = plainFormatters.get(decimals);
  if (!plain) {
    plain = new Intl.NumberFormat("en-US", {
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    plainFormatters.set(decimals, plain);
  }
  return Number(plain.format(value * scale));
}

const plainFormatters = new Map<number, Intl.NumberFormat>();

/**
 * The value rounded as its tag prints it, in the value's own unit (34.6412 kr with "sek2" →
 * 34.64; 0.2237 with a percent tag that scales by 100 and shows one decimal → 0.224): what an
 * export writes for a figure this app computed, so the file says what the chart says.
 */
export function roundedInOwnUnit(value: number, tag: FormatTag): number {
  const { scale } = TAGS[tag];
  return Number((roundedAsShown(value, tag) / scale).toPrecision(12));
}

/** Number of decimals a format tag shows. */
export function decimalsOf(tag: FormatTag): number {
  return TAGS[tag].decimals;
}

const compactFormatters = new Map<Locale, Intl.NumberFormat>();

/**
 * Short axis tick labels: 30 000 000 → "30 mn" / "30 m", 34.5 → "34,5". The English suffix is
 * set off by a no-break space, as in the values ("SEK 352 m"), not Intl's "30M"/"30m".
 */
export function formatAxisTick(value: number, locale: Locale): string {
  let formatter = compactFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(INTL_LOCALE[locale], {
      notation: "compact",
      maximumFractionDigits: 1,
    });
    compactFormatters.set(locale, formatter);
  }
  return formatter.format(value).replace(/(\d)([^\d\s.,]+)$/u, "$1\u00a0$2");
}
