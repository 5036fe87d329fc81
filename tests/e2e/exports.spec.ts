/**
 * Chart exports as tables: the CSV (both flavours) holds exactly what the chart's table shows;
 * formula-like text is neutralised while negative numbers stay numbers; "Kopiera länk" copies the
 * view's URL. The pictures (SVG, PNG): image-exports.spec.ts.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";
import Papa from "papaparse";

import { downloadText as text, exportFile } from "./export-files";
import { BOTKYRKA, norm, openCompare } from "./helpers";

const kr = (value: number): string =>
  `${new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 }).format(value)} kr`;

test("the plain CSV holds exactly the rows, values and statuses of the chart's table", async ({
  page,
}) => {
  // Totals (the view opens per inhabitant): the exact kronor of the source.
  await page.goto(
    `./?view=compare&kommuner=${BOTKYRKA.code}&mode=absolute&table=1`,
  );
  const table = page.locator("table.data-table");
  await expect(table).toBeVisible();
  const shown = await table.locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => ({
      name: r.querySelector("th a, th")?.firstChild?.textContent ?? "",
      value: r.querySelectorAll("td")[1]?.textContent ?? "",
      status: r.querySelectorAll("td")[2]?.firstChild?.textContent ?? "",
    })),
  );
  expect(shown).toHaveLength(26);

  const csv = await text(await exportFile(page, "csv-plain"));
  const parsed = Papa.parse<Record<string, string>>(csv, {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const kommuner = parsed.data.filter((r) => (r.area_code ?? "").length === 4);
  expect(kommuner).toHaveLength(26);
  const byName = new Map(kommuner.map((r) => [r.area_name, r]));
  for (const row of shown) {
    const exported = byName.get(norm(row.name));
    expect(exported, row.name).toBeDefined();
    expect(norm(kr(Number(exported?.value)))).toBe(norm(row.value));
    expect(exported?.status).toBe("reported");
    expect(norm(row.status)).toBe("redovisat");
  }
  const botkyrka = byName.get(BOTKYRKA.name);
  expect(botkyrka).toMatchObject({
    area_code: "0127",
    indicator_id: "stimulansmedel",
    period: "2018",
    value: "3174063",
    unit: "kr",
    dataset_id: "stimulansmedel-2018",
    dataset_version: "1",
  });
  expect(botkyrka?.source).toContain("Bilaga 5");
  expect(botkyrka?.exported).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // The county follows the kommuner, as in the table's footer.
  expect(parsed.data.find((r) => r.area_code === "01")?.value).toBe("79789498");
});

test("the Excel CSV has a BOM, semicolons, decimal commas and Swedish headers", async ({
  page,
}) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}&mode=per-capita`);
  const csv = await text(await exportFile(page, "csv-excel"));
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(csv.slice(1), {
    delimiter: ";",
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  const [header = [], ...rows] = parsed.data;
  expect(header.slice(0, 3)).toEqual(["Områdeskod", "Område", "Indikator-id"]);
  const value = header.indexOf("Värde");
  const botkyrka = rows.find((r) => r[0] === BOTKYRKA.code);
  // 34,64 kr per inhabitant, rounded as the chart shows it: a decimal comma, no thousands
  // separator, unquoted (a number); computed by the app, so "beräknat", the unrounded value beside.
  expect(botkyrka?.[value]).toBe("34,64");
  expect(csv).toMatch(/;34,64;34,63\d{3,};/);
  expect(botkyrka?.[header.indexOf("Status")]).toBe("beräknat");
  expect(botkyrka?.[header.indexOf("Värde, oavrundat")]).toMatch(
    /^34,63\d{3,}$/,
  );
  expect(botkyrka?.[header.indexOf("Enhet")]).toBe("kr per invånare");
  expect(botkyrka?.[header.indexOf("Beräkning")]).toContain("Beräknat");
});

test("formula-like text is neutralised in the CSV, negative numbers stay numbers", async ({
  page,
}) => {
  // Serve a kommun name that a spreadsheet would run as a formula and a negative value, with the
  // manifest's checksums updated so the loader accepts the files.
  const files = {
    "kommuner.v1.json": (t: string) =>
      t.replace('"name": "Botkyrka"', '"name": "=HYPERLINK(\\"http://x\\")"'),
    "stimulansmedel-2018.v1.csv": (t: string) =>
      t.replace(
        /^0127,stimulansmedel,,2018,3174063,/m,
        "0127,stimulansmedel,,2018,-1500,",
      ),
  } as const;
  const changed = new Map<string, Buffer>();
  for (const [file, edit] of Object.entries(files)) {
    const original = await readFile(`public/data/${file}`, "utf8");
    const edited = edit(original);
    expect(edited).not.toBe(original);
    changed.set(file, Buffer.from(edited, "utf8"));
  }
  await page.route("**/data/*", async (route) => {
    const file = new URL(route.request().url()).pathname.split("/").pop() ?? "";
    const body = changed.get(file);
    if (body) return route.fulfill({ body, contentType: "text/plain" });
    if (file !== "manifest.json") return route.continue();
    const manifest = JSON.parse(
      await readFile("public/data/manifest.json", "utf8"),
    ) as {
      datasets: {
        versions: { file: string; sha256: string; bytes: number }[];
      }[];
    };
    for (const d of manifest.datasets)
      for (const v of d.versions) {
        const edited = changed.get(v.file);
        if (!edited) continue;
        v.sha256 = createHash("sha256").update(edited).digest("hex");
        v.bytes = edited.length;
      }
    return route.fulfill({ json: manifest });
  });
  await page.goto(
    `./?view=compare&kommuner=${BOTKYRKA.code}&mode=absolute&sort=name`,
  );
  await expect(page.locator(".ranking-chart svg")).toBeVisible();
  for (const kind of ["csv-plain", "csv-excel"]) {
    const csv = await text(await exportFile(page, kind));
    const delimiter = kind === "csv-plain" ? "," : ";";
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), {
      delimiter,
      skipEmptyLines: true,
    });
    const row = parsed.data.find((r) => r[0] === BOTKYRKA.code);
    expect(row?.[1]).toBe('\'=HYPERLINK("http://x")');
    expect(row?.[6]).toBe("-1500");
    // The raw line: the number is written bare, not quoted or prefixed.
    expect(csv).toContain(`${delimiter}-1500${delimiter}`);
  }
});

test("Kopiera länk copies the view's full URL, or shows it to copy by hand", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openCompare(
    page,
    `?kommuner=${BOTKYRKA.code}&mode=per-capita&sort=name`,
  );
  await page.getByRole("button", { name: "Kopiera länk" }).click();
  await expect(page.getByText("Länken är kopierad.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain("mode=per-capita");

  // Without a clipboard the link is shown, selected, in a read-only field.
  await page.evaluate(() => {
    Object.defineProperty(navigator, "clipboard", { value: undefined });
  });
  await page.getByRole("button", { name: "Kopiera länk" }).click();
  const field = page.getByRole("textbox", { name: /Länken till vyn/ });
  await expect(field).toHaveValue(page.url());
  await expect(field).toHaveAttribute("readonly", "");
});
