import Papa from "papaparse";
import { describe, expect, it } from "vitest";

import {
  buildCsv,
  csvNumber,
  CSV_COLUMNS,
  isFormulaLike,
  neutralise,
  type CsvLabels,
} from "@/charts/export/csv";
import {
  exportFileName,
  type ChartExportData,
  type ExportRow,
} from "@/charts/export/export-data";

const LABELS: CsvLabels = {
  headers: Object.fromEntries(
    CSV_COLUMNS.map((c) => [c, c.toUpperCase()]),
  ) as CsvLabels["headers"],
  status: {
    reported: "redovisat",
    estimated: "ungefärligt värde",
    "range-only": "bara intervall i källan",
    missing: "uppgift saknas",
    suppressed: "sekretess",
    "no-row": "uppgift saknas",
    derived: "beräknat",
  },
};

const row = (patch: Partial<ExportRow>): ExportRow => ({
  areaCode: "0127",
  areaName: "Botkyrka",
  indicatorId: "stimulansmedel",
  indicator: "Stimulansmedel",
  breakdown: "",
  period: "2018",
  value: 3174063,
  low: null,
  high: null,
  status: "reported",
  unit: "kr",
  derived: "",
  source: "Analys och handlingsplaner, Bilaga 5",
  datasetId: "stimulansmedel-2018",
  datasetVersion: 1,
  ...patch,
});

const ROWS: readonly ExportRow[] = [
  row({}),
  row({ areaCode: "0180", areaName: "Stockholm", value: 34.64 }),
  row({ areaCode: "0114", areaName: "Upplands Väsby", value: -1.5 }),
  row({
    areaCode: "0115",
    areaName: "Vallentuna",
    value: null,
    status: "missing",
  }),
  row({
    areaCode: "0117",
    areaName: "Österåker",
    value: null,
    low: 3.5,
    high: 7.2,
    status: "range-only",
  }),
  row({ areaCode: "0120", areaName: '=HYPERLINK("x")', source: "@SUM(A1)" }),
];

const DATA: ChartExportData = {
  id: "compare",
  title: "Stimulansmedel 2018",
  subtitle: "kr, 2018",
  sourceLine: "Källa: Bilaga 5 · Dataversion stimulansmedel-2018 v1",
  datasets: [
    { id: "stimulansmedel-2018", version: 1 },
    { id: "befolkning", version: 2 },
  ],
  rows: () => ROWS,
};

describe(isFormulaLike, () => {
  it.each([
    ["=1+2", true],
    ["+46 8 123", true],
    ["-x", true],
    ["@SUM(A1)", true],
    ["\tcmd", true],
    ["\rcmd", true],
    ["-5", false],
    ["-1,5", false],
    ["+3.25", false],
    ["Botkyrka", false],
    ["2013-2016", false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isFormulaLike(text)).toBe(expected);
    expect(neutralise(text)).toBe(expected ? `'${text}` : text);
  });
});

describe(csvNumber, () => {
  it.each([
    [3174063, "excel", "3174063"],
    [34.64, "excel", "34,64"],
    [34.64, "plain", "34.64"],
    [-1.5, "excel", "-1,5"],
    [0.1 + 0.2, "plain", "0.3"],
  ] as const)("%s (%s) → %s", (value, flavour, expected) => {
    expect(csvNumber(value, flavour)).toBe(expected);
  });
});

describe(buildCsv, () => {
  it("writes the Excel flavour: BOM, semicolons, decimal comma, quoted text, CRLF", () => {
    const text = buildCsv(DATA, {
      flavour: "excel",
      exported: "2026-11-23",
      labels: LABELS,
    });
    expect(text.startsWith("\uFEFF")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      CSV_COLUMNS.map((c) => `"${c.toUpperCase()}"`).join(";"),
    );
    expect(lines[1]).toContain(";3174063;");
    expect(lines[2]).toContain(";34,64;");
    expect(lines[3]).toContain(";-1,5;");
    expect(lines[1]).toContain('"redovisat"');
    expect(lines.at(-1)).toBe("");
  });

  it("keeps an imported file's own symbol instead of the status symbol", () => {
    const row = ROWS[3];
    if (!row) throw new Error("fixture row missing");
    const text = buildCsv(
      { ...DATA, rows: () => [{ ...row, status: "suppressed", symbol: "x" }] },
      { flavour: "plain", exported: "2026-11-23", labels: LABELS },
    );
    const parsed = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data[0]).toMatchObject({ status: "suppressed", symbol: "x" });
  });

  it("round-trips through a CSV parser to the rows, with formulas neutralised", () => {
    const text = buildCsv(DATA, {
      flavour: "plain",
      exported: "2026-11-23",
      labels: LABELS,
    });
    const parsed = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const rows = parsed.data;
    expect(rows.map((r) => r.area_code)).toEqual(ROWS.map((r) => r.areaCode));
    expect(rows.map((r) => r.value)).toEqual([
      "3174063",
      "34.64",
      "-1.5",
      "",
      "",
      "3174063",
    ]);
    expect(rows[3]).toMatchObject({ status: "missing", symbol: ".." });
    expect(rows[4]).toMatchObject({ low: "3.5", high: "7.2", symbol: ".." });
    expect(rows[5]?.area_name).toBe('\'=HYPERLINK("x")');
    expect(rows[5]?.source).toBe("'@SUM(A1)");
    expect(rows[0]).toMatchObject({
      dataset_id: "stimulansmedel-2018",
      dataset_version: "1",
      chart: "Stimulansmedel 2018",
      exported: "2026-11-23",
      unit: "kr",
    });
  });

  it("reads back in the Excel flavour with semicolons and decimal commas", () => {
    const text = buildCsv(DATA, {
      flavour: "excel",
      exported: "2026-11-23",
      labels: LABELS,
    });
    const parsed = Papa.parse<string[]>(text.slice(1), {
      delimiter: ";",
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const value = CSV_COLUMNS.indexOf("value");
    expect(parsed.data.slice(1).map((r) => r[value])).toEqual([
      "3174063",
      "34,64",
      "-1,5",
      "",
      "",
      "3174063",
    ]);
  });
});

describe(exportFileName, () => {
  it("makes a plain file name with the date", () => {
    expect(
      exportFileName(
        "Stimulansmedel per kommun 2018: Österåker",
        "2026-11-23",
        "png",
      ),
    ).toBe("stimulansmedel-per-kommun-2018-osteraker-2026-11-23.png");
    expect(exportFileName("!!!", "2026-11-23", "csv")).toBe(
      "diagram-2026-11-23.csv",
    );
  });
});
