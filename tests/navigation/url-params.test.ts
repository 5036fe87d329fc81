/** The parameter table: every parameter round-trips, unknown ones are reported, views use the table. */
import { describe, expect, it } from "vitest";

import { isAreaCode } from "@/domain/areas";
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  type ParamName,
  type ViewState,
} from "@/navigation/url-state";
import { paramsOf, VIEWS } from "@/navigation/view-registry";

const NAMES = Object.keys(DEFAULT_STATE) as ParamName[];

/** Values other than the default for every parameter; the type makes a new parameter add some. */
const SAMPLES: { readonly [K in ParamName]: readonly ViewState[K][] } = {
  view: ["compare", "funding", "report"],
  indicator: ["kolada-n74811", "scb:ohalsa.2"],
  x: ["kolada-n17473"],
  period: ["2019", "2013-2016", "2014M08", "2014K1"],
  group: ["k", "alder-18-24"],
  kommuner: [["0127"], ["0180", "0127"]].map((l) => l.filter(isAreaCode)),
  mode: ["per-capita"],
  sort: ["name"],
  ref: ["group", "sweden"],
  lines: [["group"], ["sweden", "group"], ["none"]],
  scale: ["diverging"],
  layout: ["tiles"],
  table: [true],
  tables: [["avtal"], ["plan", "stimulans"], ["avtal", "forvantat", "plan"]],
  lang: ["en"],
  versions: [
    [{ id: "kolada-behov", version: 2 }],
    [
      { id: "a", version: 1 },
      { id: "stimulansmedel-2018", version: 12 },
    ],
  ],
};

const cases = NAMES.flatMap((name) =>
  SAMPLES[name].map((value) => [name, value] as const),
);

describe("the parameter table", () => {
  it.each(cases)("round-trips %s=%j", (name, value) => {
    const state = { ...DEFAULT_STATE, [name]: value };
    const search = serializeUrlState(state);
    expect(search).toMatch(new RegExp(`^\\?${name}=`));
    expect(parseUrlState(search)).toEqual({ state, notices: [] });
  });

  it("round-trips every parameter at once", () => {
    const state = Object.fromEntries(
      NAMES.map((name) => [name, SAMPLES[name][0]]),
    ) as unknown as ViewState;
    expect(parseUrlState(serializeUrlState(state))).toEqual({
      state,
      notices: [],
    });
  });

  it("leaves out a parameter at its default", () => {
    for (const name of NAMES)
      expect(
        serializeUrlState({ ...DEFAULT_STATE, [name]: DEFAULT_STATE[name] }),
      ).toBe("");
  });

  it("knows every parameter in the table and reports the others", () => {
    const known = NAMES.map((name) => `${name}=`).join("&");
    expect(parseUrlState(`?${known}`).notices).not.toContainEqual(
      expect.objectContaining({ key: "unknownParameter" }),
    );
    expect(parseUrlState("?foo=1&view=map&Table=1&group=k").notices).toEqual([
      { key: "unknownParameter", value: "foo" },
      { key: "unknownParameter", value: "Table" },
    ]);
  });

  it("has every view's declared parameters (its registry line) in the table", () => {
    for (const view of VIEWS)
      for (const name of paramsOf(view)) expect(NAMES).toContain(name);
  });

  it("has no parameter that no view uses", () => {
    const used = new Set(VIEWS.flatMap(paramsOf));
    for (const name of NAMES) expect(used).toContain(name);
  });
});

describe("Finansiering's open tables", () => {
  it("reads tables=avtal.plan in URL order, without repeats", () => {
    const { state, notices } = parseUrlState(
      "?view=funding&tables=plan.avtal.plan",
    );
    expect(state.tables).toEqual(["plan", "avtal"]);
    expect(notices).toEqual([]);
  });

  it("names an unknown table in a notice and keeps the others", () => {
    const { state, notices } = parseUrlState("?view=funding&tables=avtal.nej");
    expect(state.tables).toEqual(["avtal"]);
    expect(notices).toEqual([{ key: "unknownTable", value: "nej" }]);
  });

  it.each([
    // An old link with open tables in `group`: the same tables, in the new parameter.
    ["?view=funding&table=1&group=avtal.plan", false, ["avtal", "plan"]],
    ["?view=funding&table=1&group=plan.nej", false, ["plan"]],
    // `group` naming no table meant every table, as `table=1` alone still does.
    ["?view=funding&table=1&group=k", true, []],
    // Without `table` the old link opened nothing.
    ["?view=funding&group=avtal", false, []],
  ])("reads the old link %s once", (search, table, tables) => {
    const { state, notices } = parseUrlState(search);
    expect(notices).toEqual([]);
    expect(state).toMatchObject({ group: null, table, tables });
    const upgraded = serializeUrlState(state);
    expect(upgraded).not.toContain("group");
    expect(parseUrlState(upgraded).state).toEqual(state);
  });

  it("keeps group on the views that use it", () => {
    expect(
      parseUrlState("?view=compare&table=1&group=avtal").state,
    ).toMatchObject({ group: "avtal", table: true, tables: [] });
  });
});
