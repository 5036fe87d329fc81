/**
 * The shapes of Kommunprofil's series (built by profile-series.ts): one row per indicator the
 * kommun has a ranked value for, the indicators it lacks (with the reason) and the sources'
 * statements about a few named kommuner.
 */
import type { Area, AreaCode } from "@/domain/areas";
import type { Indicator, Theme } from "@/domain/indicators";
import type { LocalText } from "@/domain/local-text";
import type { Observation, ObservationIndex } from "@/domain/observations";
import type { Verdict } from "@/domain/profile-comparison";

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

export interface ProfileStatement {
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
