import { describe, expect, it, vi } from "vitest";

import { checkImport } from "@/data/import/check-import";
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_LINE_LENGTH,
} from "@/data/import/import-limits";
import { IMPORT_MAX_ISSUES_PER_CODE } from "@/data/import/issues";
import { fileStemOf } from "@/data/import/read-content";
import { tooLargeReport } from "@/data/import/refused-report";

import { IMPORT_CONTEXT, utf8 } from "../../fixtures/import-context";
import { sv } from "./message-text";

function check(text: string, fileName = "test.csv", options = {}) {
  return checkImport(utf8(text), fileName, IMPORT_CONTEXT, options);
}

/** [line, column, code] of every issue, for compact expectations. */
function where(report: ReturnType<typeof check>) {
  return report.issues.map((i) => [i.line, i.column, i.code]);
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

describe("layouts", () => {
  it("reads a tidy file with code, name, indicator, year, value, unit and status", () => {
    const report = check(
      "Kommunkod;Kommun;Indikator;År;Värde;Enhet;Status\n0127;Botkyrka;Andel;2019;12,5;%;\n0184;Solna;Andel;2019;;%;sekretess\n",
    );
    expect(report.decision).toBe("accept");
    expect(report.format).toBe("csv-tidy");
    expect(report.delimiter).toBe(";");
    expect(report.rows).toBe(2);
    expect(values(report)).toEqual([
      ["0127", "Andel", "2019", 12.5, "reported", null, null],
      ["0184", "Andel", "2019", null, "suppressed", "", null],
    ]);
    expect(report.observations[0]?.unit).toBe("%");
    expect(report.indicators).toEqual([
      { id: "Andel", unit: "%", label: null },
    ]);
    expect(report.issues).toEqual([]);
  });

  it("recognises English headings", () => {
    const report = check(
      "Municipality,Indicator,Year,Value,Unit\nSolna,x,2019,5.5,%\n",
    );
    expect(report.format).toBe("csv-tidy");
    expect(values(report)).toEqual([
      ["0184", "x", "2019", 5.5, "reported", null, null],
    ]);
  });

  it("reads years as columns, with the indicator from the heading", () => {
    const report = check("Kommun;Andel (%) 2019;Andel (%) 2020\nSolna;5;6\n");
    expect(report.format).toBe("csv-wide-periods");
    expect(values(report)).toEqual([
      ["0184", "Andel (%)", "2019", 5, "reported", null, null],
      ["0184", "Andel (%)", "2020", 6, "reported", null, null],
    ]);
    expect(report.observations[0]?.unit).toBe("%");
  });

  it("reads years as columns with an indicator column", () => {
    const report = check(
      "Kommun;Indikator;2019;2020\nSolna;A;5;\nSolna;B;..;7\n",
    );
    expect(report.format).toBe("csv-wide-periods");
    expect(values(report)).toEqual([
      ["0184", "A", "2019", 5, "reported", null, null],
      ["0184", "A", "2020", null, "missing", "", null],
      ["0184", "B", "2019", null, "suppressed", "..", null],
      ["0184", "B", "2020", 7, "reported", null, null],
    ]);
  });

  it("reads indicators as columns with a year column", () => {
    const report = check("Kommun;År;Andel;Antal\nSolna;2019;5,5;100\n");
    expect(report.format).toBe("csv-wide-indicators");
    expect(values(report)).toEqual([
      ["0184", "Andel", "2019", 5.5, "reported", null, null],
      ["0184", "Antal", "2019", 100, "reported", null, null],
    ]);
  });

  it("reads PxWeb's CSV: title, blank line, code-and-name regions, a text stub, footnote", () => {
    const report = check(
      '"Folkmängd efter region, kön och år"\n\n"region";"kön";"2019";"2020"\n"0127 Botkyrka";"kvinnor";1 500;..\n"0184 Solna";"män";800;810\n\n"Källa: SCB"\n',
    );
    expect(report.decision).toBe("accept");
    expect(report.format).toBe("pxweb-csv");
    expect(values(report)).toEqual([
      [
        "0127",
        "Folkmängd efter region, kön och år",
        "2019",
        1500,
        "reported",
        null,
        "K",
      ],
      [
        "0127",
        "Folkmängd efter region, kön och år",
        "2020",
        null,
        "suppressed",
        "..",
        "K",
      ],
      [
        "0184",
        "Folkmängd efter region, kön och år",
        "2019",
        800,
        "reported",
        null,
        "M",
      ],
      [
        "0184",
        "Folkmängd efter region, kön och år",
        "2020",
        810,
        "reported",
        null,
        "M",
      ],
    ]);
    expect(where(report)).toContainEqual([7, null, "note-row"]);
  });

  it("takes the indicator from the file name when there is no indicator column", () => {
    const report = check(
      "Kommun;År;Värde\nSolna;2019;5\n",
      "mapp/Ångest 16-84.csv",
    );
    expect(report.observations[0]?.indicator).toBe("Ångest 16-84");
    expect(where(report)).toContainEqual([
      null,
      null,
      "indicator-from-file-name",
    ]);
  });

  it.each([
    ["no area column", "Namn;Telefon\nAnna;08\n", "missing-column"],
    ["no year column", "Kommun;Indikator;Värde\nSolna;A;5\n", "missing-column"],
    ["no header", "0127;2019;5\n0184;2019;6\n", "no-header"],
    ["one column", "Kommun\nSolna\n", "no-delimiter"],
    ["header only", "Kommun;År;Värde\n", "no-rows"],
    ["only bad rows", "Kommun;År;Värde\nGöteborg;2019;5\n", "no-valid-rows"],
  ])("refuses a file with %s", (_, text, code) => {
    const report = check(text);
    expect(report.decision).toBe("reject");
    expect(report.observations).toEqual([]);
    expect(
      report.issues.some((i) => i.code === code && i.severity === "error"),
    ).toBe(true);
  });

  it("never reads a row with more fields than the header (an unquoted decimal comma)", () => {
    const report = check("Kommun,År,Värde\nSolna,2019,5,6\nNacka,2019,7\n");
    expect(values(report)).toEqual([
      ["0182", "test", "2019", 7, "reported", null, null],
    ]);
    expect(where(report)).toContainEqual([2, null, "too-many-fields"]);
  });

  it("ignores trailing empty fields and rows of only delimiters (Excel debris)", () => {
    const report = check("Kommun;År;Värde;;\nSolna;2019;5;;\n;;;;\n");
    expect(report.decision).toBe("accept");
    expect(report.rows).toBe(1);
  });

  it("refuses a row with fewer fields than it needs", () => {
    const report = check("Kommun;År;Värde\nSolna;2019\nNacka;2019;5\n");
    expect(where(report)).toContainEqual([2, null, "too-few-fields"]);
    expect(report.decision).toBe("accept-with-row-errors");
  });

  it("checks a code column against a name column", () => {
    const report = check(
      "Kommunkod;Kommun;År;Värde\n0127;Solna;2019;5\n0184;Solna;2019;6\n",
    );
    expect(where(report)).toContainEqual([2, "Kommunkod", "area-mismatch"]);
    expect(values(report)).toHaveLength(1);
  });
});

describe("numbers in a file", () => {
  it("reads a decimal point when the file uses one consistently (and says so)", () => {
    const report = check("Kommun;År;Värde\nSolna;2019;12.5\nNacka;2019;7\n");
    expect(values(report).map((v) => v[3])).toEqual([12.5, 7]);
    expect(where(report)).toContainEqual([null, null, "decimal-point"]);
  });

  it("never guesses a point followed by three digits", () => {
    const report = check("Kommun;År;Värde\nSolna;2019;1.234\nNacka;2019;7\n");
    expect(values(report).map((v) => v[3])).toEqual([7]);
    expect(where(report)).toContainEqual([2, "Värde", "ambiguous-number"]);
  });

  it("refuses a point among decimal commas", () => {
    const report = check("Kommun;År;Värde\nSolna;2019;1,5\nNacka;2019;7.5\n");
    expect(where(report)).toContainEqual([3, "Värde", "bad-number"]);
    expect(
      sv(report.issues.find((i) => i.code === "bad-number")?.message),
    ).toContain("decimalpunkt");
  });

  it("takes a unit from the cells and refuses one that contradicts the unit column", () => {
    const hint = check("Kommun;År;Värde\nSolna;2019;5 %\n");
    expect(hint.observations[0]?.unit).toBe("%");
    expect(where(hint)).toContainEqual([2, "Värde", "unit-hint"]);
    const clash = check("Kommun;År;Värde;Enhet\nSolna;2019;5 %;kr\n");
    expect(where(clash)).toContainEqual([2, "Värde", "unit-mismatch"]);
  });

  it("keeps a dash as a missing value with its symbol and explains once", () => {
    const report = check("Kommun;År;Värde\nSolna;2019;-\nNacka;2019;–\n");
    expect(values(report).map((v) => [v[3], v[4], v[5]])).toEqual([
      [null, "missing", "-"],
      [null, "missing", "–"],
    ]);
    expect(report.issues.filter((i) => i.code === "dash-as-zero")).toHaveLength(
      1,
    );
  });

  it("refuses a value that contradicts the status column", () => {
    const report = check(
      "Kommun;År;Värde;Status\nSolna;2019;5;sekretess\nNacka;2019;;reported\n",
    );
    expect(
      where(report).filter(([, , code]) => code === "status-conflict"),
    ).toEqual([
      [2, "Värde", "status-conflict"],
      [3, "Värde", "status-conflict"],
    ]);
    expect(report.observations).toEqual([]);
  });
});

describe("line numbers", () => {
  it("counts newlines inside quotes, CR LF, blank lines and the sep= line as an editor does", () => {
    const text =
      'sep=;\r\nKommun;Indikator;År;Värde\r\n\r\nSolna;"två\r\nrader";2019;fel\r\nNacka;A;2019;y\r\n';
    expect(
      where(check(text)).filter(([, , code]) => code === "bad-number"),
    ).toEqual([
      [5, "Värde", "bad-number"],
      [6, "Värde", "bad-number"],
    ]);
  });

  it("refuses a line longer than the limit, naming it", () => {
    const report = check(
      `Kommun;År;Värde\nSolna;2019;5\nNacka;2019;${"9".repeat(200)}\n`,
      "x.csv",
      {
        maxLineLength: 100,
      },
    );
    expect(report.decision).toBe("reject");
    expect(where(report)).toEqual([[3, null, "line-too-long"]]);
    expect(IMPORT_MAX_LINE_LENGTH).toBeGreaterThanOrEqual(10_000);
  });
});

describe("limits, progress and abort", () => {
  it("refuses a file above maxBytes before decoding", () => {
    const report = checkImport(new Uint8Array(101), "big.csv", IMPORT_CONTEXT, {
      maxBytes: 100,
    });
    expect(report).toMatchObject({
      decision: "reject",
      encoding: null,
      observations: [],
    });
    expect(report.issues.map((i) => i.code)).toEqual(["too-large"]);
    expect(tooLargeReport("big.csv", 101, 100)).toEqual(report);
    expect(IMPORT_MAX_BYTES).toBe(100 * 1024 * 1024);
  });

  it("reports progress from 0 to 1", () => {
    const rows = Array.from(
      { length: 20000 },
      (_, i) => `Solna;${1900 + (i % 200)};${i};I${Math.floor(i / 200)}`,
    );
    const fractions: number[] = [];
    check(`Kommun;År;Värde;Indikator\n${rows.join("\n")}`, "x.csv", {
      onProgress: (f: number) => fractions.push(f),
    });
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeGreaterThan(3);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it("throws an AbortError when aborted, and only then", () => {
    const controller = new AbortController();
    const rows = Array.from(
      { length: 20000 },
      (_, i) => `Solna;${1900 + (i % 200)};${i}`,
    );
    const onProgress = vi.fn((fraction: number) => {
      if (fraction > 0.3) controller.abort();
    });
    expect(() =>
      check(`Kommun;År;Värde\n${rows.join("\n")}`, "x.csv", {
        signal: controller.signal,
        onProgress,
      }),
    ).toThrow(expect.objectContaining({ name: "AbortError" }));
    expect(() =>
      check("Kommun;År;Värde\nSolna;2019;5\n", "x.csv", {
        signal: controller.signal,
      }),
    ).toThrow(expect.objectContaining({ name: "AbortError" }));
  });

  it("lists at most IMPORT_MAX_ISSUES_PER_CODE issues per code, then sums up the rest", () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) => `Götebrg;${1900 + (i % 200)};${i}`,
    );
    const report = check(`Kommun;År;Värde\nSolna;2019;5\n${rows.join("\n")}\n`);
    const unknown = report.issues.filter((i) => i.code === "unknown-area");
    expect(unknown).toHaveLength(IMPORT_MAX_ISSUES_PER_CODE + 1);
    const summary = unknown.find((i) => i.line === null);
    expect(sv(summary?.message)).toContain("800");
    expect(report.decision).toBe("accept-with-row-errors");
  });
});

