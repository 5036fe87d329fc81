/** The one resolver of the URL's indicator (every view) and period (Jämför, Karta, Behov och resurser). */
import { describe, expect, it } from "vitest";

import type { LocalText } from "@/domain/local-text";
import { resolveIndicator, resolvePeriod } from "@/navigation/resolve-choice";

import { testIndicator } from "../fixtures/domain";

const a = testIndicator({ id: "a", label: { sv: "A-sv", en: "A-en" } });
const b = testIndicator({ id: "b", label: { sv: "B-sv", en: "B-en" } });
const c = testIndicator({ id: "c", label: { sv: "C-sv", en: "C-en" } });
const sv = (text: LocalText): string => text.sv;

describe("resolveIndicator", () => {
  it("gives the default, without a notice, when the URL names none", () => {
    expect(resolveIndicator(null, [a, b, c], "b", sv)).toEqual({
      indicator: b,
      notices: [],
    });
  });

  it("gives the indicator the URL names when it is offered", () => {
    expect(resolveIndicator("c", [a, b, c], "b", sv)).toEqual({
      indicator: c,
      notices: [],
    });
  });

  it("falls back to the default, naming it, when the URL's indicator is not offered", () => {
    expect(resolveIndicator("zzz", [a, b, c], "b", sv)).toEqual({
      indicator: b,
      notices: [{ key: "unknownIndicator", value: "zzz", fallback: "B-sv" }],
    });
    // Offered means among the options, not merely in the catalogue.
    expect(resolveIndicator("a", [b, c], "b", (t) => t.en).notices).toEqual([
      { key: "unknownIndicator", value: "a", fallback: "B-en" },
    ]);
  });

  it("falls back to the first option when the default is not offered", () => {
    expect(resolveIndicator(null, [c, a], "b", sv).indicator).toBe(c);
    expect(resolveIndicator("zzz", [c, a], "b", sv).notices).toEqual([
      { key: "unknownIndicator", value: "zzz", fallback: "C-sv" },
    ]);
  });

  it("throws when there is nothing to offer", () => {
    expect(() => resolveIndicator(null, [], "b", sv)).toThrow(
      /No indicator to choose from/,
    );
  });
});

describe("resolvePeriod", () => {
  const periods = ["2023", "2022", "2021"];

  it("gives the fallback when the URL names no period", () => {
    expect(resolvePeriod(null, periods, "2023")).toEqual({
      period: "2023",
      notices: [],
    });
  });

  it("gives the URL's period when it is offered", () => {
    expect(resolvePeriod("2021", periods, "2023")).toEqual({
      period: "2021",
      notices: [],
    });
  });

  it("falls back with a notice when the URL's period is not offered", () => {
    expect(resolvePeriod("1999", periods, "2023")).toEqual({
      period: "2023",
      notices: [{ key: "unknownPeriod", value: "1999", fallback: "2023" }],
    });
    expect(resolvePeriod("1999", [], null)).toEqual({
      period: null,
      notices: [{ key: "unknownPeriod", value: "1999", fallback: "–" }],
    });
  });
});
