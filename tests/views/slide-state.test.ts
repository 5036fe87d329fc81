import { describe, expect, it } from "vitest";

import { slideQuery, slideState } from "@/views/presentation/slide-state";

describe(slideState, () => {
  it("pins the captured versions, the query's own pins first", () => {
    const state = slideState({
      query: "?view=compare&kommuner=0127&versions=kommuner@2",
      versions: [
        { id: "kommuner", version: 1 },
        { id: "stimulansmedel-2018", version: 1 },
      ],
    });
    expect(state.view).toBe("compare");
    expect(state.versions).toEqual([
      { id: "kommuner", version: 2 },
      { id: "stimulansmedel-2018", version: 1 },
    ]);
    expect(
      slideQuery({ query: "?view=map", versions: [{ id: "x", version: 3 }] }),
    ).toBe("?view=map&versions=x@3");
  });
});
