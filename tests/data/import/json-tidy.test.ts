import { describe, expect, it } from "vitest";

import { check, codes, messages, values } from "./json-check";

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

  it("reads months, quarters and ranges as they are, never cut to a year", () => {
    const report = check([
      { area: "0127", indicator: "a", period: "2026M01", value: 1 },
      { area: "0127", indicator: "a", period: "2026-02", value: 2 },
      { area: "0127", indicator: "a", period: "2026K1", value: 3 },
      { area: "0127", indicator: "a", period: "2013-2016", value: 4 },
    ]);
    expect(report.decision).toBe("accept");
    expect(report.observations.map((o) => o.period)).toEqual([
      "2026M01",
      "2026M02",
      "2026K1",
      "2013-2016",
    ]);
    expect(codes(report)).toContainEqual(["[1].period", "period-normalised"]);
  });

  it("counts refused values as errors and says the number is too large (1e400 is Infinity)", () => {
    const report = check(
      '{"observations": [{"area":"0127","indicator":"a","period":"2019","value":1e400},' +
        '{"area":"0180","indicator":"a","period":"2019","value":-1e400},' +
        '{"area":"0184","indicator":"a","period":"2019","value":1e16}]}',
    );
    expect(report.decision).toBe("reject");
    expect(report.rows).toBe(3);
    expect(report.totals.errorRows).toBe(3);
    expect(codes(report)).toEqual([
      ["observations[0].value", "bad-number"],
      ["observations[1].value", "bad-number"],
      ["observations[2].value", "bad-number"],
      [null, "no-valid-rows"],
    ]);
    expect(messages(report, "bad-number")[0]).toContain("för stort");
    expect(messages(report, "bad-number")[2]).toContain("10000000000000000");
    expect(messages(report, "no-valid-rows")[0]).toContain(
      "filens 3 datarader",
    );
  });

  it("counts items that are not records as rows, so nothing is reported as an empty file", () => {
    const report = check([1, "två", null]);
    expect(report.decision).toBe("reject");
    expect(report.rows).toBe(3);
    expect(codes(report)).toEqual([
      ["[0]", "bad-record"],
      ["[1]", "bad-record"],
      ["[2]", "bad-record"],
      [null, "no-valid-rows"],
    ]);
  });

  it.each([
    [[], "listan"],
    [{ observations: [] }, "observations"],
  ])(
    "refuses %j as JSON without values, not as a header without rows",
    (data, what) => {
      const report = check(data);
      expect(report.decision).toBe("reject");
      expect(codes(report)).toEqual([[null, "no-rows"]]);
      const [message = ""] = messages(report, "no-rows");
      expect(message).toContain(what);
      expect(message).not.toContain("rubrikraden");
    },
  );
});
