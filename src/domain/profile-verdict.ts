/**
 * Kommunprofil and Kommunrapport: the verdict that comes first. From the rows of the profile
 * comparison (each already judged against the county with its indicator's polarity, in
 * profile-comparison.ts) it counts on how many indicators the kommun is better, worse or about the
 * same as the county — for health (diagnoses and sick leave) and for need (unmet needs and risk
 * factors) — and picks the largest differences from the county. Pure; defined once, here.
 */
import type { Theme } from "./indicators";
import { relativeDifferenceFrom } from "./metrics/derived";
import type { Verdict } from "./profile-comparison";

/** What the verdict needs of a profile row (ProfileRow has it). */
export interface ComparedValue {
  readonly indicator: { readonly theme: Theme };
  readonly value: number;
  readonly county: number | null;
  readonly verdict: Verdict;
}

/** The themes of each part of the verdict. */
const VERDICT_PARTS = {
  health: ["diagnoses", "sick-leave"],
  need: ["unmet-needs"],
} as const satisfies Record<string, readonly Theme[]>;
type VerdictPart = keyof typeof VERDICT_PARTS;

export interface VerdictTally {
  readonly better: number;
  readonly worse: number;
  readonly similar: number;
  /** Indicators that can be judged against the county (better + worse + similar). */
  readonly judged: number;
}

export interface Difference<Row extends ComparedValue> {
  readonly row: Row;
  readonly verdict: "better" | "worse";
  /** (kommun − county) / |county|, a fraction. */
  readonly relative: number;
}

export interface ProfileVerdict<Row extends ComparedValue> {
  readonly health: VerdictTally;
  readonly need: VerdictTally;
  /** The largest differences from the county (better or worse), largest first. */
  readonly largest: readonly Difference<Row>[];
}

/** How many rows are better, worse or about the same as the county. */
export function tallyVerdicts(rows: readonly ComparedValue[]): VerdictTally {
  const count = (v: Verdict): number =>
    rows.filter((r) => r.verdict === v).length;
  const better = count("better");
  const worse = count("worse");
  const similar = count("similar");
  return { better, worse, similar, judged: better + worse + similar };
}

/**
 * The `count` rows furthest from the county relative to the county value, among those judged
 * better or worse (about the same, no direction and no county value never count; nor does a
 * county value of 0, from which no relative distance can be taken). Ties keep the rows' order.
 */
export function largestDifferences<Row extends ComparedValue>(
  rows: readonly Row[],
  count: number,
): Difference<Row>[] {
  const judged: Difference<Row>[] = [];
  for (const row of rows) {
    const { verdict } = row;
    if (verdict !== "better" && verdict !== "worse") continue;
    const relative = relativeDifferenceFrom(row.value, row.county);
    if (relative === null) continue;
    judged.push({ row, verdict, relative });
  }
  return judged
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) => Math.abs(b.d.relative) - Math.abs(a.d.relative) || a.i - b.i,
    )
    .slice(0, count)
    .map(({ d }) => d);
}

/** The verdict on health and need, and the three largest differences from the county. */
export function profileVerdict<Row extends ComparedValue>(
  rows: readonly Row[],
): ProfileVerdict<Row> {
  const part = (p: VerdictPart): Row[] =>
    rows.filter((r) =>
      (VERDICT_PARTS[p] as readonly Theme[]).includes(r.indicator.theme),
    );
  return {
    health: tallyVerdicts(part("health")),
    need: tallyVerdicts(part("need")),
    largest: largestDifferences([...part("health"), ...part("need")], 3),
  };
}
