import { describe, expect, it } from "vitest";

import { JSON_STAT_MAX_CELLS } from "@/data/import/json-stat-cube";

import { check, codes, importDirect, messages, values } from "./json-check";
import { sv } from "./message-text";

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

  it("refuses a dimension whose category.index does not match its size", () => {
    const report = check({
      ...dataset,
      dimension: {
        ...dataset.dimension,
        Kon: { category: { index: ["1", "2", "1+2"] } },
      },
    });
    expect(report.decision).toBe("reject");
    expect(codes(report)).toEqual([[null, "bad-json-stat"]]);
    expect(messages(report, "bad-json-stat")[0]).toContain("”Kon”");
  });

  it("names the missing area dimension: national figures, nothing per kommun", () => {
    const national = {
      version: "2.0",
      class: "dataset",
      id: ["Kon", "ContentsCode", "Tid"],
      size: [3, 1, 2],
      role: { time: ["Tid"], metric: ["ContentsCode"] },
      dimension: {
        Kon: { category: { index: { "1": 0, "2": 1, "1+2": 2 } } },
        ContentsCode: { category: { index: { HE0110J8: 0 } } },
        Tid: { category: { index: { "2021": 0, "2022": 1 } } },
      },
      value: [1, 2, 3, 4, 5, 6],
    };
    const report = check(national);
    expect(report.decision).toBe("reject");
    expect(report.observations).toEqual([]);
    expect(codes(report)).toEqual([[null, "no-area-dimension"]]);
    const [message = ""] = messages(report, "no-area-dimension");
    expect(message).toContain("ingen dimension för område");
    expect(message).toContain("hela landet");
    expect(message).toContain("Kon, ContentsCode, Tid");
  });

  it("refuses a JSON-stat table description without values (PxWeb v2 metadata)", () => {
    const metadata: Partial<typeof dataset> = { ...dataset };
    delete metadata.value;
    delete metadata.status;
    const report = check(metadata);
    expect(report.decision).toBe("reject");
    expect(codes(report)).toEqual([[null, "pxweb-metadata"]]);
    expect(messages(report, "pxweb-metadata")[0]).toContain("…/data");
  });

  it("counts every refused cell as an error (1e400), and every cell as a row", () => {
    const text = JSON.stringify({ ...dataset, status: undefined }).replace(
      '"value":[1,2,3,4,5,null,7,8]',
      '"value":[1e400,1e400,1e400,1e400,1e400,1e400,1e400,1e400]',
    );
    const report = check(text);
    expect(report.decision).toBe("reject");
    expect(report.rows).toBe(8);
    expect(report.totals.errorRows).toBe(8);
    expect(messages(report, "bad-number")).toHaveLength(8);
    expect(messages(report, "bad-number")[0]).toContain("för stort");
    expect(codes(report)).toContainEqual(["value[7]", "bad-number"]);
    expect(messages(report, "no-valid-rows")[0]).toContain(
      "filens 8 datarader",
    );
  });
});

describe("json-stat2 sizes", () => {
  /** 187 bytes that declare a billion cells. */
  const billion =
    '{"version":"2.0","class":"dataset","id":["Region","Tid"],"size":[1,1000000000],' +
    '"dimension":{"Region":{"category":{"index":{"0127":0}}},"Tid":{"category":{"index":{"2019":0}}}},"value":[1]}';

  it("refuses a billion declared cells before allocating anything", () => {
    expect(billion.length).toBeLessThan(200);
    const report = check(billion);
    expect(report.decision).toBe("reject");
    expect(codes(report)).toEqual([[null, "too-many-cells"]]);
    const [message = ""] = messages(report, "too-many-cells");
    expect(message).toContain("1\u00a0000\u00a0000\u00a0000 celler");
    expect(message).toContain("1 × 1\u00a0000\u00a0000\u00a0000");
    expect(message).toContain(
      `gränsen är ${JSON_STAT_MAX_CELLS.toLocaleString("sv-SE")}`,
    );
  });

  it("multiplies the category.index lengths too", () => {
    const many = Array.from({ length: 4000 }, (_, i) => `c${i}`);
    const report = check({
      version: "2.0",
      class: "dataset",
      id: ["Region", "Tid"],
      size: [1, 1],
      dimension: {
        Region: { category: { index: many } },
        Tid: { category: { index: many } },
      },
      value: [1],
    });
    expect(codes(report)).toEqual([[null, "too-many-cells"]]);
    expect(messages(report, "too-many-cells")[0]).toContain(
      "4\u00a0000 × 4\u00a0000",
    );
  });

  it.each([
    ["1e300", "1e+300"],
    ["1.5", "1.5"],
    ["0", "0"],
  ])(
    "refuses the size %s as not a whole number of categories",
    (size, shown) => {
      const report = check(billion.replace("1000000000", size));
      expect(codes(report)).toEqual([[null, "bad-json-stat"]]);
      expect(messages(report, "bad-json-stat")[0]).toContain(`, ${shown})`);
    },
  );
});

/**
 * The shape of SCB's TAB6471 from PxWebApi v2 (population per month by region, ålder and kön):
 * 21 län, 11 ålder groups, kön TotSa/1/2, one content, four months. Values are the cell number
 * except three cells of Stockholms län with the table's own figures.
 */
