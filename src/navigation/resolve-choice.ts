/**
 * The URL's choice of indicator or period, resolved against what a view offers: the one the URL
 * names if it is offered, else the default, with a notice when the URL asked for something that is
 * not there. Every view resolves its indicators and periods here. Pure.
 */
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";

import type { UrlNotice } from "./url-state";

export interface ResolvedIndicator {
  readonly indicator: Indicator;
  readonly notices: UrlNotice[];
}

/**
 * The indicator `wanted` names among `options`, else the default (`defaultId`, or the first
 * option when it is not offered), with an unknownIndicator notice if one was asked for, or a
 * malformedIndicator notice naming the default when the link's value could not be read at all
 * (`malformed`, see url-state's malformedValue). Throws when there is nothing to offer.
 */
export function resolveIndicator(
  wanted: string | null,
  options: readonly Indicator[],
  defaultId: string,
  label: (text: LocalText) => string,
  malformed: string | null = null,
): ResolvedIndicator {
  const fallback = options.find((i) => i.id === defaultId) ?? options[0];
  if (!fallback)
    throw new Error(
      `No indicator to choose from (the default is ${defaultId}).`,
    );
  if (wanted === null)
    return {
      indicator: fallback,
      notices:
        malformed === null
          ? []
          : [
              {
                key: "malformedIndicator",
                value: malformed,
                fallback: label(fallback.label),
              },
            ],
    };
  const found = options.find((i) => i.id === wanted);
  if (found) return { indicator: found, notices: [] };
  return {
    indicator: fallback,
    notices: [
      {
        key: "unknownIndicator",
        value: wanted,
        fallback: label(fallback.label),
      },
    ],
  };
}

export interface ResolvedPeriod {
  readonly period: string | null;
  readonly notices: UrlNotice[];
}

/**
 * The period `wanted` names among `periods`, else `fallback`, with an unknownPeriod notice if one
 * was asked for, or a malformedPeriod notice naming `fallback` when the link's value could not be
 * read (`malformed`).
 */
export function resolvePeriod(
  wanted: string | null,
  periods: readonly string[],
  fallback: string | null,
  malformed: string | null = null,
): ResolvedPeriod {
  if (wanted === null)
    return {
      period: fallback,
      notices:
        malformed === null
          ? []
          : [
              {
                key: "malformedPeriod",
                value: malformed,
                fallback: fallback ?? "–",
              },
            ],
    };
  if (periods.includes(wanted)) return { period: wanted, notices: [] };
  return {
    period: fallback,
    notices: [
      { key: "unknownPeriod", value: wanted, fallback: fallback ?? "–" },
    ],
  };
}
