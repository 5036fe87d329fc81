/**
 * No animation that delays reading, and none at all under prefers-reduced-motion: every recharts
 * element that animates by default is drawn with isAnimationActive={false}, and the stylesheet
 * turns off CSS animations and transitions for users who ask for reduced motion.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../../src");
const ANIMATED = ["Line", "Bar", "Scatter", "Area", "Pie", "Tooltip", "Radar"];

/** The opening tag starting at `start`, up to its ">" outside any {…} (attributes may hold JSX). */
function openingTag(text: string, start: number): string {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (c === ">" && depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".tsx") ? [path] : [];
  });
}

describe("motion", () => {
  const files = sources(SRC).filter((f) =>
    readFileSync(f, "utf8").includes('from "recharts"'),
  );

  it("finds the recharts charts", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files.map((f) => [f.slice(SRC.length + 1), f]))(
    "%s animates nothing",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      for (const tag of ANIMATED) {
        for (const match of text.matchAll(new RegExp(`<${tag}\\b`, "g")))
          expect(
            openingTag(text, match.index),
            `<${tag}> in ${file}`,
          ).toContain("isAnimationActive={false}");
      }
    },
  );

  it("the stylesheet stops CSS animations and transitions on request", () => {
    const css = readFileSync(resolve(SRC, "app/styles.css"), "utf8");
    expect(css).toMatch(
      /@media \(prefers-reduced-motion: reduce\)\s*\{[^}]*animation: none !important;[^}]*transition: none !important;/,
    );
  });
});
