/**
 * Översikt's comparisons, computed here and nowhere else: a county key figure against Sweden in
 * the same period, and against the county's previous period with a value (the previous year, or
 * the previous agreement). Each says which way the figure differs (judged on the values as they
 * are shown, so a difference never prints as zero) and, by the indicator's polarity, whether that
 * is better or worse (profile-comparison.ts's rule: within ±5 % is "similar"). A comparison whose
 * reference is missing is null, never a difference from zero.
 */
import { COUNTY_CODE, SWEDEN_CODE } from "../areas";
import { roundedAsShown } from "../format";
import type { FormatTag, Polarity } from "../indicators";
import { comparePeriods, type Observation } from "../observations";
import { compareWithCounty, type Verdict } from "../profile-comparison";
import { differenceFrom } from "./derived";

type Direction = "up" | "down" | "same";

export interface KeyFigureComparison {
  /** Against Sweden in the same period, or against the county's previous period. */
  readonly kind: "sweden" | "previous";
  readonly reference: Observation & { readonly value: number };
  /** value − reference (derived). */
  readonly difference: number;
  readonly direction: Direction;
  /** By polarity; "no-direction" for neutral indicators (amounts, counts). */
  readonly verdict: Exclude<Verdict, "no-county">;
}

type Valued = Observation & { readonly value: number };

const hasValue = (o: Observation): o is Valued => o.value !== null;

/** The area's observations of an indicator (no breakdown) with a value, oldest period first. */
function seriesOf(
  observations: readonly Observation[],
  indicator: string,
  area: string = COUNTY_CODE,
): Valued[] {
  return observations
    .filter(
      (o) => o.indicator === indicator && o.area === area && o.breakdown === "",
    )
    .filter(hasValue)
    .sort((a, b) => comparePeriods(a.period, b.period));
}

function compare(
  kind: KeyFigureComparison["kind"],
  current: Valued,
  reference: Valued | undefined,
  polarity: Polarity,
  format: FormatTag,
): KeyFigureComparison | null {
  if (!reference) return null;
  const difference = differenceFrom(current.value, reference.value);
  if (difference === null) return null;
  const shown = roundedAsShown(current.value, format);
  const shownReference = roundedAsShown(reference.value, format);
  const direction: Direction =
    shown === shownReference ? "same" : shown > shownReference ? "up" : "down";
  const verdict = compareWithCounty(current.value, reference.value, polarity);
  return {
    kind,
    reference,
    difference,
    direction,
    verdict: verdict === "no-county" ? "no-direction" : verdict,
  };
}

/**
 * The latest county value of an indicator and its comparisons: Sweden in the same period (when
 * the data has it) and the previous period with a value (when there is one).
 */
export function keyFigureComparisons(
  observations: readonly Observation[],
  indicator: string,
  polarity: Polarity,
  format: FormatTag,
): {
  readonly series: readonly Valued[];
  readonly comparisons: readonly KeyFigureComparison[];
} | null {
  const series = seriesOf(observations, indicator);
  const latest = series.at(-1);
  if (!latest) return null;
  const sweden = seriesOf(observations, indicator, SWEDEN_CODE).find(
    (o) => o.period === latest.period,
  );
  const comparisons = [
    compare("sweden", latest, sweden, polarity, format),
    compare("previous", latest, series.at(-2), polarity, format),
  ].filter((c): c is KeyFigureComparison => c !== null);
  return { series, comparisons };
}
