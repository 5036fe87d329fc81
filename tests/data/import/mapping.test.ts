/**
 * Column mappings: parsed strictly, applied instead of detection, refused when they belong to
 * another file, the same in Node (`data:check --map`) as in the browser, and detection's own
 * mapping reads the file exactly as detection did.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { checkImport } from "@/data/import/check-import";
import { toCheckJson, type CheckJson } from "@/data/import/check-json";
import {
  mappedColumns,
  parseMapping,
  type ImportMapping,
} from "@/data/import/mapping";

import { IMPORT_CONTEXT, utf8 } from "../../fixtures/import-context";
import { en, sv } from "./message-text";

const ROOT = resolve(import.meta.dirname, "..", "..", "..");
const FIXTURES = resolve(ROOT, "tests", "fixtures", "import");
const MAPPINGS = resolve(ROOT, "tests", "fixtures", "import-mappings");

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(FIXTURES, name)));
const savedMapping = (): ImportMapping => {
  const parsed = parseMapping(
    readFileSync(resolve(MAPPINGS, "needs-mapping.json"), "utf8"),
  );
  if (!parsed.ok) throw new Error(en(parsed.message));
  return parsed.mapping;
};

describe(parseMapping, () => {
  it.each([
    ["not JSON", "{", "ingen giltig JSON"],
    ["a wrong version", '{"version":2}', "version"],
    [
      "an unknown key",
      JSON.stringify({ ...savedMapping(), extra: 1 }),
      "fel form",
    ],
    [
      "a negative column",
      JSON.stringify({
        ...savedMapping(),
        values: [{ index: -1, heading: "x" }],
      }),
      "values",
    ],
  ])("refuses %s, saying so in Swedish", (_, text, words) => {
    const parsed = parseMapping(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && sv(parsed.message)).toContain(words);
  });
});

describe("a column mapping", () => {
  it("reads a file detection refuses: area, periods in the headings, values, one group kept", () => {
    const bytes = fixture("needs-mapping.csv");
    expect(
      checkImport(bytes, "needs-mapping.csv", IMPORT_CONTEXT).decision,
    ).toBe("reject");
    const report = checkImport(bytes, "needs-mapping.csv", IMPORT_CONTEXT, {
      mapping: savedMapping(),
    });
    expect(report.decision).toBe("accept");
    expect(
      report.observations.map((o) => [o.area, o.indicator, o.period, o.value]),
    ).toEqual([
      ["0127", "Andel med stöd (%)", "2019", 12.5],
      ["0127", "Andel med stöd (%)", "2020", 13],
      ["0184", "Andel med stöd (%)", "2019", 9.1],
      ["0184", "Andel med stöd (%)", "2020", 9.4],
    ]);
    const codes = report.issues.map((i) => i.code);
    expect(codes).toContain("rows-filtered");
    expect(codes).toContain("area-code-padded");
    expect(report.mapping).toEqual(savedMapping());
  });

  it("is refused, never applied to the wrong columns, when its headings are another file's", () => {
    const report = checkImport(
      utf8("Kommun;Grupp;2019;2020\n0127;Alla;1;2\n"),
      "annan.csv",
      IMPORT_CONTEXT,
      { mapping: savedMapping() },
    );
    expect(report.decision).toBe("reject");
    expect(report.issues.map((i) => i.code)).toContain("mapping-mismatch");
    expect(report.observations).toEqual([]);
  });

  it("gives a file without a period one period for every value", () => {
    const mapping: ImportMapping = {
      ...savedMapping(),
      period: { from: "fixed", period: "2021" },
      values: [{ index: 2, heading: "Antal" }],
      area: { column: { index: 0, heading: "" }, level: "kommun" },
      breakdowns: [],
      indicator: null,
    };
    const report = checkImport(
      utf8(";Text;Antal\n0127 Botkyrka;a;5\n0184 Solna;b;-\n"),
      "utan-ar.csv",
      IMPORT_CONTEXT,
      { mapping: { ...mapping, dash: "zero" } },
    );
    expect(
      report.observations.map((o) => [o.area, o.period, o.value, o.symbol]),
    ).toEqual([
      ["0127", "2021", 5, null],
      ["0184", "2021", 0, "-"],
    ]);
  });

  it("sets the number format: English reads 1,234.5; Swedish refuses it", () => {
    const text = "Kommun;År;Värde\nSolna;2019;1,234.5\n";
    const mapping = (numberFormat: "sv" | "en"): ImportMapping => ({
      version: 1,
      area: { column: { index: 0, heading: "Kommun" }, level: "kommun" },
      areaName: null,
      period: { from: "column", column: { index: 1, heading: "År" } },
      values: [{ index: 2, heading: "Värde" }],
      indicator: { from: "name", name: "Belopp" },
      breakdowns: [],
      numberFormat,
      dash: "missing",
    });
    const en = checkImport(utf8(text), "f.csv", IMPORT_CONTEXT, {
      mapping: mapping("en"),
    });
    expect(en.observations[0]?.value).toBe(1234.5);
    const sv = checkImport(utf8(text), "f.csv", IMPORT_CONTEXT, {
      mapping: mapping("sv"),
    });
    expect(sv.observations).toEqual([]);
  });

  it.each([
    "months-wide.csv",
    "socialstyrelsen-region.csv",
    "r-write-csv.csv",
    "english-numbers.csv",
    "pandas-quarters.csv",
  ])("detection's own mapping reads %s exactly as detection did", (file) => {
    const detected = checkImport(fixture(file), file, IMPORT_CONTEXT);
    expect(detected.mapping).not.toBeNull();
    const mapped = checkImport(fixture(file), file, IMPORT_CONTEXT, {
      mapping: detected.mapping,
    });
    expect(mapped.observations).toEqual(detected.observations);
  });

  it("offers the Kolumner step the headings a mapping must name (no BOM, whole, trimmed)", () => {
    const file = "tidy-semicolon-utf8bom.csv";
    const report = checkImport(fixture(file), file, IMPORT_CONTEXT);
    expect(report.table?.header[0]).toBe("Kommunkod");
    for (const column of report.mapping ? mappedColumns(report.mapping) : [])
      expect(report.table?.header[column.index]).toBe(column.heading);
  });

  it("is the same in Node: npm run data:check -- <file> --map <mapping.json>", () => {
    const tsx = resolve(ROOT, "node_modules", ".bin", "tsx");
    const result = spawnSync(
      tsx,
      [
        resolve(ROOT, "scripts", "data-check.ts"),
        resolve(FIXTURES, "needs-mapping.csv"),
        "--json",
        "--map",
        resolve(MAPPINGS, "needs-mapping.json"),
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as CheckJson;
    expect(json).toEqual(
      toCheckJson(
        checkImport(
          fixture("needs-mapping.csv"),
          "needs-mapping.csv",
          IMPORT_CONTEXT,
          {
            mapping: savedMapping(),
          },
        ),
      ),
    );
    const bad = spawnSync(
      tsx,
      [
        resolve(ROOT, "scripts", "data-check.ts"),
        resolve(FIXTURES, "needs-mapping.csv"),
        "--map",
        resolve(FIXTURES, "needs-mapping.csv"),
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("ingen giltig JSON");
  }, 60_000);
});
