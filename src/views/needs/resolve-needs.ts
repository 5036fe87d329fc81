/**
 * What Behov och resurser shows for a URL state, given the data: the need indicator (y, default
 * children with low economic standard), the resources indicator (x, default spending on barn- och
 * ungdomsvård per inhabitant) and their periods. Anything in the URL that does not fit falls back and
 * yields a notice. Pure.
 */
import type { Indicator } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import { periodsOf, type Observation } from "@/domain/observations";
import type { UrlNotice } from "@/navigation/url-state";

export const DEFAULT_NEED = "kolada-n66077";
/**
 * Spending on barn- och ungdomsvård: same year as the default need. The 2018 stimulus funds
 * follow the population (34,64 kr per inhabitant in every kommun), so they tell no kommun apart.
 */
export const DEFAULT_RESOURCE = "kolada-n33001";
/** Resources per inhabitant, in the order offered. */
const RESOURCE_IDS = [
  "stimulansmedel",
  "kolada-n33001",
  "kolada-n30101",
  "kolada-n35001",
  "kolada-n25021",
] as const;

const NEED_THEMES: readonly string[] = [
  "unmet-needs",
  "diagnoses",
  "sick-leave",
  "own-data",
];

/** Need indicators: kommun values, theme "unmet-needs", "diagnoses" or "sick-leave", in catalogue order. */
export function needIndicators(catalogue: readonly Indicator[]): Indicator[] {
  return catalogue.filter(
    (i) => i.scope === "kommun" && NEED_THEMES.includes(i.theme),
  );
}

/** Resource indicators (kr per inhabitant, or kr with a per-inhabitant rule). */
export function resourceIndicators(
  catalogue: readonly Indicator[],
): Indicator[] {
  return RESOURCE_IDS.flatMap((id) => catalogue.filter((i) => i.id === id));
}

export interface ResolvedChoice {
  readonly indicator: Indicator;
  readonly notices: UrlNotice[];
}

/** The indicator `wanted` names among `options`, or the default with a notice. */
export function resolveChoice(
  wanted: string | null,
  options: readonly Indicator[],
  fallbackId: string,
  label: (text: LocalText) => string,
): ResolvedChoice {
  const fallback = options.find((i) => i.id === fallbackId) ?? options[0];
  if (!fallback) throw new Error("The indicator catalogue has no choices.");
  if (wanted === null) return { indicator: fallback, notices: [] };
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

const isKommun = (o: Observation): boolean => o.area.length === 4;

/** Periods in which at least one kommun has a value, newest first (all periods if none has). */
function kommunPeriods(
  observations: readonly Observation[],
  indicator: Indicator,
): string[] {
  const withValue = periodsOf(
    observations.filter((o) => isKommun(o) && o.value !== null),
    indicator.id,
  );
  return withValue.length > 0
    ? withValue
    : periodsOf(observations.filter(isKommun), indicator.id);
}

export interface ResolvedPeriod {
  readonly period: string | null;
  readonly periods: readonly string[];
  readonly notices: UrlNotice[];
}

/** The need period: the URL's if the indicator has it, else the newest with kommun values. */
export function resolveNeedPeriod(
  wanted: string | null,
  observations: readonly Observation[],
  indicator: Indicator,
): ResolvedPeriod {
  const periods = kommunPeriods(observations, indicator);
  const fallback = periods[0] ?? null;
  if (wanted === null || periods.includes(wanted))
    return { period: wanted ?? fallback, periods, notices: [] };
  return {
    period: fallback,
    periods,
    notices: [
      { key: "unknownPeriod", value: wanted, fallback: fallback ?? "–" },
    ],
  };
}

/**
 * The resources period: the need's year when the resources have kommun values for it (so both
 * describe the same year), otherwise the resources' newest year with kommun values.
 */
export function resolveResourcePeriod(
  needPeriod: string | null,
  observations: readonly Observation[],
  indicator: Indicator,
): string | null {
  const periods = kommunPeriods(observations, indicator);
  if (needPeriod !== null && periods.includes(needPeriod)) return needPeriod;
  return periods[0] ?? null;
}
