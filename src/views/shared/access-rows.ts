/**
 * The rows of "Tillgång till vård för barn och unga": each county access measure with its value as
 * the source gives it (a share, "cirka", the waiting time's span), its period as the source states
 * it and where in the source it stands; and the first-line visits by age.
 */
import type { Observation } from "@/domain/observations";
import type { Indicator } from "@/domain/indicators";
import { ACCESS_MEASURES } from "@/domain/indicator-roles";
import { COUNTY_CODE } from "@/domain/areas";

/** One measure: the indicator and the county observations it is shown from. */
export interface AccessFigure {
  readonly indicator: Indicator;
  /** The observation shown (for the waiting time: the longest wait). */
  readonly observation: Observation;
  /** The waiting time's shortest wait (range-only, below its `high`). */
  readonly shortest?: Observation;
}

/** One age group (or the total) of the first-line table. */
export interface VisitRow {
  readonly key: string;
  readonly visits: Observation | undefined;
  readonly persons: Observation | undefined;
}

const countyOf = (observations: readonly Observation[], id: string) =>
  observations.filter((o) => o.indicator === id && o.area === COUNTY_CODE);

export function accessFigures(
  catalogue: readonly Indicator[],
  observations: readonly Observation[],
): AccessFigure[] {
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const figures: AccessFigure[] = [];
  for (const id of ACCESS_MEASURES.figures) {
    const indicator = byId.get(id);
    const observation = countyOf(observations, id).find(
      (o) => o.breakdown === "",
    );
    if (indicator && observation) figures.push({ indicator, observation });
  }
  const wait = ACCESS_MEASURES.waitingTime;
  const waitIndicator = byId.get(wait.indicator);
  const waits = countyOf(observations, wait.indicator);
  const longest = waits.find((o) => o.breakdown === wait.longest);
  const shortest = waits.find((o) => o.breakdown === wait.shortest);
  if (waitIndicator && longest)
    figures.push({
      indicator: waitIndicator,
      observation: longest,
      ...(shortest ? { shortest } : {}),
    });
  return figures;
}

/** The age groups in the catalogue's order, then the total (key ""), then girls ("k"). */
export function visitRows(
  catalogue: readonly Indicator[],
  observations: readonly Observation[],
): { ages: VisitRow[]; total: VisitRow; girls: VisitRow; period: string } {
  const visits = countyOf(observations, ACCESS_MEASURES.visits);
  const persons = countyOf(observations, ACCESS_MEASURES.persons);
  const row = (key: string): VisitRow => ({
    key,
    visits: visits.find((o) => o.breakdown === key),
    persons: persons.find((o) => o.breakdown === key),
  });
  const indicator = catalogue.find((i) => i.id === ACCESS_MEASURES.visits);
  // By the age each group starts at ("18" would come first as an object key).
  const keys = Object.entries(indicator?.breakdowns ?? {})
    .filter(([, label]) => label.group === ACCESS_MEASURES.ageGroup)
    .map(([key]) => key)
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const total = row("");
  return {
    ages: keys.map(row),
    total,
    girls: row(ACCESS_MEASURES.girls),
    period: total.visits?.period ?? "",
  };
}
