import { describe, expect, it } from "vitest";

import { check, codes, messages, values } from "./json-check";

describe("kolada-json, API v2", () => {
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

/** A page of a Kolada API v3 answer (`/v3/data/kpi/N00926/year/2022`), values made up. */
function v3Page(links: Record<string, string | null>) {
  return {
    count: 4,
    ...links,
    values: [
      {
        kpi: "N00926",
        municipality: "0180",
        period: 2022,
        values: [
          { gender: "T", status: "", value: 2.28, count: 1 },
          { gender: "K", status: "", value: 2.5, count: 1 },
          { gender: "M", status: "", value: 2.06, count: 1 },
        ],
      },
      {
        kpi: "N00926",
        municipality: "0001",
        period: 2022,
        values: [{ gender: "T", status: "", value: 2.1, count: 1 }],
      },
      {
        kpi: "N00926",
        municipality: "0003",
        period: 2022,
        values: [{ gender: "T", status: "", value: 1.9, count: 1 }],
      },
      {
        kpi: "N00926",
        municipality: "0127",
        period: 2022,
        values: [{ gender: "T", status: "Missing", value: null, count: 0 }],
      },

      {
        kpi: "N00926",
        municipality: "0180",
        period: "2022M03",
        values: [{ gender: "T", status: "", value: 2.3, count: 1 }],
      },
    ],
  };
}

describe("kolada-json, API v3", () => {
  it("reads values[].values[] with gender, status and months, and warns that next_url means more pages", () => {
    const next =
      "https://api.kolada.se/v3/data/kpi/N00926/year/2022?page=2&per_page=5";
    const report = check(v3Page({ next_url: next, previous_url: null }));
    expect(report.format).toBe("kolada-json");
    expect(report.decision).toBe("accept-with-row-errors");
    expect(values(report)).toEqual([
      ["0180", "N00926", "2022", 2.28, "reported", null, "T"],
      ["0180", "N00926", "2022", 2.5, "reported", null, "K"],
      ["0180", "N00926", "2022", 2.06, "reported", null, "M"],
      ["01", "N00926", "2022", 2.1, "reported", null, "T"],
      // Region Uppsala ("0003"): kept for the national comparisons as "03".
      ["03", "N00926", "2022", 1.9, "reported", null, "T"],
      ["0127", "N00926", "2022", null, "missing", "Missing", "T"],
      ["0180", "N00926", "2022M03", 2.3, "reported", null, "T"],
    ]);
    expect(codes(report)).toEqual(
      expect.arrayContaining([
        ["next_url", "kolada-partial"],
        ["values[1].municipality", "area-code-kolada"],
        ["values[2].municipality", "outside-county-region"],
      ]),
    );
    expect(messages(report, "kolada-partial")).toEqual([
      "Filen är en sida av ett längre svar från Kolada (next_url finns); bara den här sidan läses in. Hämta alla sidor och spara dem som en fil.",
    ]);
    expect(report.rows).toBe(7);
  });

  it.each([
    [
      "next_page",
      {
        next_page: "https://api.kolada.se/v2/data/kpi/N00926/year/2022?page=2",
      },
    ],
    [
      "previous_url",
      {
        next_url: null,
        previous_url:
          "https://api.kolada.se/v3/data/kpi/N00926/year/2022?page=1&per_page=4",
      },
    ],
  ])(
    "warns that a page with %s is not the whole answer, and reads it",
    (key, links) => {
      const report = check(v3Page(links));
      expect(report.decision).toBe("accept-with-row-errors");
      expect(report.observations).toHaveLength(7);
      expect(codes(report)).toContainEqual([key, "kolada-partial"]);
      const [message = ""] = messages(report, "kolada-partial");
      expect(message).toContain("en sida av ett längre svar från Kolada");
      expect(message).toContain(`${key} finns`);
      expect(message).toContain("spara dem som en fil");
    },
  );

  it("counts refused values (1e400) as errors of the values read", () => {
    const report = check(
      '{"count":1,"next_url":null,"values":[{"kpi":"N00926","municipality":"0180","period":2022,' +
        '"values":[{"gender":"T","status":"","value":1e400,"count":1},{"gender":"K","status":"","value":1e400,"count":1}]}]}',
    );
    expect(report.decision).toBe("reject");
    expect(codes(report)).toEqual([
      ["values[0].values[0].value", "bad-number"],
      ["values[0].values[1].value", "bad-number"],
      [null, "no-valid-rows"],
    ]);
    expect(report.totals.errorRows).toBe(2);
    expect(messages(report, "bad-number")[0]).toContain("för stort");
    expect(messages(report, "no-valid-rows")[0]).toContain(
      "filens 2 datarader",
    );
  });

  it("refuses an empty answer as one without values, and names data per organisational unit", () => {
    const empty = check({ count: 0, next_url: null, values: [] });
    expect(empty.decision).toBe("reject");
    expect(codes(empty)).toEqual([[null, "no-rows"]]);
    expect(messages(empty, "no-rows")[0]).not.toContain("rubrikraden");
    const ou = check({
      values: [
        {
          kpi: "U00405",
          ou: "V15E018000101",
          period: 2022,
          values: [{ gender: "T", value: 1 }],
        },
      ],
    });
    expect(codes(ou)).toContainEqual([
      "values[0].municipality",
      "missing-area",
    ]);
    expect(messages(ou, "missing-area")[0]).toContain("(ou)");
  });
});
