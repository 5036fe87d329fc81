/**
 * The indicator catalogue's types. Each indicator is defined once (in the `indikatorer` dataset):
 * label, theme, unit, number format, polarity, definition, denominator and sources.
 */
import type { LocalText } from "./local-text";

export const THEMES = [
  "diagnoses",
  "sick-leave",
  "unmet-needs",
  "funding",
  "population",
  "own-data",
] as const;
export type Theme = (typeof THEMES)[number];

export const POLARITIES = ["higher-better", "higher-worse", "neutral"] as const;
export type Polarity = (typeof POLARITIES)[number];

export const UNITS = [
  "kr",
  "kr-per-inhabitant",
  "mnkr",
  "percent",
  "percent-change",
  "per-1000",
  "per-100000",
  "count",
  "days",
  "months",
  "posts",
  "number",
] as const;
export type Unit = (typeof UNITS)[number];

export const FORMAT_TAGS = [
  "sek0",
  "sek2",
  "sek-mnkr1",
  "mnkr1",
  "pct1",
  "pct2",
  "num0",
  "num1",
  "num2",
] as const;
export type FormatTag = (typeof FORMAT_TAGS)[number];

/** Which areas an indicator has values for: every kommun, or only the county as a whole. */
export const SCOPES = ["kommun", "county"] as const;
type Scope = (typeof SCOPES)[number];

/**
 * How a per-inhabitant figure is derived: the indicator's value divided by the population of
 * `populationIndicator` in `populationPeriod` (from the `populationDataset`).
 */
export interface PerCapitaRule {
  readonly populationDataset: string;
  readonly populationIndicator: string;
  readonly populationPeriod: string;
  /** How the source states the population's period, when it is not a plain year-end figure. */
  readonly populationPeriodLabel?: LocalText | undefined;
  readonly format: FormatTag;
}

/** Why a trend line cannot be read straight across a period. */
export const BREAK_KINDS = ["definition-change", "series-end"] as const;

/**
 * A break in an indicator's series, stated by its source and reviewed when the catalogue is built
 * (data-src/indikatorer.json): the way of measuring changed, or the source closed the series.
 */
export interface TrendBreak {
  readonly kind: (typeof BREAK_KINDS)[number];
  /** "definition-change": the first period measured the new way; "series-end": the last period. */
  readonly period: string;
  /** The source's own words that say so (Kolada's Swedish definition sentence or KPI name). */
  readonly quote: string;
}

interface BreakdownLabel extends LocalText {
  readonly group?: string | undefined;
}

export interface Indicator {
  readonly id: string;
  readonly label: LocalText;
  readonly theme: Theme;
  readonly unit: Unit;
  readonly format: FormatTag;
  readonly polarity: Polarity;
  readonly definition: LocalText;
  readonly denominator: LocalText | null;
  /** Dataset that holds the observations. */
  readonly datasetId: string;
  readonly sourceIds: readonly string[];
  readonly scope: Scope;
  readonly perCapita: PerCapitaRule | null;
  readonly breakdowns: Readonly<Record<string, BreakdownLabel>>;
  /** Kolada KPI id, kept as Kolada has it (e.g. "N74811"), or null. */
  readonly koladaId: string | null;
  /**
   * Periods the source states differently from a plain year ("2017" → "2017 (enligt Bilaga 5:s
   * underlag)"); shown instead of the period wherever the indicator's period is printed.
   */
  readonly periodLabels?: Readonly<Record<string, LocalText>> | undefined;
  /** Definition changes and the end of the series, oldest first (catalogue version 3 on). */
  readonly breaks?: readonly TrendBreak[] | undefined;
  /**
   * Periods the source does not state for the figure (catalogue version 4 on): the data places
   * it in the period, but it is shown as "(år anges inte i källan, publicerad 2017)", never as a
   * bare year (domain/format-period).
   */
  readonly unstatedPeriods?:
    Readonly<Record<string, UnstatedPeriod>> | undefined;
  /**
   * The same measure from another source (catalogue version 5 on): `same` values, or
   * `complement` (this share is 100 − the other's). Where the two disagree, both say so.
   */
  readonly counterpart?: Counterpart | undefined;
}

export const COUNTERPART_RELATIONS = ["same", "complement"] as const;

export interface Counterpart {
  readonly indicator: string;
  readonly relation: (typeof COUNTERPART_RELATIONS)[number];
}

/** A period the source does not give for a figure. */
interface UnstatedPeriod {
  /** The year the publication the figure comes from was published ("2017"). */
  readonly published: string;
  /**
   * Areas whose figure the source does give this period for (the county's "år 2016", while the
   * kommuner's figures follow without a year); absent when no area has it.
   */
  readonly statedFor?: readonly string[] | undefined;
}

/** Units whose values add up across kommuner (a county value is then a total, not a level). */
const ADDITIVE_UNITS: readonly Unit[] = ["kr", "mnkr", "count", "posts"];

/** True when the county value is a sum of the kommun values rather than a comparable level. */
export function isAdditive(unit: Unit): boolean {
  return ADDITIVE_UNITS.includes(unit);
}
