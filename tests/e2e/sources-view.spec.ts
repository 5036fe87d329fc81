/** Data och källor: every dataset with version and checksum, downloads that work, the tidy export. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

import { expect, test } from "@playwright/test";

import { latest, norm, TIDY_HEADER } from "./helpers";

interface ManifestVersion {
  readonly version: number;
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}
interface Manifest {
  readonly datasets: readonly {
    readonly id: string;
    readonly title: { readonly sv: string };
    readonly versions: readonly ManifestVersion[];
  }[];
}

test("lists every dataset in the manifest with version, SHA-256 and a working download", async ({
  page,
}) => {
  // Downloads every published file (the national datasets are 24 MB together).
  test.slow();
  const manifestResponse = await page.request.get("data/manifest.json");
  expect(manifestResponse.status()).toBe(200);
  const manifest = (await manifestResponse.json()) as Manifest;
  expect(manifest.datasets.length).toBeGreaterThan(5);

  await page.goto("./?view=sources");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Data och källor",
  );
  await expect(
    page.getByRole("link", { name: "Data och källor" }),
  ).toHaveAttribute("aria-current", "page");
  const sections = page.locator("section.dataset");
  await expect(sections).toHaveCount(manifest.datasets.length);

  for (const dataset of manifest.datasets) {
    const section = page.getByRole("region", {
      name: dataset.title.sv,
      exact: true,
    });
    await expect(section).toBeVisible();
    await expect(section.locator("code").first()).toHaveText(dataset.id);
    for (const version of dataset.versions) {
      const row = section.locator("tbody tr").filter({ hasText: version.file });
      await expect(row.getByRole("rowheader")).toHaveText(
        `v${version.version}`,
      );
      await expect(row.locator("code.checksum")).toHaveText(version.sha256);
      expect(norm(await row.locator("td.num").textContent())).toBe(
        `${version.bytes.toLocaleString("sv-SE").replace(/\s/g, " ")} byte`,
      );
      const link = row.getByRole("link", { name: version.file });
      await expect(link).toHaveAttribute("download", version.file);
      const href = await link.evaluate((a: HTMLAnchorElement) => a.href);
      expect(href).toBe(new URL(`data/${version.file}`, page.url()).href);
      const file = await page.request.get(href);
      expect(file.status(), href).toBe(200);
      const body = await file.body();
      expect(body.byteLength, href).toBe(version.bytes);
      expect(createHash("sha256").update(body).digest("hex"), href).toBe(
        version.sha256,
      );
    }
  }
});

test("“Ladda ned alla observationer (CSV)” downloads the tidy export", async ({
  page,
}) => {
  await page.goto("./?view=sources");
  const button = page.getByRole("button", {
    name: "Ladda ned alla observationer (CSV)",
  });
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    button.click(),
  ]);
  expect(download.suggestedFilename()).toBe(
    "psykisk-halsa-stockholms-lan-alla-observationer.csv",
  );
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.split("\n");
  expect(lines[0]).toBe(TIDY_HEADER);
  expect(lines.length).toBeGreaterThan(1000);
  const botkyrka = lines.filter((line) =>
    line.startsWith("stimulansmedel-2018,1,0127,Botkyrka,stimulansmedel,"),
  );
  expect(botkyrka).toHaveLength(1);
  expect(botkyrka[0]?.split(",")).toEqual(
    expect.arrayContaining(["2018", "3174063", "reported", "kr"]),
  );
  // Every observation file contributes rows.
  for (const id of [
    "befolkning",
    "stimulansmedel-2018",
    "kolada-psykisk-ohalsa",
  ]) {
    expect(
      lines.some((line) => line.startsWith(`${id},${latest(id).version},`)),
      id,
    ).toBe(true);
  }
  await expect(button).toBeEnabled();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
