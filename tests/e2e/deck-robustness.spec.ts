/**
 * Decks and links that cannot be lost or abused (issue 15), in the real browser: a `#deck` link
 * that would inflate to gigabytes is stopped at the limit and called too large; a full storage
 * reports the failure only and keeps what was typed; bidi controls in a file's name and a
 * deck's name cannot reverse the app's own text; a `#deck` link opened in a tab already on
 * Presentation is read without a reload.
 */
import { deflateRawSync } from "node:zlib";

import { expect, test } from "@playwright/test";

const RLO = "\u202e";

const base64Url = (bytes: Buffer): string =>
  bytes
    .toString("base64")
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");

const deckJson = (name: string, notes = ""): string =>
  JSON.stringify({
    format: "psykisk-halsa-presentation",
    schemaVersion: 1,
    id: "robust-deck",
    name,
    slides: [
      {
        id: "s1",
        query: "?view=compare",
        chart: "compare",
        versions: [],
        title: "Bild ett",
        notes,
      },
    ],
  });

test("a link that inflates past 1 MB is stopped and called too large", async ({
  page,
}) => {
  // 200 MB of spaces deflate to about 200 KB: inflating it all would take the tab's memory.
  const bomb = base64Url(deflateRawSync(Buffer.alloc(200_000_000, 0x20)));
  expect(bomb.length).toBeLessThan(400_000);
  const started = Date.now();
  await page.goto(`./?view=presentation#deck=${bomb}`);
  await expect(page.getByRole("alert")).toContainText(
    "Presentationen i länken kunde inte öppnas. Länken är för stor",
  );
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(
    page.getByText("Du har inga sparade presentationer."),
  ).toBeVisible();
});

test("full storage: opening a file says only that it was not saved, and typed notes stay", async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Only localStorage is used here; "full" (set below) makes the decks' key refuse writes.
    const setItem = Storage.prototype.setItem.bind(localStorage);
    Storage.prototype.setItem = (key: string, value: string) => {
      if (key === "psykisk-halsa.decks" && localStorage.getItem("full"))
        throw new DOMException("full", "QuotaExceededError");
      setItem(key, value);
    };
  });
  await page.goto("./?view=presentation");
  await page.evaluate(() => {
    localStorage.setItem("full", "1");
  });
  await page.locator('input[type="file"]').setInputFiles({
    name: "workshop.presentation.json",
    mimeType: "application/json",
    buffer: Buffer.from(deckJson("Workshop")),
  });
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("lagring är full");
  await expect(page.getByText(/är öppnad/)).toHaveCount(0);
  await expect(page.getByText(/^Sparad/)).toHaveCount(0);

  const notes = page.getByLabel("Talarmanus", { exact: true }).first();
  await notes.fill("Peka på Botkyrka.");
  await expect(notes).toHaveValue("Peka på Botkyrka.");
  await expect(alert).toContainText("Det du har skrivit finns kvar");
});

test("bidi controls in a file name and a deck name do not reverse the app's text", async ({
  page,
}) => {
  await page.goto("./?view=presentation");
  const input = page.locator('input[type="file"]');
  await input.setInputFiles({
    name: `${RLO}nosj.2023.json`,
    mimeType: "application/json",
    buffer: Buffer.from("{ oops"),
  });
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("kunde inte öppnas");
  expect(await alert.textContent()).not.toContain(RLO);

  await input.setInputFiles({
    name: "deck.json",
    mimeType: "application/json",
    buffer: Buffer.from(deckJson(`Möte ${RLO}2023`)),
  });
  await expect(page.getByText(/är öppnad/)).toContainText("Möte 2023");
  await expect(page.locator("#deck-name")).toHaveValue("Möte 2023");
  const texts = await page.locator("main").textContent();
  expect(texts).not.toContain(RLO);
});

test("a #deck link opened in a tab already on Presentation is read at once", async ({
  page,
}) => {
  await page.goto("./?view=presentation");
  await expect(
    page.getByText("Du har inga sparade presentationer."),
  ).toBeVisible();
  const hash = `deck=${base64Url(deflateRawSync(Buffer.from(deckJson("Delad"))))}`;
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(
    page.getByRole("heading", { name: /Delad presentation: .*Delad/ }),
  ).toBeVisible();
});
