/**
 * Kommunprofil: one kommun against the county on every indicator with kommun values. Pure: no
 * React, no pixels. For each indicator the latest period with kommun values (total, breakdown "")
 * gives a row: the kommun's value, the county value, the lowest–highest kommun, the rank (ties
 * share the best place, missing never ranked) and better / worse / similar. Indicators the kommun
 * lacks are kept with their reason; indicators the source gives for only a few named kommuner are
 * the sources' statements about those kommuner, not a ranking.
 */
import type { Area, AreaCode } from "@/domain/areas";
import { COUNTY_CODE } from "@/domain/areas";
import {
  THEMES,
  isAdditive,
  type Indicator,
  type Theme,
} from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import {
  derivePerCapita,
  differenceFrom,
  populationByArea,
  type DerivedHow,
} from "@/domain/metrics/derived";
import { rankValues } from "@/domain/metrics/ranking";
import {
  comparePeriods,
  observationsOf,
  periodsOf,
  type Observation,
  type ObservationIndex,
} from "@/domain/observations";
import { compareWithCounty, type Verdict } from "@/domain/profile-comparison";

/** Below this share of kommuner with a value, an indicator is a statement about named kommuner. */
const MIN_RANKED_SHARE = 0.5;

export interface ObservationSet {
  /** The dataset's observations by indicator id (built once by the loader). */
  readonly byIndicator: ObservationIndex;
  /** Why a kommun without a row has no value (the dataset's missingReason). */
  readonly missingReason: LocalText;
}

interface NamedValue {
  readonly code: AreaCode;
  readonly name: string;
  readonly value: number;
}

export interface ProfileRow {
  readonly indicator: Indicator;
  readonly period: string;
  readonly value: number;
  readonly observation: Observation;
  /** County value of the same period; null when the source gives none. */
  readonly county: number | null;
  readonly countyObservation: Observation | null;
  /** True when the county value is a sum of the kommuner (kr, counts): not drawn, not compared. */
  readonly countyIsTotal: boolean;
  /** Kommun − county; null without a comparable county value. */
  readonly difference: number | null;
  readonly lowest: NamedValue;
  readonly highest: NamedValue;
  /** Place counted from the highest value (1 = highest), ties share the best place. */
  readonly rank: number;
  /** Number of kommuner with a value (the ones ranked). */
  readonly n: number;
  readonly total: number;
  readonly verdict: Verdict;
}

type GapKind = "range-only" | "missing" | "not-named";

export interface ProfileGap {
  readonly indicator: Indicator;
  readonly period: string;
  readonly kind: GapKind;
  readonly reason: LocalText;
  readonly low: number | null;
  readonly high: number | null;
  readonly observation: Observation | null;
}

interface ProfileStatement {
  readonly indicator: Indicator;
  readonly observation: Observation & { readonly value: number };
  /** How many kommuner the source gives a value for (this one included). */
  readonly named: number;
}

interface ProfileGroup {
  readonly theme: Theme;
  readonly rows: readonly ProfileRow[];
}

export interface ProfileSeries {
  readonly kommun: Area;
  readonly groups: readonly ProfileGroup[];
  readonly gaps: readonly ProfileGap[];
  readonly statements: readonly ProfileStatement[];
}

export interface ProfileInput {
  readonly kommun: Area;
  readonly kommuner: readonly Area[];
  readonly indicators: readonly Indicator[];
  /** Loaded observation datasets by id; indicators whose dataset is absent are skipped. */
  readonly datasets: ReadonlyMap<string, ObservationSet>;
  /** Indicator ids shown elsewhere (population and stimulus funds at the top). */
  readonly exclude: readonly string[];
}

const isKommunCode = (code: string): boolean => code.length === 4;

/** Builds the profile of one kommun. */
export function buildProfileSeries(input: ProfileInput): ProfileSeries {
  const rows: ProfileRow[] = [];
  const gaps: ProfileGap[] = [];
  const statements: ProfileStatement[] = [];
  const names = new Map(input.kommuner.map((k) => [k.code, k.name]));
  const total = input.kommuner.length;

  for (const indicator of input.indicators) {
    if (indicator.scope !== "kommun" || input.exclude.includes(indicator.id))
      continue;
    const set = input.datasets.get(indicator.datasetId);
    if (!set) continue;
    const own = observationsOf(set, indicator.id).filter(
      (o) => o.breakdown === "",
    );
    const inKommuner = own.filter(
      (o) => isKommunCode(o.area) && names.has(o.area),
    );
    if (inKommuner.length === 0) continue;
    const withValue = inKommuner.filter((o) => o.value !== null);
    const period =
      periodsOf(withValue, indicator.id)[0] ??
      periodsOf(inKommuner, indicator.id)[0];
    if (period === undefined) continue;
    const atPeriod = inKommuner.filter((o) => o.period === period);
    const mine = atPeriod.find((o) => o.area === input.kommun.code) ?? null;
    const valued = atPeriod.filter(
      (o): o is Observation & { value: number } => o.value !== null,
    );
    const fewNamed = valued.length < total * MIN_RANKED_SHARE;

    if (mine === null || mine.value === null) {
      gaps.push(gapOf(indicator, period, mine, set.missingReason, fewNamed));
      continue;
    }
    if (fewNamed) {
      statements.push({
        indicator,
        observation: { ...mine, value: mine.value },
        named: valued.length,
      });
      continue;
    }
    rows.push(
      rowOf(
        indicator,
        period,
        { ...mine, value: mine.value },
        valued,
        own,
        names,
        total,
      ),
    );
  }

  const groups = THEMES.map((theme) => ({
    theme,
    rows: rows.filter((r) => r.indicator.theme === theme),
  })).filter((g) => g.rows.length > 0);
  // Statements that name several kommuner (highest / lowest in the county) first.
  statements.sort((a, b) => b.named - a.named);
  return { kommun: input.kommun, groups, gaps, statements };
}