describe("messages", () => {
  it("quote at most 80 characters of a cell, without line breaks", () => {
    const report = check(
      `Kommun;År;Värde\nSolna;2019;"${"x".repeat(5000)}\ny"\n`,
    );
    const issue = report.issues.find((i) => i.code === "bad-number");
    expect(sv(issue?.message)).toContain(`”${"x".repeat(79)}…”`);
    expect(sv(issue?.message)?.length).toBeLessThan(300);
    expect(sv(issue?.message)).not.toContain("\n");
  });
});

describe("prototype keys", () => {
  it("reads __proto__, constructor and prototype as plain headings, indicators and JSON keys", () => {
    const csv = check(
      "Kommun;År;__proto__;constructor;prototype;hasOwnProperty\nSolna;2019;1;2;3;4\n",
    );
    expect(csv.indicators.map((i) => i.id)).toEqual([
      "__proto__",
      "constructor",
      "prototype",
      "hasOwnProperty",
    ]);
    expect(values(csv).map((v) => v[3])).toEqual([1, 2, 3, 4]);
    const tidy = check(
      "Kommun;Indikator;År;Värde\nSolna;__proto__;2019;1\nSolna;constructor;2019;2\n",
    );
    expect(tidy.indicators.map((i) => i.id)).toEqual([
      "__proto__",
      "constructor",
    ]);
    const json = check(
      '{"__proto__":{"polluted":1},"observations":[{"area":"0184","indicator":"__proto__","period":"2019","value":1,"__proto__":{"polluted":1}},{"area":"constructor","indicator":"x","period":"2019","value":1}]}',
      "x.json",
    );
    expect(json.observations.map((o) => o.indicator)).toEqual(["__proto__"]);
    expect(json.issues.map((i) => i.code)).toContain("unknown-area");
    const stat = check(
      '{"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,1],"dimension":{"Region":{"category":{"index":{"__proto__":0}}},"Tid":{"category":{"index":{"constructor":0}}}},"value":[1]}',
      "x.json",
    );
    expect(stat.decision).toBe("reject");
    for (const object of [{}, Object.prototype, Array.prototype]) {
      expect((object as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe(fileStemOf, () => {
  it.each([
    ["data.csv", "data"],
    ["C:\\mapp\\Data.2019.csv", "Data.2019"],
    ["a/b/.csv", ".csv"],
    ["", "import"],
  ])("%j → %j", (name, stem) => {
    expect(fileStemOf(name)).toBe(stem);
  });
});

describe("bidi control characters", () => {
  it("are removed from a CSV's labels and reported, so '2023' never shows as '3202'", () => {
    const report = check(
      "Kommun;Indikator;År;Värde\nBotkyrka;Andel \u202eom 2023;2019;5\nSolna;Andel \u202eom 2023;2019;6\n",
    );
    expect(report.decision).toBe("accept");
    expect(report.observations.map((o) => o.indicator)).toEqual([
      "Andel om 2023",
      "Andel om 2023",
    ]);
    const issue = report.issues.find((i) => i.code === "bidi-controls");
    expect(issue?.line).toBe(2);
    expect(sv(issue?.message)).toContain("2 osynliga tecken");
  });

  it("are removed from JSON text given as escapes", () => {
    const report = checkImport(
      utf8(
        JSON.stringify([
          { area: "0127", indicator: "A\u202eB", period: "2019", value: 1 },
        ]),
      ),
      "f.json",
      IMPORT_CONTEXT,
    );
    expect(report.observations[0]?.indicator).toBe("AB");
  });
});
