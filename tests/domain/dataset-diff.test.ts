import { describe, expect, it } from "vitest";

import type { AreaCode } from "@/domain/areas";
import { diffObservations } from "@/domain/dataset-diff";
import type { Observation } from "@/domain/observations";

import { testObservation } from "../fixtures/domain";

const obs = (
  area: string,
  period: string,
  value: number | null,
  patch: Partial<Observation> = {},
): Observation =>
  testObservation({
    area: area as AreaCode,
    period,
    value,
    locator: "Tabell 1",
    ...patch,
  });

describe(diffObservations, () => {
  it("finds added, removed and changed rows and counts the unchanged", () => {
    const before = [
      obs("0127", "2022", 10),
      obs("0180", "2022", 20),
      obs("0114", "2022", 5),
    ];
    const after = [
      obs("0127", "2022", 10),
      obs("0180", "2022", 22.5),
      obs("0187", "2022", 7),
    ];
    const diff = diffObservations(before, after);
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 1 });
    expect(diff.unchanged).toBe(1);
    expect(
      diff.changes.map((c) => [c.kind, c.area, c.difference, c.fields]),
    ).toEqual([
      ["removed", "0114", null, []],
      ["changed", "0180", 2.5, ["value"]],
      ["added", "0187", null, []],
    ]);
  });

  it("treats a value that became missing as a change without a difference", () => {
    const diff = diffObservations(
      [obs("0127", "2022", 10)],
      [obs("0127", "2022", null, { note: "Sekretess" })],
    );
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      kind: "changed",
      difference: null,
      fields: ["value", "status", "note"],
    });
  });

  it("keys on breakdown and period, not only on the area", () => {
    const diff = diffObservations(
      [obs("0127", "2022", 1, { breakdown: "k" })],
      [obs("0127", "2022", 1, { breakdown: "m" })],
    );
    expect(diff.counts).toEqual({ added: 1, removed: 1, changed: 0 });
  });

  it("reports a corrected locator alone as a change", () => {
    const diff = diffObservations(
      [obs("0127", "2022", 1)],
      [obs("0127", "2022", 1, { locator: "Tabell 2" })],
    );
    expect(diff.changes[0]?.fields).toEqual(["locator"]);
  });
});
