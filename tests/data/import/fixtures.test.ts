/**
 * Every file in tests/fixtures/import (see its README) through `data:check --json`: the CLI itself
 * for a few files (exit code and output), the shared function behind it for the rest.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { checkImport } from "@/data/import/check-import";
import {
  exitCodeOf,
  toCheckJson,
  type CheckJson,
} from "@/data/import/check-json";

import { IMPORT_CONTEXT } from "../../fixtures/import-context";

/** The county's areas; rows for the rest of Sweden are kept apart (national comparisons). */
const COUNTY = new Set(IMPORT_CONTEXT.areas.map((a) => a.code));

const ROOT = resolve(import.meta.dirname, "..", "..", "..");
const FIXTURES = resolve(ROOT, "tests", "fixtures", "import");

type Observation = CheckJson["observations"][number];
type IssueWhere = [line: number | null, column: string | null, code: string];

interface Expectation {
  readonly decision: CheckJson["decision"];
  readonly encoding?: CheckJson["encoding"];
  readonly delimiter?: CheckJson["delimiter"];
  /** Observations for the county's areas (its kommuner, the county, Riket). */
  readonly count?: number;
  /** Observations kept for the rest of Sweden (other kommuner and län); 0 when not given. */
  readonly national?: number;
  readonly observations?: readonly Partial<Observation>[];
  readonly issues?: readonly IssueWhere[];
  /** Codes that must not occur. */
  readonly without?: readonly string[];
}

const obs = (
  area: string,
  indicator: string,
  period: string,
  value: number | null,
  status = "reported",
  symbol: string | null = null,
): Partial<Observation> => ({
  area,
  indicator,
  period,
  value,
  status,
  symbol,
});

