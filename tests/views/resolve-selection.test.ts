/** Total or per inhabitant: the URL's choice, else the view's (per inhabitant where allowed). */
import { describe, expect, it } from "vitest";

import { DEFAULT_STATE, parseUrlState } from "@/navigation/url-state";
import {
  pendingSelection,
  resolveMode,
} from "@/views/shared/resolve-selection";

import { testIndicator } from "../fixtures/domain";

const withRule = testIndicator({
  unit: "kr",
  perCapita: {
    populationDataset: "p",
    populationIndicator: "pop",
    populationPeriod: "2017",
    format: "sek2",
  },
});
const withoutRule = testIndicator({ unit: "percent", perCapita: null });

describe(resolveMode, () => {
  it.each([
    [
      "no choice, a view that prefers per inhabitant, a rule",
      null,
      withRule,
      true,
      "per-capita",
    ],
    [
      "no choice, a view that prefers per inhabitant, no rule",
      null,
      withoutRule,
      true,
      "absolute",
    ],
    ["no choice, a view that shows totals", null, withRule, false, "absolute"],
    [
      "total chosen where per inhabitant is preferred",
      "absolute",
      withRule,
      true,
      "absolute",
    ],
    [
      "per inhabitant chosen in a view that shows totals",
      "per-capita",
      withRule,
      false,
      "per-capita",
    ],
  ] as const)("%s → %s", (_name, wanted, indicator, preferred, mode) => {
    expect(resolveMode(wanted, indicator, preferred)).toEqual({
      mode,
      notices: [],
    });
  });

  it("says so when per inhabitant is asked of an indicator without a rule", () => {
    expect(resolveMode("per-capita", withoutRule, true)).toEqual({
      mode: "absolute",
      notices: [
        { key: "unknownMode", value: "per-capita", fallback: "absolute" },
      ],
    });
  });
});

describe("the mode in the URL", () => {
  it("is absent by default, so the view chooses; a bad value is a notice", () => {
    expect(DEFAULT_STATE.mode).toBeNull();
    const { state, notices } = parseUrlState("?view=compare&mode=weird");
    expect(state.mode).toBeNull();
    expect(notices).toEqual([{ key: "unknownMode", value: "weird" }]);
    expect(
      pendingSelection(state, withRule, { perCapitaByDefault: true }).mode,
    ).toBe("per-capita");
  });
});
