/**
 * The main navigation: one row at 1366×768 in Swedish and English (every link at the same top,
 * nothing overflowing), the current view marked, reachable by keyboard; on a phone it scrolls
 * sideways in one row; Importera is linked from the footer.
 */
import { expect, test, type Page } from "@playwright/test";

import { axeViolations } from "./helpers";

async function navGeometry(page: Page) {
  const nav = page.getByRole("navigation", { name: /^(Vyer|Views)$/ });
  await expect(nav.getByRole("link").first()).toBeVisible();
  return nav.locator("ul").evaluate((ul) => {
    const box = ul.getBoundingClientRect();
    const style = getComputedStyle(ul);
    const right = box.right - parseFloat(style.paddingRight);
    return {
      links: [...ul.querySelectorAll("a")].map((a) => {
        const r = a.getBoundingClientRect();
        return { text: a.textContent, top: r.top, right: r.right };
      }),
      right,
      overflow: ul.scrollWidth - ul.clientWidth,
      pageOverflow:
        document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    };
  });
}

for (const lang of ["sv", "en"] as const) {
  test(`the navigation fits one row at 1366×768 (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`./?lang=${lang}&view=compare`);
    const { links, right, overflow, pageOverflow } = await navGeometry(page);
    expect(links).toHaveLength(9);
    const tops = new Set(links.map((l) => Math.round(l.top)));
    expect([...tops], JSON.stringify(links)).toHaveLength(1);
    for (const link of links)
      expect(link.right, link.text).toBeLessThanOrEqual(right + 0.5);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(pageOverflow).toBeLessThanOrEqual(0);
    const current = page.locator('.site-nav a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText(
      lang === "sv" ? "Jämför kommuner" : "Compare municipalities",
    );
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the navigation is one sideways-scrolling row on a phone, and the keyboard reaches every link", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./");
  const { links, pageOverflow } = await navGeometry(page);
  expect(new Set(links.map((l) => Math.round(l.top))).size).toBe(1);
  expect(pageOverflow).toBeLessThanOrEqual(0);
  const last = page
    .getByRole("navigation", { name: "Vyer" })
    .getByRole("link", { name: "Data och källor" });
  expect(await axeViolations(page)).toEqual([]);
  await last.focus();
  await expect(last).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Data och källor",
  );
  await expect(last).toHaveAttribute("aria-current", "page");
});

test("Importera is linked from the footer and from Data och källor", async ({
  page,
}) => {
  await page.goto("./?view=sources");
  await expect(
    page
      .getByRole("navigation", { name: "Vyer" })
      .getByRole("link", { name: "Importera" }),
  ).toHaveCount(0);
  await page
    .getByRole("contentinfo")
    .getByRole("link", { name: "Importera" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Importera egen data",
  );
  await page.goBack();
  await page.getByRole("link", { name: /Importera egen data/ }).click();
  await expect(page).toHaveURL(/view=import/);
});