const EXPECTED: Record<string, Expectation> = {
  // Wrong numbers the import once gave without a word (issue "Import that never misreads").
  "english-numbers.csv": {
    decision: "accept",
    delimiter: ",",
    count: 5,
    observations: [
      obs("0127", "Kostnad (kr)", "2023", 3174063),
      // Was read as 560 and -12.5.
      obs("0184", "Kostnad (kr)", "2023", 560000),
      obs("0136", "Förändring (kr)", "2023", -12500),
      obs("0180", "Kostnad (kr)", "2023", 2540100.5),
      obs("0182", "Kostnad (kr)", "2023", 1234.5),
    ],
    issues: [[null, null, "number-format-english"]],
  },
  // Detection cannot read it ("Enhet" is a unit heading); the column mapping can (mapping.test.ts).
  "needs-mapping.csv": {
    decision: "reject",
    issues: [[1, null, "missing-column"]],
  },
  "ambiguous-thousands.csv": {
    decision: "accept-with-row-errors",
    count: 1,
    observations: [obs("0136", "Kostnad", "2023", 1200)],
    issues: [
      [2, "Värde", "ambiguous-number"],
      [3, "Värde", "ambiguous-number"],
    ],
  },
  "empty-code-conflict.csv": {
    decision: "accept-with-row-errors",
    count: 2,
    observations: [
      obs("0127", "Andel (%)", "2023", 9.1),
      obs("0184", "Andel (%)", "2023", 7.5),
    ],
    issues: [
      [2, "Andel (%)", "conflict"],
      [3, "Andel (%)", "conflict"],
      [3, "Kommunkod", "area-by-name"],
      [4, "Kommunkod", "area-by-name"],
    ],
    without: ["missing-area"],
  },
  "impossible-values.csv": {
    decision: "accept-with-row-errors",
    count: 3,
    observations: [
      obs("0182", "Antal besök", "2023", 12),
      obs("0136", "Förändring av andelen", "2023", -3.2),
      obs("0138", "Nettokostnad", "2023", -120),
    ],
    issues: [
      [2, "Värde", "impossible-value"],
      [3, "Värde", "impossible-value"],
      [4, "Värde", "impossible-value"],
    ],
    without: ["implausible"],
  },
  "months-wide.csv": {
    decision: "accept-with-row-errors",
    delimiter: ",",
    count: 9,
    national: 3,
    observations: [
      obs("0127", "el", "2014M02", 15),
      // An SCB export (code and name in one cell): "-" is nil.
      obs("0127", "el", "2014M03", 0, "reported", "-"),
      obs("0127", "bensin", "2014M03", 120),
      obs("0180", "el", "2014M03", null, "suppressed", ".."),
    ],
    issues: [
      [2, "2014M03", "dash-as-nil"],
      [5, "region", "outside-county"],
      [6, "region", "unknown-area"],
    ],
  },
  "r-write-csv.csv": {
    decision: "accept-with-row-errors",
    delimiter: ",",
    count: 4,
    national: 1,
    observations: [
      obs("01", "Andel", "2019", 12.5),
      obs("01", "Antal", "2019", null, "missing", "NA"),
      obs("01", "Andel", "2020", null, "missing", "NaN"),
      obs("01", "Antal", "2020", 1200),
    ],
    issues: [
      [1, "", "row-numbers"],
      [1, "AstLan", "area-column-guessed"],
      [3, "AstLan", "outside-county-region"],
      [5, "AstLan", "unknown-area"],
    ],
  },
  "pandas-quarters.csv": {
    decision: "accept",
    delimiter: ",",
    count: 4,
    observations: [
      obs("0127", "andel_procent", "2019K1", 12.5),
      obs("0127", "andel_procent", "2019K2", 13),
      obs("0184", "andel_procent", "2019K1", null, "missing", "nan"),
      obs("0184", "andel_procent", "2019-2022", 9.25),
    ],
    issues: [
      [1, "Unnamed: 0", "row-numbers"],
      [null, null, "period-normalised"],
    ],
  },
  "socialstyrelsen-region.csv": {
    decision: "accept-with-row-errors",
    delimiter: ";",
    count: 8,
    national: 4,
    observations: [
      // "Stockholm" in a Region column is the county, never the kommun 0180.
      obs("01", "Antal / Röker / -24 år", "2021", 1234),
      obs("01", "Antal / Röker / 25-29 år", "2022", null, "suppressed", "X"),
      obs("01", "Procent / Röker / -24 år", "2022", 3.9),
      obs("00", "Antal / Röker / -24 år", "2021", 9000),
    ],
    issues: [
      [2, "Region", "area-level-county"],
      [3, "Ålder", "soft-hyphen"],
      [6, "Region", "outside-county-region"],
      [8, "Region", "outside-county-region"],
      [10, null, "note-row"],
    ],
  },
  "tidy-semicolon-utf8bom.csv": {
    decision: "accept",
    encoding: "utf-8-bom",
    delimiter: ";",
    count: 7,
    observations: [
      obs("0127", "Andel med psykisk ohälsa", "2019", 12.5),
      obs("0184", "Andel med psykisk ohälsa", "2020", null, "suppressed", ".."),
      obs("01", "Andel med psykisk ohälsa", "2019", 10.9),
      obs("0180", "Kostnad per invånare", "2019", 1234567.5),
      obs("0180", "Kostnad per invånare", "2020", -2345),
    ],
    issues: [[8, "Värde", "implausible"]],
  },
  "tidy-comma-point.csv": {
    decision: "accept",
    delimiter: ",",
    count: 4,
    observations: [
      obs("0114", "n00938", "2019", 9.94257206),
      obs("0117", "n00938", "2019", null, "missing", ""),
    ],
    issues: [[null, null, "decimal-point"]],
  },
  "wide-years-cp1252.csv": {
    decision: "accept",
    encoding: "windows-1252",
    count: 9,
    observations: [
      obs("0117", "Andel 0\u201317 år", "2018", 4.5),
      obs("0181", "Andel 0\u201317 år", "2019", null, "suppressed", ".."),
      obs("0160", "Andel 0\u201317 år", "2020", null, "missing", ""),
    ],
    issues: [
      [null, null, "encoding-windows-1252"],
      [2, "Kommun", "area-name-mapped"],
    ],
  },
  "wide-indicators.csv": {
    decision: "accept",
    count: 6,
    observations: [
      obs("0126", "Andel (%)", "2019", 12.5),
      obs("0126", "Antal", "2019", 1234),
      obs("0182", "Antal", "2019", null, "suppressed", "x"),
    ],
  },
  "pxweb-export.csv": {
    decision: "accept",
    count: 8,
    observations: [
      obs(
        "0127",
        "Personer med psykisk ohälsa efter region, kön och år",
        "2019",
        1234,
      ),
      obs(
        "0127",
        "Personer med psykisk ohälsa efter region, kön och år",
        "2020",
        null,
        "suppressed",
        "..",
      ),
      obs(
        "0184",
        "Personer med psykisk ohälsa efter region, kön och år",
        "2020",
        // PxWeb: "-" is nil, read as 0 with the sign kept.
        0,
        "reported",
        "-",
      ),
    ],
    issues: [
      [1, null, "title-row"],
      [7, "2020", "dash-as-nil"],
      [9, null, "note-row"],
    ],
  },
  "utf16-unicode-text.txt": {
    decision: "accept",
    encoding: "utf-16le",
    delimiter: "\t",
    observations: [
      obs("0186", "utf16-unicode-text", "2019", 12.5),
      obs("0187", "utf16-unicode-text", "2019", 3),
    ],
  },
  "sep-line-excel.csv": {
    decision: "accept",
    observations: [
      obs("0114", "Andel", "2019", 5.5),
      obs("0115", "Andel", "2019", 6.5),
    ],
    issues: [
      [1, null, "sep-line"],
      [3, "Kommunkod", "area-code-padded"],
    ],
  },
  "symbols.csv": {
    decision: "accept",
    count: 9,
    observations: [
      obs("0127", "Andel", "2010", null, "suppressed", ".."),
      obs("0127", "Andel", "2011", null, "missing", "..."),
      obs("0127", "Andel", "2012", null, "missing", "."),
      obs("0127", "Andel", "2013", null, "missing", "-"),
      obs("0127", "Andel", "2014", null, "missing", "–"),
      obs("0127", "Andel", "2015", null, "suppressed", "x"),
      obs("0127", "Andel", "2016", null, "suppressed", "×"),
      obs("0127", "Andel", "2017", null, "missing", ""),
      obs("0127", "Andel", "2018", 0),
    ],
    issues: [[5, "Värde", "dash-as-zero"]],
  },
  "app-export.csv": {
    decision: "accept",
    count: 3,
    observations: [
      obs("0127", "sjukskrivning-psykiatrisk", "2019", 45.5),
      obs("0184", "sjukskrivning-psykiatrisk", "2019", null, "missing", ""),
      obs("00", "sjukskrivning-psykiatrisk", "2019", 44.25),
    ],
    issues: [[1, "dataset_id", "column-ignored"]],
  },
  "kolada-v2.json": {
    decision: "accept-with-row-errors",
    delimiter: null,
    count: 4,
    national: 1,
    observations: [
      obs("0127", "N74811", "2019", 45.5),
      obs("0127", "N74811", "2019", null, "missing"),
      obs("01", "N74811", "2019", 44),
    ],
    issues: [
      [null, "values[1].municipality", "area-code-kolada"],
      [null, "values[2].municipality", "outside-county"],
    ],
  },
  "jsonstat2.json": {
    decision: "accept",
    count: 8,
    observations: [
      obs("0127", "BE0101N1", "2019", 46000),
      obs("0184", "BE0101N1", "2020", null, "suppressed", ".."),
    ],
  },
  "kolada-v3.json": {
    decision: "accept-with-row-errors",
    delimiter: null,
    count: 6,
    national: 1,
    observations: [
      obs("0180", "N00926", "2022", 2.28),
      obs("0180", "N00926", "2022", 2.06),
      obs("01", "N00926", "2022", 2.1),
      obs("00", "N00926", "2022", 1.95),
      obs("0127", "N00926", "2022", null, "missing", "Missing"),
    ],
    issues: [
      [null, "next_url", "kolada-partial"],
      [null, "values[1].municipality", "area-code-kolada"],
      [null, "values[3].municipality", "outside-county-region"],
    ],
  },
  "jsonstat2-v2-months.json": {
    decision: "accept-with-row-errors",
    count: 24,
    national: 12,
    observations: [
      obs("0127", "000007SF / 0-9 år", "2026M01", 1000),
      obs("0127", "000007SF / 0-9 år", "2026M02", 1011),
      obs("0180", "000007SF / 100+ år", "2026M02", 2121),
    ],
    issues: [[null, "value[24]", "outside-county-region"]],
  },
  "jsonstat2-billion-cells.json": {
    decision: "reject",
    count: 0,
    issues: [[null, null, "too-many-cells"]],
    without: ["internal-error"],
  },
  "pxweb-metadata.json": {
    decision: "reject",
    count: 0,
    issues: [[null, null, "pxweb-metadata"]],
  },
  "nested-kolada.txt": {
    decision: "reject",
    delimiter: null,
    count: 0,
    issues: [[null, null, "unknown-json"]],
  },
  "tidy.json": {
    decision: "accept-with-row-errors",
    count: 3,
    observations: [
      obs("0127", "andel-psykisk-ohalsa", "2019", 12.5),
      obs("0184", "andel-psykisk-ohalsa", "2019", null, "suppressed", ".."),
      obs("0182", "andel-psykisk-ohalsa", "2019", 9.5),
    ],
    issues: [[null, "observations[3].value", "bad-number"]],
  },
  "conflicts.csv": {
    decision: "accept-with-row-errors",
    count: 2,
    observations: [
      obs("0127", "Andel", "2019", 5.5),
      obs("0182", "Andel", "2019", 3),
    ],
    issues: [
      [3, "Värde", "conflict"],
      [4, "Värde", "duplicate"],
      [5, "Värde", "conflict"],
    ],
  },
  "formula-cells.csv": {
    decision: "accept-with-row-errors",
    count: 2,
    observations: [
      obs("0127", '=HYPERLINK("http://example.invalid";"klicka")', "2019", 5),
      obs("0160", "@SUM(A1)", "2019", -5.5),
    ],
    issues: [
      [2, "Indikator", "formula-cell"],
      [3, "Värde", "formula-cell"],
      [4, "Värde", "formula-cell"],
      [5, "Indikator", "formula-cell"],
      [6, "Värde", "formula-cell"],
    ],
  },
  "proto-keys.csv": {
    decision: "accept",
    count: 6,
    observations: [
      obs("0127", "__proto__", "2019", 1),
      obs("0127", "constructor", "2019", 2),
      obs("0184", "prototype", "2019", 6),
    ],
  },
  "proto-keys.json": {
    decision: "accept",
    count: 3,
    observations: [
      obs("0127", "__proto__", "2019", 1),
      obs("0184", "constructor", "2019", 2),
      obs("0180", "prototype", "2019", null, "suppressed", ".."),
    ],
  },
  "bad-numbers.csv": {
    decision: "accept-with-row-errors",
    count: 2,
    observations: [
      obs("0127", "Andel", "2025", 5.5),
      // pandas' NaN is a missing value, never a number or 0.
      obs("0127", "Andel", "2027", null, "missing", "NaN"),
    ],
    issues: [
      [2, "Värde", "bad-number"],
      [3, "Värde", "bad-number"],
      [4, "Värde", "bad-number"],
      [5, "Värde", "bad-number"],
      [6, "Värde", "bad-number"],
      [7, "Värde", "bad-number"],
      [9, "Värde", "bad-number"],
    ],
  },
  "ambiguous-point.csv": {
    decision: "accept-with-row-errors",
    count: 1,
    observations: [obs("0182", "Antal", "2019", 800)],
    issues: [
      [2, "Värde", "ambiguous-number"],
      [3, "Värde", "ambiguous-number"],
    ],
    without: ["decimal-point"],
  },
  "area-variants.csv": {
    decision: "accept-with-row-errors",
    count: 8,
    observations: [
      obs("0127", "A", "2019", 1),
      obs("0120", "A", "2019", 2),
      obs("01", "A", "2019", 3),
      obs("01", "A", "2020", 4),
      obs("00", "A", "2019", 5),
      obs("0139", "A", "2019", 8),
      obs("0125", "A", "2019", 9),
      obs("0183", "A", "2019", 10),
    ],
    issues: [
      [2, "Kommun", "area-code-padded"],
      [3, "Kommun", "area-name-mapped"],
      [7, "Kommun", "outside-county"],
      [8, "Kommun", "outside-county"],
      [12, "Kommun", "unknown-area"],
      [13, "Kommun", "missing-area"],
    ],
  },
  "quoted-newlines-crlf.csv": {
    decision: "accept-with-row-errors",
    count: 1,
    observations: [obs("0127", "Andel\r\nmed två rader", "2019", 5)],
    issues: [[6, "Värde", "bad-number"]],
  },
  "double-encoded.csv": {
    decision: "accept-with-row-errors",
    count: 2,
    observations: [
      obs("0117", "Andel", "2019", 5),
      obs("0181", "Andel", "2019", 6),
    ],
    issues: [
      [2, null, "encoding-double-utf8"],
      [3, null, "encoding-double-utf8"],
      [4, null, "mojibake"],
    ],
  },
  "unclosed-quote.csv": {
    decision: "accept-with-row-errors",
    count: 1,
    issues: [[3, null, "unclosed-quote"]],
  },
  "not-text.xlsx": {
    decision: "reject",
    encoding: null,
    count: 0,
    issues: [[null, null, "not-text"]],
  },
  "not-text.pdf": {
    decision: "reject",
    count: 0,
    issues: [[null, null, "not-text"]],
  },
  "no-layout.csv": {
    decision: "reject",
    count: 0,
    issues: [[1, null, "missing-column"]],
  },
  "only-header.csv": {
    decision: "reject",
    count: 0,
    issues: [[null, null, "no-rows"]],
  },
  "empty.csv": {
    decision: "reject",
    count: 0,
    issues: [[null, null, "empty-file"]],
  },
};

