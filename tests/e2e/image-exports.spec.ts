/**
 * Chart pictures (issue 15): the SVG is plain SVG — no foreignObject, no <style>, no classes —
 * with the title, subtitle, source line (the dataset versions once, in one notation) and the
 * date as SVG text in a font stack that ends in a generic family; Debian's rsvg-convert (what
 * office programs and Inkscape resemble: no browser) draws it, not blank, for the ranked bars, the
 * scatter and the tile map; the PNG is the same picture at 2×, and as a 16:9 slide 3840×2160.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { downloadText, exportFile } from "./export-files";
import { BOTKYRKA, norm, openCompare } from "./helpers";

/** The <text> elements of an SVG document, their content normalised. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    norm(
      (m[1] ?? "")
        .replace(/<[^>]+>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&"),
    ),
  );
}

/** Width and height of a PNG, from its header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * How much of a PNG is drawn (pixels that are not the white background), and how many pixels
 * are near `ink` (a chart's bar colour): decoded by the browser, counted on a canvas.
 */
async function inkIn(
  page: Page,
  png: Buffer,
  ink: readonly [number, number, number],
): Promise<{ drawn: number; inked: number }> {
  return page.evaluate(
    async ({ data, ink }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no canvas");
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      let drawn = 0;
      let inked = 0;
      for (let i = 0; i < pixels.data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = pixels.data.subarray(i, i + 3);
        if (r < 245 || g < 245 || b < 245) drawn += 1;
        if (
          Math.abs(r - ink[0]) < 12 &&
          Math.abs(g - ink[1]) < 12 &&
          Math.abs(b - ink[2]) < 12
        )
          inked += 1;
      }
      const total = pixels.data.length / 4;
      return { drawn: drawn / total, inked: inked / total };
    },
    { data: png.toString("base64"), ink },
  );
}

// Pictures are drawn, encoded and decoded at 2× (a 16:9 one is 3840×2160): slower than most.
test.describe.configure({ timeout: 60_000 });

const hasRsvg =
  spawnSync("rsvg-convert", ["--version"], { stdio: "ignore" }).status === 0;

test("the SVG is plain SVG with the chart's words as text, versions once", async ({
  page,
}) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}`);
  const title = norm(await page.locator(".chart-frame__title").textContent());
  const subtitle = norm(
    await page.locator(".chart-frame__subtitle").textContent(),
  );
  const source = norm(await page.locator(".chart-frame__source").textContent());
  const download = await exportFile(page, "svg");
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const svg = await downloadText(download);
  expect(svg).toMatch(
    /^<\?xml [^>]*\?>\s*<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/,
  );
  expect(svg).not.toMatch(/<foreignObject|<style|\sclass=|\sstyle=/);
  expect(svg).toMatch(/font-family="[^"]*sans-serif"/);
  const texts = svgTexts(svg);
  expect(texts).toContain(title);
  expect(texts).toContain(subtitle);
  // The source line may wrap: its lines joined are the source line on the page.
  expect(texts.join(" ")).toContain(source);
  expect(texts.some((t) => /^Exporterad \d{1,2} \S+ \d{4}$/.test(t))).toBe(
    true,
  );
  // The chart's own labels are SVG text too.
  expect(texts).toContain(BOTKYRKA.name);
  expect(texts.filter((t) => t.startsWith("Stockholm")).length).toBeGreaterThan(
    0,
  );
  // The dataset versions once, in the source line's notation.
  const whole = norm(svg);
  expect(whole.match(/stimulansmedel-2018 v1/g)).toHaveLength(1);
  expect(whole).not.toContain("@1");
});

// Each chart, its marks' colour and the share of the picture they cover at least.
for (const [name, query, ink, share] of [
  [
    "ranked bars",
    `?view=compare&kommuner=${BOTKYRKA.code}`,
    [90, 124, 163],
    0.01,
  ],
  ["scatter", `?view=needs&kommuner=${BOTKYRKA.code}`, [90, 124, 163], 0.0005],
  // Karta's county map: two SVG panels and an HTML legend (Botkyrka's is the darkest group).
  ["county map", `?view=map&kommuner=${BOTKYRKA.code}`, [61, 18, 115], 0.01],
  // The tile map is HTML on the page: its tiles become SVG shapes.
  [
    "tile map",
    `?view=map&layout=tiles&kommuner=${BOTKYRKA.code}`,
    [61, 18, 115],
    0.01,
  ],
] as const) {
  test(`rsvg-convert draws the exported SVG of the ${name}, not blank`, async ({
    page,
  }) => {
    test.skip(
      !process.env.CI && !hasRsvg,
      "rsvg-convert is not installed here (Debian's librsvg2-bin; CI installs it)",
    );
    await page.goto(`./${query}`);
    await expect(page.locator(".chart-frame__body").first()).toBeVisible();
    await expect(
      page.locator(".chart-frame__body :is(svg, .tile-map)").first(),
    ).toBeVisible();
    const title = norm(
      await page.locator(".chart-frame__title").first().textContent(),
    );
    const download = await exportFile(page, "svg");
    const svgPath = await download.path();
    const svg = await readFile(svgPath, "utf8");
    expect(svgTexts(svg)).toContain(title);
    const dir = await mkdtemp(join(tmpdir(), "rsvg-"));
    const pngPath = join(dir, "chart.png");
    const run = spawnSync("rsvg-convert", [svgPath, "-o", pngPath], {
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const png = await readFile(pngPath);
    const size = pngSize(png);
    expect(size.width).toBe(
      Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]),
    );
    const { drawn, inked } = await inkIn(page, png, ink);
    // Not blank: text, axes and marks cover a good part of the picture…
    expect(drawn).toBeGreaterThan(0.03);
    // …and the chart's own marks are there, in their colour.
    expect(inked).toBeGreaterThan(share);
  });
}

test("the PNG is the SVG at twice its size; the 16:9 PNG is a 1920×1080 slide at 2×", async ({
  page,
}) => {
  await openCompare(page, `?kommuner=${BOTKYRKA.code}`);
  const svg = await downloadText(await exportFile(page, "svg"));
  const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg)?.[1]);
  const height = Number(/<svg[^>]* height="([\d.]+)"/.exec(svg)?.[1]);
  const png = await exportFile(page, "png");
  expect(png.suggestedFilename()).toMatch(/\d\.png$/);
  const bytes = await readFile(await png.path());
  expect(pngSize(bytes)).toEqual({ width: 2 * width, height: 2 * height });
  expect((await inkIn(page, bytes, [90, 124, 163])).inked).toBeGreaterThan(
    0.002,
  );

  const slide = await exportFile(page, "png-slide");
  expect(slide.suggestedFilename()).toMatch(/\.16x9\.png$/);
  const slideBytes = await readFile(await slide.path());
  expect(pngSize(slideBytes)).toEqual({ width: 3840, height: 2160 });
  const ink = await inkIn(page, slideBytes, [90, 124, 163]);
  expect(ink.drawn).toBeGreaterThan(0.03);
  expect(ink.inked).toBeGreaterThan(0.002);
});
