import { describe, expect, it } from "vitest";

import { checkImport } from "@/data/import/check-import";
import { looksLikeJson } from "@/data/import/json-formats";

import { IMPORT_CONTEXT, utf8 } from "../../fixtures/import-context";

function check(data: unknown) {
  const text = typeof data === "string" ? data : JSON.stringify(data);
  return checkImport(utf8(text), "data.json", IMPORT_CONTEXT);
}

function values(report: ReturnType<typeof check>) {
  return report.observations.map((o) => [
    o.area,
    o.indicator,
    o.period,
    o.value,
    o.status,
    o.symbol,
    o.gender,
  ]);
}

function codes(report: ReturnType<typeof check>) {
  return report.issues.map((i) => [i.column, i.code]);
}

describe("json-tidy", () => {
  it("reads an array or { observations } with numbers, symbols and numeric strings", () => {
    const rows = [
      { area: "0127", indicator: "a", period: "2019", value: 1.5 },
      { area: 184, indicator: "a", period: 2019, value: null, symbol: ".." },
      {
        area: "Nacka",
        indicator: "a",
        period: "2019",
        value: "2.5",
        gender: "kvinnor",
        unit: "%",
      },
      {
        area: "0180",
        indicator: "a",
        period: "2013-2016",
        value: "-",
        status: "missing",
      },
    ];
    for (const data of [rows, { observations: rows }]) {
      const report = check(data);
      expect(report.format).toBe("json-tidy");
      expect(report.delimiter).toBeNull();
      expect(values(report)).toEqual([
        ["0127", "a", "2019", 1.5, "reported", null, null],
        ["0184", "a", "2019", null, "suppressed", "..", null],
        ["0182", "a", "2019", 2.5, "reported", null, "K"],
        ["0180", "a", "2013-2016", null, "missing", "-", null],
      ]);
      expect(report.observations.every((o) => o.line === 0)).toBe(true);
    }
  });

  it("takes units and labels from its indicators list", () => {
    const report = check({
      indicators: [{ id: "a", unit: "%", label: "Andel" }],
      observations: [
        { area: "0127", indicator: "a", period: "2019", value: 1 },
      ],
    });
    expect(report.indicators).toEqual([{ id: "a", unit: "%", label: "Andel" }]);
    expect(report.observations[0]?.unit).toBe("%");
  });

  it.each([
    [
      { area: "0127", indicator: "a", period: "2019", value: "12,5" },
      "[0].value",
      "bad-number",
    ],
    [
      { area: "0127", indicator: "a", period: "2019", value: "1e3" },
      "[0].value",
      "bad-number",
    ],
    [
      { area: "0127", indicator: "a", period: "2019", value: true },
      "[0].value",
      "bad-number",
    ],
    [
      { area: "0127", indicator: "a", period: "2019", value: "=1+1" },
      "[0].value",
      "formula-cell",
    ],
    [
      { area: "0127", indicator: "", period: "2019", value: 1 },
      "[0].indicator",
      "missing-indicator",
    ],
    [
      { area: "0127", indicator: "a", period: "19", value: 1 },
      "[0].period",
      "bad-period",
    ],
    [
      { area: true, indicator: "a", period: "2019", value: 1 },
      "[0].area",
      "missing-area",
    ],
    [
      { area: "1480", indicator: "a", period: "2019", value: 1 },
      "[0].area",
      "outside-county",
    ],
    [
      {
        area: "0127",
        indicator: "a",
        period: "2019",
        value: 5,
        status: "suppressed",
      },
      "[0].status",
      "status-conflict",
    ],
    [
      {
        area: "0127",
        indicator: "a",
        period: "2019",
        value: null,
        status: "reported",
      },
      "[0].status",
      "status-conflict",
    ],
    ["text", "[0]", "bad-record"],
  ])("refuses %j (%s)", (item, path, code) => {
    const report = check([
      item,
      { area: "0127", indicator: "ok", period: "2020", value: 1 },
    ]);
    expect(report.decision).toBe("accept-with-row-errors");
    expect(codes(report)).toContainEqual([path, code]);
  });

  it("refuses 1e400 (JSON.parse makes it Infinity)", () => {
    const report = check(
      '[{"area":"0127","indicator":"a","period":"2019","value":1e400}]',
    );
    expect(report.decision).toBe("reject");
    expect(codes(report)).toContainEqual(["[0].value", "bad-number"]);
  });

  it("names the line of a syntax error", () => {
    const report = check('{\n"observations": [\n{"area": "0127",,}\n]}');
    expect(report.decision).toBe("reject");
    expect(report.issues.map((i) => [i.line, i.code])).toEqual([
      [3, "bad-json"],
    ]);
  });

  it("refuses JSON it does not recognise", () => {
    expect(check({ hello: "world" }).issues.map((i) => i.code)).toEqual([
      "unknown-json",
    ]);
    expect(check({ dataset: { value: [] } }).issues.map((i) => i.code)).toEqual(
      ["unsupported-json"],
    );
  });
});

