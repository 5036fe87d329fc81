/**
 * PNG and SVG of a chart, made with html-to-image from a copy of what is on screen. The copy is
 * an "export sheet": the chart's title, subtitle (unit, period), summary, the chart itself, the
 * source line and a line with the dataset ids@versions and the date, so every image says what it
 * shows and where it comes from even when it is cut out of its page. Interactive parts (buttons
 * around the chart, "Om uppgifterna") are left out. Loaded on demand: html-to-image is not part
 * of the app shell.
 *
 * Why html-to-image and not our own SVG serialiser: some charts are HTML (the tile map, legends),
 * others recharts or hand-drawn SVG; html-to-image copies the computed styles of all of them
 * into one SVG (foreignObject) that a canvas can draw at 2×. It needs no inline script and no
 * eval, only `img-src data:` (the SVG is drawn through an <img>); fonts are the system's, so
 * font embedding is skipped and nothing is fetched.
 */
import { stripBidi } from "@/domain/bidi";
import { toBlob, toSvg } from "html-to-image";

export interface SheetText {
  readonly title: string;
  readonly subtitle: string;
  readonly summary?: string | undefined;
  readonly sourceLine: string;
  /** "Dataset stimulansmedel-2018@1 · Exporterad 23 nov 2026". */
  readonly meta: string;
}

const SHEET_CLASS = "chart-export-sheet";

function paragraph(className: string, text: string): HTMLElement {
  const p = document.createElement("p");
  p.className = className;
  p.textContent = stripBidi(text);
  return p;
}

/**
 * Builds the sheet next to the chart (so the page's stylesheet applies to it), outside the
 * viewport and hidden from assistive technology while it exists.
 */
function buildSheet(body: HTMLElement, text: SheetText): HTMLElement {
  const sheet = document.createElement("div");
  sheet.className = SHEET_CLASS;
  sheet.setAttribute("aria-hidden", "true");
  sheet.inert = true;
  sheet.style.width = `${String(Math.ceil(body.getBoundingClientRect().width) + 48)}px`;
  const title = document.createElement("h2");
  title.className = "chart-frame__title";
  title.textContent = stripBidi(text.title);
  sheet.append(title, paragraph("chart-frame__subtitle", text.subtitle));
  if (text.summary !== undefined && text.summary !== "")
    sheet.append(paragraph("chart-frame__summary", text.summary));
  const chart = body.cloneNode(true) as HTMLElement;
  chart.removeAttribute("id");
  // Labels from local data may carry bidi controls: the image shows them without.
  const walker = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const clean = stripBidi(node.data);
    if (clean !== node.data) node.data = clean;
  }
  for (const el of chart.querySelectorAll("[id]")) {
    // Keep ids that SVG references (patterns, clip paths); drop others so nothing duplicates a label.
    if (!el.closest("svg")) el.removeAttribute("id");
  }
  sheet.append(
    chart,
    paragraph("chart-frame__source", text.sourceLine),
    paragraph("chart-export-sheet__meta", text.meta),
  );
  document.body.append(sheet);
  return sheet;
}

/** Where the sheet is drawn: the copy in the image sits at the origin, not off-screen. */
const AT_ORIGIN = { position: "static", left: "0", top: "0", margin: "0" };

async function withSheet<T>(
  body: HTMLElement,
  text: SheetText,
  render: (sheet: HTMLElement) => Promise<T>,
): Promise<T> {
  const sheet = buildSheet(body, text);
  try {
    return await render(sheet);
  } finally {
    sheet.remove();
  }
}

/** The chart as a PNG at twice its on-screen size (for slides). */
export async function chartPng(
  body: HTMLElement,
  text: SheetText,
): Promise<Blob> {
  return withSheet(body, text, async (sheet) => {
    const blob = await toBlob(sheet, {
      pixelRatio: 2,
      backgroundColor: "#ffffff",
      skipFonts: true,
      style: AT_ORIGIN,
    });
    if (!blob) throw new Error("canvas gave no image");
    return blob;
  });
}

/** The chart as an SVG document. */
export async function chartSvg(
  body: HTMLElement,
  text: SheetText,
): Promise<Blob> {
  return withSheet(body, text, async (sheet) => {
    const url = await toSvg(sheet, {
      backgroundColor: "#ffffff",
      skipFonts: true,
      style: AT_ORIGIN,
    });
    const svg = decodeURIComponent(url.slice(url.indexOf(",") + 1));
    return new Blob([svg], { type: "image/svg+xml;charset=utf-8" });
  });
}
