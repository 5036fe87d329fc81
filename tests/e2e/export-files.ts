/** Downloads from a chart's export menu (the exports' specs). */
import { readFile } from "node:fs/promises";

import { expect, type Download, type Page } from "@playwright/test";

/**
 * Downloads one kind from the `nth` chart's export menu. It waits for real states, never for
 * time: the menu open and the item enabled before the click, and after the download the menu's
 * status naming the file, so the export has finished (its items enabled again) before the next.
 */
export async function exportFile(
  page: Page,
  kind: string,
  nth = 0,
): Promise<Download> {
  const menu = page.locator("details.chart-export").nth(nth);
  const item = menu.locator(`[data-export="${kind}"]`);
  if (!(await menu.evaluate((el) => (el as HTMLDetailsElement).open)))
    await menu.locator("summary").click();
  await expect(menu).toHaveJSProperty("open", true);
  await expect(item).toBeVisible();
  await expect(item).toBeEnabled();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    item.click(),
  ]);
  await expect(menu.getByRole("status")).toContainText(
    download.suggestedFilename(),
  );
  await expect(item).toBeEnabled();
  return download;
}

/** A downloaded file as UTF-8 text. */
export async function downloadText(download: Download): Promise<string> {
  return readFile(await download.path(), "utf8");
}
