import { describe, expect, it } from "vitest";

import { isAreaCode } from "@/domain/areas";
import {
  DEFAULT_STATE,
  parseUrlState,
  serializeUrlState,
  type ViewState,
} from "@/navigation/url-state";

const codes = (...list: string[]): ViewState["kommuner"] =>
  list.filter(isAreaCode);

describe(parseUrlState, () => {
  it("gives the defaults for an empty query", () => {
    expect(parseUrlState("")).toEqual({ state: DEFAULT_STATE, notices: [] });
  });

  it("reads every parameter", () => {
    const { state, notices } = parseUrlState(
      "?view=sources&indicator=kolada-n74811&period=2013-2016&group=k&kommuner=0127,0180&mode=per-capita&sort=name&ref=group&lines=sweden.group&table=1&lang=en",
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      view: "sources",
      indicator: "kolada-n74811",
      x: null,
      period: "2013-2016",
      group: "k",
      kommuner: ["0127", "0180"],
      mode: "per-capita",
      sort: "name",
      ref: "group",
      lines: ["sweden", "group"],
      scale: "sequential",
      layout: "map",
      table: true,
      tables: [],
      lang: "en",
      versions: [],
    });
  });

  it.each([
    ["?view=nope", "view", "unknownView"],
    ["?mode=weird", "mode", "unknownMode"],
    ["?sort=random", "sort", "unknownSort"],
    ["?ref=world", "ref", "unknownReference"],
    ["?lines=world", "lines", "unknownLine"],
    ["?layout=globe", "layout", "unknownLayout"],
    ["?lang=de", "lang", "unknownLanguage"],
    ["?period=18", "period", "malformedPeriod"],
    ["?period=2014M13", "period", "malformedPeriod"],
    ["?indicator=<script>", "indicator", "malformedIndicator"],
    ["?group=%20", "group", "unknownBreakdown"],
    ["?foo=1", null, "unknownParameter"],
  ])("falls back to the default for %s and says so", (search, field, key) => {
    const { state, notices } = parseUrlState(search);
    if (field)
      expect(state[field as keyof ViewState]).toEqual(
        DEFAULT_STATE[field as keyof ViewState],
      );
    expect(notices.map((n) => n.key)).toEqual([key]);
  });

  it.each(["2014M08", "2014K1", "2013-2016", "2019"])(
    "keeps the period %s (months and quarters of imported data too)",
    (period) => {
      const { state, notices } = parseUrlState(`?period=${period}`);
      expect(state.period).toBe(period);
      expect(notices).toEqual([]);
    },
  );

  it("drops malformed and duplicate kommun codes, keeps the good ones", () => {
    const { state, notices } = parseUrlState(
      "?kommuner=127,0127,0127,abcd,01,0180",
    );
    expect(state.kommuner).toEqual(["0127", "0180"]);
    expect(notices.map((n) => n.value)).toEqual(["127", "abcd", "01"]);
  });

  it("never throws on garbage", () => {
    expect(() => parseUrlState("?%E0%A4%A=1&kommuner=%ZZ")).not.toThrow();
  });
});

describe(serializeUrlState, () => {
  it("leaves defaults out so links stay short", () => {
    expect(serializeUrlState(DEFAULT_STATE)).toBe("");
    expect(
      serializeUrlState({ ...DEFAULT_STATE, kommuner: codes("0127") }),
    ).toBe("?kommuner=0127");
  });

  it.each<Partial<ViewState>>([
    { view: "sources", lang: "en" },
    {
      indicator: "kolada-n74811",
      x: null,
      period: "2013-2016",
      group: "k",
      sort: "name",
      scale: "sequential",
      table: true,
    },
    { kommuner: codes("0127", "0180"), mode: "per-capita" },
  ])("round-trips %j", (patch) => {
    const state = { ...DEFAULT_STATE, ...patch };
    expect(parseUrlState(serializeUrlState(state))).toEqual({
      state,
      notices: [],
    });
  });
});

describe("dataset version pins", () => {
  it("reads and writes versions=id@n in URL order", () => {
    const { state, notices } = parseUrlState(
      "?view=compare&versions=kolada-behov@2,stimulansmedel-2018@1",
    );
    expect(notices).toEqual([]);
    expect(state.versions).toEqual([
      { id: "kolada-behov", version: 2 },
      { id: "stimulansmedel-2018", version: 1 },
    ]);
    expect(serializeUrlState(state)).toBe(
      "?view=compare&versions=kolada-behov@2,stimulansmedel-2018@1",
    );
  });

  it.each(["kolada-behov", "kolada-behov@0", "kolada-behov@x", "@1", "A@1"])(
    "gives a notice for the malformed pin %s and ignores it",
    (pin) => {
      const { state, notices } = parseUrlState(`?versions=${pin}`);
      expect(state.versions).toEqual([]);
      expect(notices).toEqual([{ key: "unknownVersion", value: pin }]);
    },
  );

  it("keeps the first of two pins of the same dataset", () => {
    const { state, notices } = parseUrlState("?versions=a@1,a@2");
    expect(state.versions).toEqual([{ id: "a", version: 1 }]);
    expect(notices).toEqual([{ key: "unknownVersion", value: "a@2" }]);
  });
});