function gapOf(
  indicator: Indicator,
  period: string,
  mine: Observation | null,
  missingReason: LocalText,
  fewNamed: boolean,
): ProfileGap {
  if (mine?.status === "range-only") {
    return {
      indicator,
      period,
      kind: "range-only",
      reason: { sv: mine.note, en: mine.note },
      low: mine.low,
      high: mine.high,
      observation: mine,
    };
  }
  const reason =
    mine && mine.note !== "" ? { sv: mine.note, en: mine.note } : missingReason;
  return {
    indicator,
    period,
    kind: fewNamed && mine === null ? "not-named" : "missing",
    reason,
    low: null,
    high: null,
    observation: mine,
  };
}

function rowOf(
  indicator: Indicator,
  period: string,
  mine: Observation & { value: number },
  valued: readonly (Observation & { value: number })[],
  own: readonly Observation[],
  names: ReadonlyMap<AreaCode, string>,
  total: number,
): ProfileRow {
  const named = valued.map((o) => ({
    code: o.area,
    name: names.get(o.area) ?? o.area,
    value: o.value,
  }));
  const [first] = named;
  if (!first) throw new Error("rowOf needs at least one value");
  const lowest = named.reduce((a, b) => (b.value < a.value ? b : a), first);
  const highest = named.reduce((a, b) => (b.value > a.value ? b : a), first);
  const { ranks, n } = rankValues(valued.map((o) => o.value));
  const rank = ranks[valued.findIndex((o) => o.area === mine.area)] ?? 0;
  const countyObservation =
    own.find((o) => o.area === COUNTY_CODE && o.period === period) ?? null;
  const countyIsTotal = isAdditive(indicator.unit);
  const county = countyIsTotal ? null : (countyObservation?.value ?? null);
  return {
    indicator,
    period,
    value: mine.value,
    observation: mine,
    county,
    countyObservation,
    countyIsTotal,
    difference: differenceFrom(mine.value, county),
    lowest,
    highest,
    rank,
    n,
    total,
    verdict: compareWithCounty(mine.value, county, indicator.polarity),
  };
}

export interface FactValue {
  readonly value: number;
  readonly period: string;
  readonly observation: Observation;
}

export interface ProfileFacts {
  /** Latest population in the population dataset (SCB, 31 dec). */
  readonly population: FactValue | null;
  /** Latest Kolada N01951 "Invånare totalt". */
  readonly koladaPopulation: FactValue | null;
  /** The stimulus funds of the stimulus indicator's latest period. */
  readonly funds: FactValue | null;
  /** Funds per inhabitant under the indicator's per-capita rule ("beräknat"). */
  readonly fundsPerCapita: {
    readonly value: number;
    readonly how: DerivedHow;
  } | null;
}

export interface FactsInput {
  readonly kommun: AreaCode;
  readonly populationIndicator: string;
  readonly population: readonly Observation[] | null;
  readonly koladaPopulationIndicator: string;
  readonly koladaPopulation: readonly Observation[] | null;
  readonly fundsIndicator: Indicator | null;
  readonly funds: readonly Observation[] | null;
}

/** The latest value of an indicator (breakdown "") for an area; null when there is none. */
function latestValue(
  observations: readonly Observation[] | null,
  indicator: string,
  area: AreaCode,
): FactValue | null {
  if (!observations) return null;
  const found = observations
    .filter(
      (o) =>
        o.indicator === indicator &&
        o.area === area &&
        o.breakdown === "" &&
        o.value !== null,
    )
    .sort((a, b) => comparePeriods(b.period, a.period))[0];
  return found && found.value !== null
    ? { value: found.value, period: found.period, observation: found }
    : null;
}

/** Population, stimulus funds and funds per inhabitant for the top of the profile. */
export function buildProfileFacts(input: FactsInput): ProfileFacts {
  const funds = input.fundsIndicator
    ? latestValue(input.funds, input.fundsIndicator.id, input.kommun)
    : null;
  const rule = input.fundsIndicator?.perCapita ?? null;
  let fundsPerCapita: ProfileFacts["fundsPerCapita"] = null;
  if (input.fundsIndicator && rule && funds && input.population) {
    const derived = derivePerCapita(
      input.fundsIndicator,
      funds.value,
      populationByArea(rule, input.population).get(input.kommun),
    );
    if (derived.value !== null && derived.how !== null)
      fundsPerCapita = { value: derived.value, how: derived.how };
  }
  return {
    population: latestValue(
      input.population,
      input.populationIndicator,
      input.kommun,
    ),
    koladaPopulation: latestValue(
      input.koladaPopulation,
      input.koladaPopulationIndicator,
      input.kommun,
    ),
    funds,
    fundsPerCapita,
  };
}