function tab6471() {
  const lan = [
    "01",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "09",
    "10",
    "12",
    "13",
    "14",
    "17",
    "18",
    "19",
    "20",
    "21",
    "22",
    "23",
    "24",
    "25",
  ];
  const ages = [
    "0-9",
    "10-19",
    "20-29",
    "30-39",
    "40-49",
    "50-59",
    "60-69",
    "70-79",
    "80-89",
    "90-99",
    "100+10",
  ];
  const sexes = ["TotSa", "1", "2"];
  const months = ["2026M01", "2026M02", "2026M03", "2026M04"];
  const index = (ids: readonly string[]) =>
    Object.fromEntries(ids.map((id, i) => [id, i]));
  const value = Array.from({ length: 21 * 11 * 3 * 4 }, (_, n) => n);
  const cell = (r: number, a: number, k: number, t: number) =>
    ((r * 11 + a) * 3 + k) * 4 + t;
  value[cell(0, 0, 0, 0)] = 245284;
  value[cell(0, 10, 2, 3)] = 762;
  value[cell(0, 3, 1, 1)] = 196640;
  return {
    version: "2.0",
    class: "dataset",
    label: "Folkmängden per månad efter region, ålder, kön och månad",
    source: "SCB",
    role: { time: ["Tid"], metric: ["ContentsCode"] },
    id: ["Region", "Alder", "Kon", "ContentsCode", "Tid"],
    size: [21, 11, 3, 1, 4],
    dimension: {
      Region: {
        label: "region",
        category: {
          index: index(lan),
          label: Object.fromEntries(
            lan.map((id) => [id, id === "01" ? "Stockholms län" : `Län ${id}`]),
          ),
        },
      },
      Alder: {
        label: "ålder",
        category: {
          index: index(ages),
          label: Object.fromEntries(
            ages.map((id) => [id, id === "100+10" ? "100+ år" : `${id} år`]),
          ),
        },
      },
      Kon: {
        label: "kön",
        category: {
          index: index(sexes),
          label: {
            TotSa: "totalt, samtliga män och kvinnor",
            "1": "män",
            "2": "kvinnor",
          },
        },
      },
      ContentsCode: {
        label: "tabellinnehåll",
        category: {
          index: { "000007SF": 0 },
          label: { "000007SF": "Folkmängden per månad" },
          unit: { "000007SF": { base: "antal", decimals: 0 } },
        },
      },
      Tid: {
        label: "månad",
        category: {
          index: index(months),
          label: Object.fromEntries(months.map((m) => [m, m])),
        },
      },
    },
    value,
  };
}

describe("json-stat2 from PxWebApi v2 (län, ålder, kön, months)", () => {
  it("keeps every ålder as a series and kön as the gender: 11 × 3 × 4 observations for the county", () => {
    const all = check(tab6471());
    expect(all.format).toBe("json-stat2");
    expect(all.decision).toBe("accept-with-row-errors");
    expect(all.rows).toBe(2772);
    // The other 20 län are kept apart (national comparisons): 21 × 132 in all.
    expect(all.observations).toHaveLength(2772);
    const report = {
      ...all,
      observations: all.observations.filter((o) => o.area === "01"),
    };
    expect(report.observations).toHaveLength(132);
    expect(new Set(report.observations.map((o) => o.period))).toEqual(
      new Set(["2026M01", "2026M02", "2026M03", "2026M04"]),
    );
    expect(new Set(report.observations.map((o) => o.gender))).toEqual(
      new Set(["T", "M", "K"]),
    );
    expect(new Set(report.observations.map((o) => o.indicator)).size).toBe(11);
    const find = (age: string, gender: string, period: string) =>
      report.observations.find(
        (o) =>
          o.breakdown?.Alder === age &&
          o.gender === gender &&
          o.period === period,
      );
    expect(find("0-9 år", "T", "2026M01")).toMatchObject({
      indicator: "000007SF / 0-9 år",
      value: 245284,
      unit: "antal",
      breakdown: { Alder: "0-9 år", Kon: "T" },
    });
    expect(find("100+ år", "K", "2026M04")?.value).toBe(762);
    expect(find("30-39 år", "M", "2026M02")?.value).toBe(196640);
  });

  it("counts every cell of the other 20 län as outside the county (2640), keeps them and lists each län once", () => {
    const { issues, observations } = importDirect(tab6471());
    expect(observations).toHaveLength(2772);
    expect(observations.filter((o) => o.area !== "01")).toHaveLength(2640);
    expect(issues.count("outside-county-region")).toBe(2640);
    const report = check(tab6471());
    expect(report.totals).toMatchObject({
      errorRows: 0,
      outsideCountyRows: 2640,
      outsideRegionRows: 2640,
      nationalValues: 2640,
    });
    const outside = report.issues.filter(
      (i) => i.code === "outside-county-region",
    );
    expect(outside).toHaveLength(20);
    expect(outside[0]?.column).toBe("value[132]");
    expect(outside[0]?.severity).toBe("info");
    expect(sv(outside[0]?.message)).toContain("(132 värden)");
  });
});
