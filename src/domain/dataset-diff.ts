/**
 * "Vad har ändrats": what changed between two versions of an observations dataset, one entry
 * per area/indicator/breakdown/period. A value that went from a number to missing (or back) is a
 * change, not an addition or removal: the row is in both versions, only its content differs.
 */
import {
  comparePeriods,
  observationKey,
  type Observation,
} from "./observations";

type ChangeKind = "added" | "removed" | "changed";

export interface ObservationChange {
  readonly kind: ChangeKind;
  readonly area: Observation["area"];
  readonly indicator: string;
  readonly breakdown: string;
  readonly period: string;
  readonly before: Observation | null;
  readonly after: Observation | null;
  /** after − before when both carry a number; otherwise null (never a difference to zero). */
  readonly difference: number | null;
  /** Which fields differ, for "changed" (value, status, low, high, note, source, locator). */
  readonly fields: readonly DiffField[];
}

const DIFF_FIELDS = [
  "value",
  "status",
  "low",
  "high",
  "note",
  "sourceId",
  "locator",
] as const;
type DiffField = (typeof DIFF_FIELDS)[number];

export interface DatasetDiff {
  readonly changes: readonly ObservationChange[];
  readonly counts: Readonly<Record<ChangeKind, number>>;
  readonly unchanged: number;
}

export function diffObservations(
  before: readonly Observation[],
  after: readonly Observation[],
): DatasetDiff {
  const old = new Map(before.map((o) => [observationKey(o), o]));
  const changes: ObservationChange[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const next of after) {
    const key = observationKey(next);
    seen.add(key);
    const prev = old.get(key);
    if (!prev) {
      changes.push(change("added", null, next, []));
      continue;
    }
    const fields = DIFF_FIELDS.filter((f) => prev[f] !== next[f]);
    if (fields.length === 0) unchanged++;
    else changes.push(change("changed", prev, next, fields));
  }
  for (const [key, prev] of old) {
    if (!seen.has(key)) changes.push(change("removed", prev, null, []));
  }
  changes.sort(
    (a, b) =>
      a.indicator.localeCompare(b.indicator) ||
      a.area.localeCompare(b.area) ||
      a.breakdown.localeCompare(b.breakdown) ||
      comparePeriods(a.period, b.period),
  );
  const counts = { added: 0, removed: 0, changed: 0 };
  for (const c of changes) counts[c.kind]++;
  return { changes, counts, unchanged };
}

function change(
  kind: ChangeKind,
  before: Observation | null,
  after: Observation | null,
  fields: readonly DiffField[],
): ObservationChange {
  const row = after ?? before;
  if (!row) throw new Error("a change needs a row");
  return {
    kind,
    area: row.area,
    indicator: row.indicator,
    breakdown: row.breakdown,
    period: row.period,
    before,
    after,
    difference:
      before?.value != null && after?.value != null
        ? after.value - before.value
        : null,
    fields,
  };
}
