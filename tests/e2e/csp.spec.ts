/**
 * Content-Security-Policy of the built app: present, strict (no inline scripts but the hashed
 * boot script of the pre-rendered page, no eval, no other origins), and nothing the app does — every view, exports, the slide show — violates it.
 */
import { createHash } from "node:crypto";

import { expect, test, type Page } from "@playwright/test";

import { BOOT_SCRIPT } from "../../scripts/lib/prerender-plugin";

import { BOTKYRKA, openCompare } from "./helpers";

async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return async () => [
    ...console,
    ...(await page.evaluate(
      () => (window as unknown as { __csp?: string[] }).__csp ?? [],
    )),
  ];
}

test("the built app carries a strict policy", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto("./");
  const policy =
    (await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute("content")) ?? "";
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("worker-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).not.toMatch(/https?:/);
  await page.goto("./?view=compare");
  await expect(page.locator("#root")).toHaveAttribute("data-prerendered");
  await page.waitForLoadState("networkidle");
  expect(await violations()).toEqual([]);
  // One inline script only: the pre-rendered page's boot script, allowed by its hash alone.
  const inline = await page.locator("script:not([src])").allTextContents();
  expect(inline).toEqual([BOOT_SCRIPT]);
  const hash = createHash("sha256").update(BOOT_SCRIPT).digest("base64");
  expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
});

test("no view, export or slide show violates the policy", async ({ page }) => {
  // Eleven views, two exports and a slide show: more than the default 20 s on a loaded machine.
  test.slow();
  const violations = await watchViolations(page);
  const queries = [
    "?view=overview",
    `?view=compare&kommuner=${BOTKYRKA.code}&mode=per-capita`,
    `?view=profile&kommuner=${BOTKYRKA.code}`,
    `?view=report&kommuner=${BOTKYRKA.code}`,
    "?view=funding",
    "?view=needs",
    "?view=map",
    "?view=trends&kommuner=0180",
    "?view=sources",
    "?view=import",
  ];
  for (const query of queries) {
    await page.goto(`./${query}`);
    await expect(page.locator("h1").first()).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await violations(), query).toEqual([]);
  }
  await openCompare(page, `?kommuner=${BOTKYRKA.code}`);
  await page.locator("details.chart-export summary").click();
  for (const kind of ["png", "svg"]) {
    await Promise.all([
      page.waitForEvent("download"),
      page.locator(`[data-export="${kind}"]`).click(),
    ]);
  }
  await page.getByRole("button", { name: "Lägg till i presentation" }).click();
  await page.goto("./?view=presentation");
  await page.getByRole("button", { name: "Visa presentationen" }).click();
  await expect(
    page.locator(".chart-frame--slide .ranking-chart svg"),
  ).toBeVisible();
  expect(await violations()).toEqual([]);
});
