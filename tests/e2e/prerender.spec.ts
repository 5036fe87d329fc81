/**
 * The pre-rendered first view (scripts/lib/prerender-plugin.ts): index.html holds Jämför
 * kommuner's default state, drawn before any script loads, only for exactly that URL; the app
 * hydrates it without a mismatch, after verifying the datasets again; a dataset that fails
 * verification replaces the pre-rendered numbers with the error.
 */
import { expect, test, type Page } from "@playwright/test";

const BARS = "svg rect[width]:not([width='0'])";

/** Blocks every module script: what the page shows is the HTML alone (and the boot script). */
async function withoutModules(page: Page): Promise<void> {
  await page.route("**/assets/*.js", (route) => route.abort());
}

test("?view=compare is drawn before any module script loads", async ({
  page,
}) => {
  await withoutModules(page);
  await page.goto("./?view=compare");
  await expect(page.locator("#root")).toHaveAttribute(
    "data-prerendered",
    "?view=compare",
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Jämför kommuner",
  );
  expect(await page.locator(`#root ${BARS}`).count()).toBeGreaterThanOrEqual(
    26,
  );
});

for (const query of [
  "?view=compare&lang=en",
  "?view=compare&kommuner=0127",
  "",
  "?view=map",
]) {
  test(`"${query}" never shows the pre-rendered page`, async ({ page }) => {
    await withoutModules(page);
    await page.goto(`./${query}`);
    await expect(page.locator("#root")).not.toHaveAttribute("data-prerendered");
    expect(await page.locator("#root").innerHTML()).toBe("");
  });
}

test("hydrates without errors or warnings, then works as the app", async ({
  page,
}) => {
  const messages: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") messages.push(m.text());
  });
  page.on("pageerror", (e) => messages.push(e.message));
  await page.goto("./?view=compare");
  // Hydrated: the links carry the page's path (the pre-rendered ones had none).
  await expect(page.locator(".site-title")).toHaveAttribute("href", "/");
  await expect(
    page.getByRole("link", { name: "Kommunprofil" }),
  ).toHaveAttribute("href", "/?view=profile");
  await page.getByRole("radio", { name: "Alfabetisk" }).check();
  await expect(page).toHaveURL(/sort=name/);
  await page.getByRole("link", { name: "Karta" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Karta");
  expect(messages).toEqual([]);
});

test("a tampered dataset replaces the pre-rendered chart with the error", async ({
  page,
}) => {
  await page.route("**/data/stimulansmedel-2018.v1.csv", async (route) => {
    const response = await route.fetch();
    const original = await response.text();
    expect(original).toContain(",3174063,");
    await route.fulfill({
      response,
      body: original.replace(",3174063,", ",3174064,"),
    });
  });
  await page.goto("./?view=compare");
  await expect(page.getByRole("alert")).toContainText(
    "Filens kontrollsumma stämmer inte med förteckningen.",
    { timeout: 10_000 },
  );
  await expect(page.locator(`#root ${BARS}`)).toHaveCount(0);
});
