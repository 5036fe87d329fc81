import { describe, expect, it } from "vitest";

import { IssueCollector } from "@/data/import/issues";
import { KeyTable } from "@/data/import/key-table";
import type { ImportedObservation } from "@/data/import/report-types";
import { ObservationStore } from "@/data/import/validate";
import { unitKind } from "@/data/import/unit-kinds";
import { sv } from "./message-text";

function observation(patch: Partial<ImportedObservation>): ImportedObservation {
  return {
    area: "0127",
    indicator: "andel",
    period: "2019",
    value: 5,
    status: "reported",
    symbol: null,
    unit: null,
    gender: null,
    breakdown: null,
    line: 2,
    ...patch,
  };
}

function storeWith(rows: Partial<ImportedObservation>[]) {
  const issues = new IssueCollector();
  const store = new ObservationStore(issues, 64, (code) =>
    code === "0127" ? "Botkyrka" : code,
  );
  const areas = new Map<string, number>();
  for (const row of rows) {
    const o = observation(row);
    if (!areas.has(o.area)) areas.set(o.area, areas.size);
    store.add(
      o,
      areas.get(o.area) ?? 0,
      store.indicator(o.indicator, o.unit, null),
      store.period(o.period),
      "Värde",
    );
  }
  return { ...store.result(), issues: issues.finish() };
}

describe(ObservationStore, () => {
  it("keeps the first of two equal rows and warns about the second, naming both lines", () => {
    const { observations, issues } = storeWith([{ line: 2 }, { line: 7 }]);
    expect(observations.map((o) => o.line)).toEqual([2]);
    expect(issues.map((i) => [i.line, i.code, i.severity])).toEqual([
      [7, "duplicate", "warning"],
    ]);
    expect(sv(issues[0]?.message)).toContain("rad 2");
  });

  it("drops both rows of a conflict and reports it on both lines", () => {
    const { observations, issues } = storeWith([
      { line: 2, value: 5 },
      { line: 3, area: "0184" },
      { line: 9, value: 6 },
      { line: 12, value: 7 },
    ]);
    expect(observations.map((o) => o.line)).toEqual([3]);
    expect(issues.map((i) => [i.line, i.code, i.severity])).toEqual([
      [2, "conflict", "error"],
      [9, "conflict", "error"],
      [12, "conflict", "error"],
    ]);
    expect(sv(issues[0]?.message)).toMatch(
      /rad 2.*rad 9|5 på rad 2 och 6 på rad 9/,
    );
  });

  it("treats a missing value against a number as a conflict, and two equal symbols as a duplicate", () => {
    expect(
      storeWith([
        { value: null, status: "suppressed", symbol: ".." },
        { line: 3 },
      ]).issues.map((i) => i.code),
    ).toEqual(["conflict", "conflict"]);
    expect(
      storeWith([
        { value: null, status: "suppressed", symbol: ".." },
        { line: 3, value: null, status: "suppressed", symbol: ".." },
      ]).issues.map((i) => i.code),
    ).toEqual(["duplicate"]);
  });

  it("keeps rows apart that differ in gender, period, indicator or area", () => {
    const { observations, issues } = storeWith([
      {},
      { gender: "K" },
      { gender: "M" },
      { period: "2020" },
      { indicator: "antal" },
      { area: "0184" },
    ]);
    expect(observations).toHaveLength(6);
    expect(issues).toEqual([]);
  });

  it.each([
    [{ unit: "%", value: 101 }, "impossible-value", "error"],
    [{ unit: "%", value: -0.5 }, "impossible-value", "error"],
    [{ unit: "%", value: 100 }, null, null],
    [{ unit: "procent", value: 150 }, "impossible-value", "error"],
    [
      { unit: null, indicator: "Andel med ångest", value: 120 },
      "impossible-value",
      "error",
    ],
    [{ unit: "kr", value: -5 }, "implausible", "warning"],
    [{ unit: "kr per invånare", value: -5 }, "implausible", "warning"],
    [{ unit: "antal", value: -1 }, "impossible-value", "error"],
    [{ unit: "per 1 000 invånare", value: 150 }, null, null],
    [{ unit: "per 1 000 invånare", value: -1 }, "impossible-value", "error"],
    [{ unit: "index", value: -5 }, null, null],
    [{ unit: null, indicator: "Förändring", value: -5 }, null, null],
    [
      { unit: "%", indicator: "Förändring sedan 2019", value: -3.2 },
      null,
      null,
    ],
    [{ unit: "%", indicator: "Utfall i % av budget", value: 140 }, null, null],
  ] as const)(
    "checks whether a value is possible: %j → %s",
    (patch, code, severity) => {
      const { observations, issues } = storeWith([patch]);
      expect(observations).toHaveLength(severity === "error" ? 0 : 1);
      expect(issues.map((i) => [i.code, i.severity])).toEqual(
        code === null ? [] : [[code, severity]],
      );
    },
  );

  it("uses no value for a figure whose other value in the file is impossible", () => {
    const { observations, issues } = storeWith([
      { unit: "%", value: 140, line: 2 },
      { unit: "%", value: 14, line: 3 },
    ]);
    expect(observations).toEqual([]);
    expect(issues.map((i) => [i.line, i.code])).toEqual([
      [2, "impossible-value"],
      [3, "conflict"],
    ]);
  });

  it("lists indicators in file order with the first unit and label seen", () => {
    const issues = new IssueCollector();
    const store = new ObservationStore(issues, 64, (c) => c);
    store.indicator("b", null, null);
    store.indicator("a", "%", null);
    store.indicator("b", "kr", "Bee");
    store.indicator("b", "%", "Other");
    expect(store.result().indicators).toEqual([
      { id: "b", unit: "kr", label: "Bee" },
      { id: "a", unit: "%", label: null },
    ]);
  });
});

describe(unitKind, () => {
  it.each([
    ["%", "x", "share"],
    ["kr", "x", "amount"],
    ["per 100 000 invånare", "x", "count"],
    [null, "Antal placerade", "count"],
    [null, "Andel (%)", "share"],
    ["%", "Förändring av andelen", null],
    ["antal", "Nettoförändring", null],
    ["index", "Andel", null],
    [null, "Index", null],
  ] as const)("%j / %j → %s", (unit, indicator, kind) => {
    expect(unitKind(unit, indicator)).toBe(kind);
  });
});

describe(KeyTable, () => {
  it("stores and finds a million pairs, through growth", () => {
    const table = new KeyTable(4);
    for (let i = 0; i < 1_000_000; i++)
      table.set(i % 1000, Math.floor(i / 1000), i);
    expect(table.size).toBe(1_000_000);
    expect(table.get(999, 999)).toBe(999_999);
    expect(table.get(7, 3)).toBe(3007);
    expect(table.get(1000, 0)).toBe(-1);
    table.set(7, 3, 42);
    expect(table.get(7, 3)).toBe(42);
    expect(table.size).toBe(1_000_000);
  });
});
