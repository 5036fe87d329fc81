/**
 * SVG and PNG of a chart. Both are the same picture (svg/sheet.ts): the chart as drawn on the page,
 * redrawn as plain SVG shapes and text (svg/snapshot.ts: no foreignObject, no stylesheet), with
 * its title, subtitle, summary, source line with dataset versions, and the export date. The SVG
 * opens the same outside a browser (librsvg, office programs, Inkscape); the PNG is that SVG drawn
 * on a canvas at twice its size, as the chart is (layout "chart") or as a 16:9 slide ("slide").
 * Loaded on demand, on the first export.
 */
import { sheetSvg, type SheetLayout, type SheetText } from "./svg/sheet";
import { snapshot } from "./svg/snapshot";

export type { SheetLayout, SheetText };

/** The PNG is drawn at this many pixels per SVG pixel: sharp on a projector. */
const PIXEL_RATIO = 2;

/** The chart as an SVG document. */
export function chartSvg(
  body: HTMLElement,
  text: SheetText,
  layout: SheetLayout = "chart",
): { svg: string; width: number; height: number } {
  return sheetSvg(snapshot(body, { notes: layout === "chart" }), text, layout);
}

/** The chart as a PNG: the SVG drawn at twice its size on a white canvas. */
export async function chartPng(
  body: HTMLElement,
  text: SheetText,
  layout: SheetLayout,
): Promise<Blob> {
  const { svg, width, height } = chartSvg(body, text, layout);
  const image = new Image();
  // A data: URL (the app's Content-Security-Policy allows data: images); no fonts to load.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(width * PIXEL_RATIO);
  canvas.height = Math.round(height * PIXEL_RATIO);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error("canvas gave no image"));
    }, "image/png");
  });
}
