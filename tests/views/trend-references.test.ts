/** Trender's `lines` parameter: read from a link, written back, the default left out. */
import { describe, expect, it } from "vitest";

import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
} from "@/navigation/url-state";
import { linesOf, referencesOf } from "@/views/trends/trend-references";

const BASE = "?view=trends&indicator=kolada-n74811&kommuner=0127";

describe("Trender's reference lines in the URL", () => {
  it.each([
    ["", { sweden: true, group: false }],
    ["&lines=sweden", { sweden: true, group: false }],
    ["&lines=group", { sweden: false, group: true }],
    ["&lines=sweden.group", { sweden: true, group: true }],
    ["&lines=group.sweden", { sweden: true, group: true }],
    ["&lines=none", { sweden: false, group: false }],
  ])("reads %j", (query, refs) => {
    const { state, notices } = parseUrlState(`${BASE}${query}`);
    expect(notices).toEqual([]);
    expect(referencesOf(state.lines)).toEqual(refs);
  });

  it.each([
    [{ sweden: true, group: false }, ""],
    [{ sweden: true, group: true }, "&lines=sweden.group"],
    [{ sweden: false, group: true }, "&lines=group"],
    [{ sweden: false, group: false }, "&lines=none"],
  ])("writes %j as %j and reads it back", (refs, query) => {
    const { state } = parseUrlState(BASE);
    const search = serializeUrlState({ ...state, lines: linesOf(refs) });
    expect(search).toBe(`${BASE}${query}`);
    expect(referencesOf(parseUrlState(search).state.lines)).toEqual(refs);
  });

  it("drops an unknown line with a notice and keeps the rest", () => {
    const { state, notices } = parseUrlState(`${BASE}&lines=group.world`);
    expect(state.lines).toEqual(["group"]);
    expect(notices).toEqual([{ key: "unknownLine", value: "world" }]);
    expect(DEFAULT_STATE.lines).toEqual([]);
  });
});
