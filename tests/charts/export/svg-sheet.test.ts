/**
 * The exported picture as SVG text (issue 15): the chart's words are SVG <text> (never HTML in a
 * foreignObject, never a <style> block), in a font stack ending in a generic family; the 16:9
 * layout is 1920×1080; text is escaped and freed of bidi controls; the markup is well-formed XML.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";

import { boxShapes, hatchPattern } from "@/charts/export/svg/html-boxes";
import { sheetSvg } from "@/charts/export/svg/sheet";
import { cloneSvg } from "@/charts/export/svg/svg-clone";
import {
  attributes,
  escapeText,
  FONT_STACK,
  num,
} from "@/charts/export/svg/svg-markup";

const CHART = {
  body: '<rect x="0" y="0" width="100" height="20" fill="#5a7ca3"/>',
  defs: "",
  width: 600,
  height: 300,
};

const TEXT = {
  title: "Stockholm fick 41,2 % <av> länets medel & mer",
  subtitle: "kr, 2018",
  summary: "Högst är Stockholm.",
  sourceLine:
    "Källa: Analys och handlingsplaner 2018, Bilaga 5 · Dataversion stimulansmedel-2018 v1",
  exported: "Exporterad 23 nov 2026",
};

// jsdom has no canvas: text is measured by the fallback (an average glyph width).
beforeAll(() => {
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
}

const texts = (doc: Document): string[] =>
  [...doc.getElementsByTagName("text")].map((t) => t.textContent);

describe("sheetSvg", () => {
  it("sets the words around the chart as SVG text, nothing a browser alone can draw", () => {
    const { svg, width, height } = sheetSvg(CHART, TEXT, "chart");
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute("font-family")).toBe(FONT_STACK);
    expect(FONT_STACK.endsWith("sans-serif")).toBe(true);
    expect(svg).not.toMatch(/<foreignObject|<style|\sclass=|\sstyle=/);
    const words = texts(doc).join(" ");
    for (const part of [TEXT.title, TEXT.subtitle, TEXT.summary, TEXT.exported])
      expect(words).toContain(part);
    expect(words).toContain("Dataversion stimulansmedel-2018 v1");
    expect(doc.getElementsByTagName("title")[0]?.textContent).toBe(TEXT.title);
    // The chart sits inside, at its own size: the picture is wider and taller.
    expect(svg).toContain(CHART.body);
    expect(width).toBe(600 + 48);
    expect(height).toBeGreaterThan(300);
    expect(root.getAttribute("viewBox")).toBe(
      `0 0 ${String(width)} ${String(height)}`,
    );
  });

  it("lays a 16:9 slide out at 1920×1080 without the summary, the chart scaled to the room", () => {
    const { svg, width, height } = sheetSvg(CHART, TEXT, "slide");
    expect([width, height]).toEqual([1920, 1080]);
    const doc = parse(svg);
    expect(texts(doc).join(" ")).not.toContain(TEXT.summary);
    const scale = /scale\(([\d.]+)\)">\s*<rect x="0" y="0" width="100"/.exec(
      svg,
    );
    expect(Number(scale?.[1])).toBeGreaterThan(1.5);
  });

  it("strips bidi controls from the words", () => {
    const { svg } = sheetSvg(
      CHART,
      { ...TEXT, title: "Egen \u202Edata" },
      "chart",
    );
    expect(svg).not.toContain("\u202E");
    expect(texts(parse(svg))).toContain("Egen data");
  });
});

describe("svg markup", () => {
  it("escapes text and attributes and writes short numbers", () => {
    expect(escapeText("a < b & c > d")).toBe("a &lt; b &amp; c &gt; d");
    expect(
      attributes({ x: 1.23456, y: -0.001, label: 'say "hi"', none: null }),
    ).toBe(' x="1.23" y="0" label="say &quot;hi&quot;"');
    expect(num(1015.4000000000001)).toBe("1015.4");
  });
});

describe("cloneSvg", () => {
  it("keeps geometry, leaves classes, ARIA, tooltips and focus marks out", () => {
    const holder = document.createElement("div");
    holder.innerHTML =
      '<svg><g class="row" role="img" aria-label="Botkyrka" tabindex="0" data-point="1"><title>Botkyrka: 3 174 063 kr</title><rect x="1" y="2" width="3" height="4" class="bar" style="fill: red"/><rect class="chart-focus" x="0" y="0" width="9" height="9"/><text x="5" y="6">Bot&lt;kyrka</text></g></svg>';
    const g = holder.querySelector("g");
    if (!g) throw new Error("no g");
    const out = cloneSvg(g, null);
    expect(out).toContain('<rect x="1" y="2" width="3" height="4"');
    expect(out).toContain("Bot&lt;kyrka</text>");
    expect(out).not.toMatch(
      /class=|role=|aria-|tabindex|data-|style=|<title|width="9"/,
    );
  });
});

describe("html boxes", () => {
  it("turns a striped background into a hatch in its two colours", () => {
    const hatch = hatchPattern(
      "repeating-linear-gradient(135deg, rgb(255, 255, 255) 0px, rgb(255, 255, 255) 5px, rgb(176, 176, 176) 5px, rgb(176, 176, 176) 7px)",
      "h1",
    );
    expect(hatch).toContain('id="h1"');
    expect(hatch).toContain('fill="rgb(255, 255, 255)"');
    expect(hatch).toContain('stroke="rgb(176, 176, 176)"');
    expect(hatchPattern("none", "h2")).toBeNull();
  });

  it("draws a left border as a bar, not a frame; an inset ring as a stroke inside the box", () => {
    const style = (props: Record<string, string>) =>
      ({
        backgroundColor: "rgb(255, 248, 236)",
        borderTopLeftRadius: "0px",
        boxShadow: "none",
        outlineWidth: "0px",
        outlineStyle: "none",
        outlineColor: "",
        outlineOffset: "0px",
        getPropertyValue: (name: string) => props[name] ?? "",
        ...props,
      }) as unknown as CSSStyleDeclaration;
    const box = { x: 10, y: 20, width: 200, height: 50 };
    const left = boxShapes(
      box,
      style({
        "border-left-width": "4px",
        "border-left-style": "solid",
        "border-left-color": "rgb(154, 91, 0)",
      }),
      null,
    );
    expect(left).toContain(
      '<rect x="10" y="20" width="200" height="50" fill="rgb(255, 248, 236)"/>',
    );
    expect(left).toContain(
      '<rect x="10" y="20" width="4" height="50" fill="rgb(154, 91, 0)"/>',
    );
    expect(left).not.toContain("stroke=");
    const ring = boxShapes(
      box,
      style({
        boxShadow:
          "rgb(179, 64, 0) 0px 0px 0px 5px inset, rgb(255, 255, 255) 0px 0px 0px 7px inset",
      }),
      null,
    );
    // The 5 px highlight ring lies on top of the 7 px white one.
    expect(
      ring.indexOf('stroke="rgb(255, 255, 255)" stroke-width="7"'),
    ).toBeLessThan(ring.indexOf('stroke="rgb(179, 64, 0)" stroke-width="5"'));
    expect(ring).toContain('x="12.5" y="22.5" width="195" height="45"');
  });
});
