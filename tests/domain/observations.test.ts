/** The loader's index: observations by indicator, built once per dataset. */
import { describe, expect, it } from "vitest";

import type { AreaCode } from "@/domain/areas";
import {
  indexByIndicator,
  observationsOf,
  type Observation,
} from "@/domain/observations";

import { testObservation } from "../fixtures/domain";

const obs = (indicator: string, period: string): Observation =>
  testObservation({
    area: "0127" as AreaCode,
    indicator,
    period,
    value: 1,
    sourceId: "src",
  });

describe(indexByIndicator, () => {
  it("groups by indicator, in file order, and misses nothing", () => {
    const rows = [obs("a", "2020"), obs("b", "2020"), obs("a", "2021")];
    const index = indexByIndicator(rows);
    expect(index.get("a")).toEqual([rows[0], rows[2]]);
    expect(index.get("b")).toEqual([rows[1]]);
    expect([...index.values()].flat()).toHaveLength(rows.length);
  });
});

describe(observationsOf, () => {
  it("gives an indicator's rows, and none for an indicator the dataset lacks", () => {
    const dataset = { byIndicator: indexByIndicator([obs("a", "2020")]) };
    expect(observationsOf(dataset, "a")).toHaveLength(1);
    expect(observationsOf(dataset, "x")).toEqual([]);
  });
});
