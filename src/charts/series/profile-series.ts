/**
 * Kommunprofil: one kommun against the county on every indicator with kommun values. Pure: no
 * React, no pixels. For each indicator the latest period with kommun values (total, breakdown "")
 * gives a row: the kommun's value, the county value, the lowest–highest kommun, the rank (ties
 * share the best place, missing never ranked) and better / worse / similar. Indicators the kommun
 * lacks are kept with their reason; indicators the source gives for only a few named kommuner are
 * the sources' statements about those kommuner, not a ranking.
 */
import type { Area } from "@/domain/areas";
import { THEMES, type Indicator } from "@/domain/indicators";
import {
  observationsOf,
  periodsOf,
  type Observation,
} from "@/domain/observations";

import { gapOf, rowOf } from "./profile-rows";
import type {
  ObservationSet,
  ProfileGap,
  ProfileRow,
  ProfileSeries,
  ProfileStatement,
} from "./profile-types";

/** Below this share of kommuner with a value, an indicator is a statement about named kommuner. */
const MIN_RANKED_SHARE = 0.5;

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

/** The indicator's totals, its latest period with kommun values and the kommuner's at that period. */
function latestInKommuner(
  set: ObservationSet,
  indicator: string,
  names: ReadonlyMap<string, string>,
): {
  own: Observation[];
  period: string;
  atPeriod: Observation[];
} | null {
  const own = observationsOf(set, indicator).filter((o) => o.breakdown === "");
  const inKommuner = own.filter(
    (o) => isKommunCode(o.area) && names.has(o.area),
  );
  const withValue = inKommuner.filter((o) => o.value !== null);
  const period =
    periodsOf(withValue, indicator)[0] ?? periodsOf(inKommuner, indicator)[0];
  if (period === undefined) return null;
  return {
    own,
    period,
    atPeriod: inKommuner.filter((o) => o.period === period),
  };
}

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
    const latest = latestInKommuner(set, indicator.id, names);
    if (!latest) continue;
    const { own, period, atPeriod } = latest;
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
