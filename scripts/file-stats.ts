/**
 * Prints the line counts of the source files: count, median, 90th percentile and maximum for
 * src/ (.ts, .tsx) and scripts/ (.ts), and the files over 200 lines. Issue 12's targets for
 * source files: median ≤ 80, p90 ≤ 200, none over 400. Usage: npm run stats
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

import {
  countLines,
  type FileLines,
  lineStats,
  longFiles,
} from "./lib/line-stats.ts";

/** One decimal at most: 288.7, 100. */
const fmt = (n: number): string => String(Math.round(n * 10) / 10);

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LONG = 200;

/** Every file below dir whose name ends with one of the extensions. */
function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path, extensions);
    return extensions.some((ext) => entry.name.endsWith(ext)) ? [path] : [];
  });
}

function measure(dir: string, extensions: readonly string[]): FileLines[] {
  return filesUnder(join(ROOT, dir), extensions).map((path) => ({
    path: relative(ROOT, path),
    lines: countLines(readFileSync(path, "utf8")),
  }));
}

function summary(name: string, files: readonly FileLines[]): void {
  const { count, median, p90, max } = lineStats(files);
  console.log(
    `${name}: ${count} files, median ${fmt(median)}, p90 ${fmt(p90)}, max ${max}`,
  );
}

function report(name: string, files: readonly FileLines[]): void {
  summary(name, files);
  for (const f of longFiles(files, LONG)) {
    console.log(`  ${String(f.lines).padStart(5)} ${f.path}`);
  }
}

const src = measure("src", [".ts", ".tsx"]);
const scripts = measure("scripts", [".ts"]);
report("src", src);
report("scripts", scripts);
summary("src + scripts", [...src, ...scripts]);