describe("kolada-json", () => {
  const response = {
    count: 2,
    values: [
      {
        kpi: "N74811",
        municipality: "0127",
        period: 2019,
        values: [
          { count: 1, gender: "T", status: "", value: 45.5 },
          { count: 1, gender: "K", status: "", value: null },
          { count: 1, gender: "M", status: "Preliminär", value: 40 },
        ],
      },
      {
        kpi: "N74811",
        municipality: "0000",
        period: "2019",
        values: [{ gender: "T", status: "", value: 44 }],
      },
      {
        kpi: "N74811",
        municipality: "G12345",
        period: 2019,
        values: [{ gender: "T", status: "", value: 1 }],
      },
    ],
    next_page: "https://api.kolada.se/v2/data/kpi/N74811?page=2",
  };

  it("reads KPI, municipality, period and every gender", () => {
    const report = check(response);
    expect(report.format).toBe("kolada-json");
    expect(values(report)).toEqual([
      ["0127", "N74811", "2019", 45.5, "reported", null, "T"],
      ["0127", "N74811", "2019", null, "missing", null, "K"],
      ["0127", "N74811", "2019", 40, "reported", null, "M"],
      ["00", "N74811", "2019", 44, "reported", null, "T"],
    ]);
    expect(codes(report)).toEqual(
      expect.arrayContaining([
        ["next_page", "kolada-partial"],
        ["values[0].values[2].status", "kolada-status"],
        ["values[1].municipality", "area-code-kolada"],
        ["values[2].municipality", "unknown-area"],
      ]),
    );
    expect(report.rows).toBe(5);
  });
});

describe("json-stat2", () => {
  const dataset = {
    version: "2.0",
    class: "dataset",
    label: "Folkmängd",
    id: ["Region", "Kon", "ContentsCode", "Tid"],
    size: [2, 2, 1, 2],
    role: { geo: ["Region"], time: ["Tid"], metric: ["ContentsCode"] },
    dimension: {
      Region: {
        category: {
          index: { "0127": 0, "0184": 1 },
          label: { "0127": "Botkyrka", "0184": "Solna" },
        },
      },
      Kon: {
        category: { index: ["1", "2"], label: { 1: "män", 2: "kvinnor" } },
      },
      ContentsCode: {
        category: {
          index: { BE0101N1: 0 },
          label: { BE0101N1: "Folkmängd" },
          unit: { BE0101N1: { base: "antal", decimals: 0 } },
        },
      },
      Tid: { category: { index: { "2019": 0, "2020": 1 } } },
    },
    value: [1, 2, 3, 4, 5, null, 7, 8],
    status: { "5": ".." },
  };

  it("walks the cube in row-major order with SCB's kön codes, units and status", () => {
    const report = check(dataset);
    expect(report.format).toBe("json-stat2");
    expect(values(report)).toEqual([
      ["0127", "BE0101N1", "2019", 1, "reported", null, "M"],
      ["0127", "BE0101N1", "2020", 2, "reported", null, "M"],
      ["0127", "BE0101N1", "2019", 3, "reported", null, "K"],
      ["0127", "BE0101N1", "2020", 4, "reported", null, "K"],
      ["0184", "BE0101N1", "2019", 5, "reported", null, "M"],
      ["0184", "BE0101N1", "2020", null, "suppressed", "..", "M"],
      ["0184", "BE0101N1", "2019", 7, "reported", null, "K"],
      ["0184", "BE0101N1", "2020", 8, "reported", null, "K"],
    ]);
    expect(report.indicators).toEqual([
      { id: "BE0101N1", unit: "antal", label: "Folkmängd" },
    ]);
  });

  it("finds dimensions by name without roles, and reads sparse values", () => {
    const withoutRole: Partial<typeof dataset> = { ...dataset };
    delete withoutRole.role;
    const report = check({
      ...withoutRole,
      value: { "0": 10, "7": 80 },
      status: "p",
    });
    expect(values(report).filter((v) => v[3] !== null)).toEqual([
      ["0127", "BE0101N1", "2019", 10, "reported", null, "M"],
      ["0184", "BE0101N1", "2020", 80, "reported", null, "K"],
    ]);
    expect(report.observations).toHaveLength(8);
  });

  it.each([
    ["a value count that does not match the sizes", { value: [1, 2, 3] }],
    ["no time dimension", { id: ["Region", "Kon", "ContentsCode", "X"] }],
    ["a dimension without categories", { size: [3, 2, 1, 2] }],
  ])("refuses %s", (_, patch) => {
    const report = check({ ...dataset, ...patch });
    expect(report.decision).toBe("reject");
    expect(report.issues.map((i) => i.code)).toContain("bad-json-stat");
  });
});

describe(looksLikeJson, () => {
  it.each([
    ["[1]", "data.json", true],
    ["Kommun;År", "data.json", true],
    ['{"a":1}', "data", true],
    [" \n[1]", "svar", true],
    ["[Kommun];[År]", "data.csv", false],
    ['{"a":1}', "data.txt", true],
    ["Kommun;År", "data", false],
  ])("%j named %j → %s", (text, name, json) => {
    expect(looksLikeJson(text, name)).toBe(json);
  });
});
