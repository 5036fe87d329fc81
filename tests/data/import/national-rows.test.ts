/**
 * Rows for the rest of Sweden (real exports are usually national): a Kolada file for all of
 * Sweden (shared/corpus-real r06, N00926) keeps every other kommun's and region's value exactly,
 * under its own code, apart from the county's; Kolada's "0000" is Riket; unknown codes stay row
 * errors; a code and a name that disagree are refused; a county-only file is read as before.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { checkImport } from "@/data/import/check-import";
import { formatReportText } from "@/data/import/report-text";

import { IMPORT_CONTEXT, utf8 } from "../../fixtures/import-context";

const FILE = resolve(
  import.meta.dirname,
  "../../../../shared/corpus-real/r06_kolada_ddf_n00926_tidy.csv",
);
const COUNTY = new Set(IMPORT_CONTEXT.areas.map((a) => a.code));

const check = (text: string, name = "fil.csv") =>
  checkImport(utf8(text), name, IMPORT_CONTEXT);

describe("a national Kolada file (r06, N00926, 312 areas × 10 years)", () => {
  const bytes = new Uint8Array(readFileSync(FILE));
  const report = checkImport(bytes, "n00926.csv", IMPORT_CONTEXT);
  const rows = readFileSync(FILE, "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((line) => line.split(","));
  const valueOf = (area: string, period: string) =>
    report.observations.find((o) => o.area === area && o.period === period);

  it("keeps every other kommun's value exactly, under its own code", () => {
    const kommuner = rows.filter(([geo = ""]) => geo.length === 4);
    expect(kommuner).toHaveLength(2900);
    for (const [geo = "", year = "", value = ""] of kommuner)
      expect(valueOf(geo, year)?.value, `${geo} ${year}`).toBe(Number(value));
    expect(valueOf("1480", "2022")).toMatchObject({
      indicator: "n00926",
      status: "reported",
      value: 1.221589,
    });
  });

  it("keeps the 20 other regions and the county; Riket as Kolada's DDF writes it ('0') stays an error", () => {
    const regions = report.observations.filter((o) => o.area.length === 2);
    expect(new Set(regions.map((o) => o.area)).size).toBe(21);
    expect(regions).toHaveLength(210);
    const [, , uppsala] =
      rows.find(([geo, year]) => geo === "03" && year === "2013") ?? [];
    expect(valueOf("03", "2013")?.value).toBe(Number(uppsala));
    expect(report.issues.filter((i) => i.code === "unknown-area")).toHaveLength(
      10,
    );
    expect(report.totals).toEqual({
      errorRows: 10,
      outsideCountyRows: 2840,
      outsideRegionRows: 200,
      nationalValues: 2840,
    });
  });

  it("says how many rows are for the rest of Sweden and that they are kept", () => {
    expect(report.decision).toBe("accept-with-row-errors");
    expect(report.observations.filter((o) => COUNTY.has(o.area))).toHaveLength(
      270,
    );
    const text = formatReportText(report).replace(/[\u00a0\u202f]/g, " ");
    expect(text).toContain(
      "2 840 rader gäller kommuner och regioner i resten av Sverige; deras 2 840 värden sparas för jämförelser med hela landet men visas inte i länets vyer. 270 värden gäller Stockholms län, dess kommuner och riket.",
    );
    expect(text).toContain("10 rader har fel.");
  });
});

describe("codes of the rest of Sweden", () => {
  it("keeps Kolada's Riket ('0000') as '00' and regions ('0003') as '03'; an unknown code is an error", () => {
    const report = check(
      [
        "Kommun;År;Värde",
        "0000;2022;10,5",
        "0001;2022;11,5",
        "0003;2022;9,5",
        "1480;2022;8,5",
        "0127;2022;7,5",
        "9999;2022;6,5",
      ].join("\n"),
    );
    expect(report.observations.map((o) => [o.area, o.value])).toEqual([
      ["00", 10.5],
      ["01", 11.5],
      ["03", 9.5],
      ["1480", 8.5],
      ["0127", 7.5],
    ]);
    expect(report.issues.filter((i) => i.severity === "error")).toMatchObject([
      { line: 7, code: "unknown-area" },
    ]);
    expect(report.totals).toMatchObject({
      errorRows: 1,
      outsideCountyRows: 2,
      outsideRegionRows: 1,
      nationalValues: 2,
    });
  });

  it("refuses a code and a name that name different areas elsewhere in Sweden; 'Habo' is not 'Håbo'", () => {
    const report = check(
      [
        "Kommunkod;Kommun;År;Värde",
        "1480;Malmö;2022;1",
        "0643;Habo;2022;2",
        "0305;Håbo;2022;3",
        "03;Region Uppsala;2022;4",
        "1480 Göteborg;;2022;5",
        "1280 Göteborg;;2022;6",
        "0127;Botkyrka;2022;7",
      ].join("\n"),
    );
    expect(report.observations.map((o) => [o.area, o.value])).toEqual([
      ["0643", 2],
      ["0305", 3],
      ["03", 4],
      ["1480", 5],
      ["0127", 7],
    ]);
    expect(
      report.issues
        .filter((i) => i.severity === "error")
        .map((i) => [i.line, i.code]),
    ).toEqual([
      [2, "area-mismatch"],
      [7, "area-mismatch"],
    ]);
  });

  it("reads a county-only file as before: nothing kept for the rest of Sweden, a plain accept", () => {
    const report = check(
      ["Kommun;År;Värde", "0127;2022;1,5", "0180;2022;2,5", "01;2022;2"].join(
        "\n",
      ),
    );
    expect(report.decision).toBe("accept");
    expect(report.observations.map((o) => o.area)).toEqual([
      "0127",
      "0180",
      "01",
    ]);
    expect(report.totals).toEqual({
      errorRows: 0,
      outsideCountyRows: 0,
      outsideRegionRows: 0,
      nationalValues: 0,
    });
    expect(formatReportText(report)).not.toContain("resten av Sverige");
  });

  it("refuses a file with no row for the county, its kommuner or Riket", () => {
    const report = check(
      ["Kommun;År;Värde", "1480;2022;1,5", "0380;2022;2,5"].join("\n"),
    );
    expect(report.decision).toBe("reject");
    expect(report.observations).toEqual([]);
    expect(report.issues.map((i) => i.code)).toContain("no-valid-rows");
  });
});
