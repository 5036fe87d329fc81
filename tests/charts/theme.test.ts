/**
 * Every colour the charts use: text ≥ 4.5:1 and graphical objects ≥ 3:1 (WCAG 1.4.3, 1.4.11),
 * and colours that must be told apart stay apart with protanopia, deuteranopia and tritanopia.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import {
  DIVERGING_COLORS,
  SEQUENTIAL_COLORS,
  textColorOn,
} from "@/charts/series/map-colors";
import { COLORS, PART_COLORS } from "@/charts/theme";

/** WCAG 2.1 relative luminance and contrast ratio. */
const linear = (hex: string): [number, number, number] => {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return [r, g, b];
};
const luminance = (hex: string): number => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
};

/** Colour-vision deficiency, full severity (Machado, Oliveira & Fernandes 2009), in linear RGB. */
const CVD: Record<string, readonly (readonly number[])[]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** CIE L*a*b* of a linear-RGB colour (D65). */
function lab([r, g, b]: readonly number[]): [number, number, number] {
  const clamp = (v: number | undefined) => Math.min(1, Math.max(0, v ?? 0));
  const [R, G, B] = [clamp(r), clamp(g), clamp(b)];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.95047;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference between two colours as seen with a deficiency (or normal vision). */
function deltaE(a: string, b: string, vision: string | null): number {
  const see = (hex: string): number[] => {
    const rgb = linear(hex);
    const m = vision ? CVD[vision] : null;
    return m
      ? m.map((row) => row.reduce((s, k, i) => s + k * (rgb[i] ?? 0), 0))
      : rgb;
  };
  const [l1, a1, b1] = lab(see(a));
  const [l2, a2, b2] = lab(see(b));
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

const CSS = readFileSync(
  resolve(import.meta.dirname, "../../src/app/styles.css"),
  "utf8",
);
const cssVar = (name: string): string => {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(CSS);
  if (!match?.[1]) throw new Error(`--${name} not found in styles.css`);
  return match[1];
};

describe("chart colours", () => {
  it.each([
    ["axis labels and values", COLORS.axisText],
    ["highlighted kommun (labels)", COLORS.highlight],
    ["county reference label", COLORS.county],
    ["Sweden reference label", COLORS.sweden],
    ["“uppgift saknas”", COLORS.missingText],
    ["muted text (--ink-muted)", cssVar("ink-muted")],
    ["links and toggles (--accent)", cssVar("accent")],
    ["body text (--ink)", cssVar("ink")],
  ])("%s: text has at least 4.5:1 on white", (_name, color) => {
    expect(contrast(color, COLORS.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ["bars and dots", COLORS.bar],
    ["highlighted bars, dots and lines", COLORS.highlight],
    ["county line, tick and ring", COLORS.county],
    ["Sweden line, dumbbell connector", COLORS.sweden],
    ["focus marks", COLORS.focus],
    ["focus marks (--focus)", cssVar("focus")],
    ...PART_COLORS.map((c, i) => [`stacked part ${String(i + 1)}`, c]),
  ])("%s: graphical objects have at least 3:1 on white", (_name, color) => {
    expect(contrast(color, COLORS.background)).toBeGreaterThanOrEqual(3);
  });

  it("the focus colour in the theme is the CSS focus colour", () => {
    expect(COLORS.focus).toBe(cssVar("focus"));
  });

  it.each(PART_COLORS)("white value labels on part %s have 4.5:1", (fill) => {
    expect(contrast("#ffffff", fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([...SEQUENTIAL_COLORS, ...Object.values(DIVERGING_COLORS)])(
    "tile %s: its text colour has 4.5:1",
    (fill) => {
      expect(contrast(textColorOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
    },
  );
});

describe("colours that must be told apart, with colour blindness too", () => {
  const VISIONS = [null, "protanopia", "deuteranopia", "tritanopia"];
  /** ΔE (CIE76) of about 20 is a clearly visible difference between two colours side by side. */
  const APART = 20;

  it.each(VISIONS)("highlight against the other bars (%s)", (vision) => {
    expect(deltaE(COLORS.highlight, COLORS.bar, vision)).toBeGreaterThan(APART);
  });

  it.each(VISIONS)("highlight against the county line (%s)", (vision) => {
    expect(deltaE(COLORS.highlight, COLORS.county, vision)).toBeGreaterThan(
      APART,
    );
  });

  it.each(VISIONS)("the stacked parts from each other (%s)", (vision) => {
    for (const [i, a] of PART_COLORS.entries())
      for (const b of PART_COLORS.slice(i + 1))
        expect(deltaE(a, b, vision), `${a} ${b}`).toBeGreaterThan(APART);
  });

  // Every tile also shows its value and the legend names each group, so neighbouring map colours
  // need only be visibly different (viridis is made for this), not as far apart as the above.
  it.each(VISIONS)("neighbouring map colours (%s)", (vision) => {
    const d = DIVERGING_COLORS;
    const diverging = [
      d.blueDark,
      d.blueLight,
      d.same,
      d.orangeLight,
      d.orangeDark,
    ];
    for (const scale of [SEQUENTIAL_COLORS, diverging])
      for (let i = 1; i < scale.length; i++) {
        const a = scale[i - 1] ?? "";
        const b = scale[i] ?? "";
        expect(deltaE(a, b, vision), `${a} ${b}`).toBeGreaterThan(15);
      }
  });

  it("would catch red against green for a deuteranope", () => {
    expect(deltaE("#d62728", "#2ca02c", null)).toBeGreaterThan(APART);
    expect(deltaE("#cc3311", "#558800", "deuteranopia")).toBeLessThan(APART);
  });
});
