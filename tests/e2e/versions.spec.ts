/**
 * Dataset versions in Chromium: a (test-only) v2 of botkyrka-2020 is served beside the published
 * v1; "Vad har ändrats" lists the difference, pinning v1 in the link makes the charts show v1 and
 * say so, and "Visa senaste versionerna" returns to v2.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { expect, test } from "@playwright/test";

import { axeViolations, norm } from "./helpers";

const DATA = resolve(import.meta.dirname, "..", "..", "public", "data");

test.beforeEach(async ({ page }) => {
  const v1 = readFileSync(resolve(DATA, "botkyrka-2020.v1.csv"), "utf8");
  const v2 = Buffer.from(v1.replace(",250000,", ",260000,"));
  const manifest = JSON.parse(
    readFileSync(resolve(DATA, "manifest.json"), "utf8"),
  ) as {
    datasets: { id: string; versions: Record<string, unknown>[] }[];
  };
  const entry = manifest.datasets.find((d) => d.id === "botkyrka-2020");
  if (!entry?.versions[0]) throw new Error("botkyrka-2020 missing");
  entry.versions.push({
    ...entry.versions[0],
    version: 2,
    file: "botkyrka-2020.v2.csv",
    published: "2026-11-24",
    note: { sv: "Rättelse (test)", en: "Correction (test)" },
    sha256: createHash("sha256").update(v2).digest("hex"),
    bytes: v2.byteLength,
  });
  await page.route("**/data/manifest.json", (route) =>
    route.fulfill({ json: manifest }),
  );
  await page.route("**/data/botkyrka-2020.v2.csv", (route) =>
    route.fulfill({ body: v2, contentType: "text/csv" }),
  );
});

test("Vad har ändrats lists the changed figure, and a pinned version is shown and named", async ({
  page,
}) => {
  await page.goto("./?view=sources");
  const diff = page.getByRole("region", { name: "Vad har ändrats" });
  await expect(diff.getByRole("status")).toHaveText(
    /0 tillagda, 0 borttagna och 1 ändrade uppgifter; 34 oförändrade\./,
  );
  const row = diff.getByRole("table").locator("tbody tr");
  await expect(row).toHaveCount(1);
  expect(norm(await row.textContent())).toMatch(
    /Botkyrka.*Ändrad.*250 000 kr.*260 000 kr.*\+10 000 kr/,
  );
  expect(await axeViolations(page)).toEqual([]);

  await page
    .getByRole("region", {
      name: "Botkyrka kommun: statsbidrag och stimulansmedel för psykisk hälsa 2020",
    })
    .getByRole("link", { name: "Fäst v1 i länken" })
    .click();
  await expect(page).toHaveURL(/versions=botkyrka-2020@1/);
  await page.getByRole("link", { name: "Finansiering" }).click();
  await expect(page).toHaveURL(/view=funding.*versions=botkyrka-2020@1/);
  await expect(
    page.getByText(/botkyrka-2020 v1 \(fastlåst, senaste är v2\)/).first(),
  ).toBeVisible();
  const banner = page.getByRole("region", { name: "Fastlåsta dataversioner" });
  await expect(banner).toContainText("botkyrka-2020 v1");

  await banner.getByRole("link", { name: "Visa senaste versionerna" }).click();
  await expect(page).not.toHaveURL(/versions=/);
  await expect(page.getByText(/botkyrka-2020 v2/).first()).toBeVisible();
});