const EXIT: Record<CheckJson["decision"], number> = {
  accept: 0,
  "accept-with-row-errors": 1,
  reject: 2,
};

function checkFixture(file: string): { json: CheckJson; exit: number } {
  const report = checkImport(
    new Uint8Array(readFileSync(resolve(FIXTURES, file))),
    file,
    IMPORT_CONTEXT,
  );
  return { json: toCheckJson(report), exit: exitCodeOf(report) };
}

function assertExpected(file: string, json: CheckJson, exit: number): void {
  const expected = EXPECTED[file];
  if (!expected) throw new Error(`No expectation for ${file}`);
  expect(json.file).toBe(file);
  expect(json.decision).toBe(expected.decision);
  expect(exit).toBe(EXIT[expected.decision]);
  if (expected.encoding !== undefined)
    expect(json.encoding).toBe(expected.encoding);
  if (expected.delimiter !== undefined)
    expect(json.delimiter).toBe(expected.delimiter);
  const county = json.observations.filter((o) => COUNTY.has(o.area));
  if (expected.count !== undefined) expect(county).toHaveLength(expected.count);
  expect(json.observations.length - county.length).toBe(expected.national ?? 0);
  for (const o of expected.observations ?? [])
    expect(json.observations).toContainEqual(expect.objectContaining(o));
  const issues = json.issues.map((i): IssueWhere => [i.line, i.column, i.code]);
  for (const issue of expected.issues ?? [])
    expect(issues).toContainEqual(issue);
  for (const code of expected.without ?? [])
    expect(issues.map((i) => i[2])).not.toContain(code);
  for (const issue of json.issues)
    expect(issue.message.length).toBeGreaterThan(10);
  if (expected.decision === "reject") expect(json.observations).toEqual([]);
  if (expected.decision === "accept")
    expect(json.issues.map((i) => i.code)).not.toContain("internal-error");
}

