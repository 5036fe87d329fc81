import { describe, expect, it } from "vitest";

import { looksLikeJson } from "@/data/import/json-formats";

import { check, codes, messages } from "./json-check";

describe("importJson", () => {
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

  it("says what the top level of unknown JSON holds, and guesses nothing", () => {
    const report = check({ Ale: { N15008: { "2016": { T: 108615.28 } } } });
    expect(report.decision).toBe("reject");
    expect(report.observations).toEqual([]);
    expect(codes(report)).toEqual([[null, "unknown-json"]]);
    expect(messages(report, "unknown-json")[0]).toContain(
      "översta nivån har nycklarna ”Ale”",
    );
  });

  it("refuses PxWeb's table description (GET metadata) and says to fetch the data", () => {
    const report = check({
      title: "Folkmängden efter region, kön och år",
      variables: [
        {
          code: "Region",
          text: "region",
          values: ["00", "01", "0114"],
          valueTexts: ["Riket", "Stockholms län", "Upplands Väsby"],
        },
        {
          code: "Kon",
          text: "kön",
          values: ["1", "2"],
          valueTexts: ["män", "kvinnor"],
        },
        {
          code: "Tid",
          text: "år",
          values: ["2020", "2021"],
          valueTexts: ["2020", "2021"],
          time: true,
        },
      ],
    });
    expect(report.decision).toBe("reject");
    expect(codes(report)).toEqual([[null, "pxweb-metadata"]]);
    const [message = ""] = messages(report, "pxweb-metadata");
    expect(message).toContain("metadata");
    expect(message).toContain("inte data");
    expect(message).toContain("GET");
    expect(message).toContain("POST");
    expect(message).toContain("json-stat2");
  });

  it("refuses PxWeb's own JSON format (columns and data) and names json-stat2", () => {
    const report = check({
      columns: [{ code: "Region", text: "region", type: "d" }],
      comments: [],
      data: [{ key: ["0114", "2020"], values: ["47820"] }],
    });
    expect(codes(report)).toEqual([[null, "unsupported-json"]]);
    expect(messages(report, "unsupported-json")[0]).toContain("json-stat2");
  });
});

describe("JSON in a file not named .json", () => {
  /** The shape of a student project's Kolada cache: kommun name → KPI → year → gender; made up. */
  const nested = Object.fromEntries(
    Array.from({ length: 600 }, (_, i) => [
      `Kommun ${i}`,
      {
        N15008: { "2016": { T: 100000 + i }, "2017": { T: 100500 + i } },
        N15419: { "2016": { K: 75.5, M: 63.5, T: 68.9 } },
      },
    ]),
  );

  it("reads a one-line JSON text in a .txt file as JSON, not as an over-long CSV line", () => {
    const text = JSON.stringify(nested);
    expect(text.length).toBeGreaterThan(65_536);
    expect(text).not.toContain("\n");
    const report = check(text, "MasterData.txt");
    expect(report.decision).toBe("reject");
    expect(report.delimiter).toBeNull();
    expect(codes(report)).toEqual([[null, "unknown-json"]]);
    expect(messages(report, "unknown-json")[0]).toContain(
      "JSON-filen har inget format som känns igen",
    );
  });

  it("imports tidy JSON saved as .csv", () => {
    const report = check(
      [{ area: "0127", indicator: "a", period: "2019", value: 1 }],
      "export.csv",
    );
    expect(report.format).toBe("json-tidy");
    expect(report.observations).toHaveLength(1);
  });

  it("keeps a file without an extension whose first cell starts with [ a CSV", () => {
    const report = check("[Kommun];[År];[Värde]\n0127;2019;5\n", "data");
    expect(report.format).not.toBe("json-tidy");
    expect(report.delimiter).toBe(";");
    expect(codes(report).map(([, code]) => code)).not.toContain("bad-json");
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
    ['\ufeff {"a":1}', "data.csv", true],
    ["[1, 2", "svar", false],
    ["[Kommun];[År]\n[0127];[2019]", "data", false],
    ["{Kommun}", "data", false],
    ["Kommun;År", "data", false],
  ])("%j named %j → %s", (text, name, json) => {
    expect(looksLikeJson(text, name)).toBe(json);
  });
});