describe("import fixtures", () => {
  it("has an expectation for every fixture file and a file for every expectation", () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f !== "README.md")
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))("%s", (file) => {
    const { json, exit } = checkFixture(file);
    assertExpected(file, json, exit);
  });
});

describe("npm run data:check", () => {
  const tsx = resolve(ROOT, "node_modules", ".bin", "tsx");
  const run = (...args: string[]) =>
    spawnSync(tsx, [resolve(ROOT, "scripts", "data-check.ts"), ...args], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });

  it.each([
    "tidy-semicolon-utf8bom.csv",
    "conflicts.csv",
    "not-text.xlsx",
    "kolada-v2.json",
  ])(
    "prints exactly one JSON object and exits by the decision: %s",
    (file) => {
      const result = run(resolve(FIXTURES, file), "--json");
      const json = JSON.parse(result.stdout) as CheckJson;
      expect(Object.keys(json)).toEqual([
        "file",
        "decision",
        "encoding",
        "delimiter",
        "format",
        "rows",
        "totals",
        "observations",
        "issues",
      ]);
      assertExpected(file, json, result.status ?? -1);
      expect(json).toEqual(checkFixture(file).json);
    },
    60_000,
  );

  it("prints the report for a person in Swedish, or English with --lang en", () => {
    const sv = run(resolve(FIXTURES, "conflicts.csv"));
    expect(sv.status).toBe(1);
    expect(sv.stdout).toContain("Godkänd med radfel");
    expect(sv.stdout).toContain("rad 5, kolumn ”Värde”: Motstridiga värden");
    const en = run(resolve(FIXTURES, "conflicts.csv"), "--lang", "en");
    expect(en.stdout).toContain("Accepted with row errors");
    expect(en.stdout).toContain("line 5, column “Värde”: Conflicting values");
  }, 60_000);

  it.each([
    [
      "a missing file",
      [resolve(FIXTURES, "finns-inte.csv")],
      "Kan inte läsa filen",
    ],
    ["no file", [], "Användning"],
    [
      "an unknown option",
      [resolve(FIXTURES, "empty.csv"), "--xml"],
      "Användning",
    ],
    [
      "a bad language",
      [resolve(FIXTURES, "empty.csv"), "--lang", "de"],
      "--lang",
    ],
  ])(
    "exits 2 with a message on stderr for %s",
    (_, args, message) => {
      const result = run(...args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(message);
    },
    60_000,
  );
});
