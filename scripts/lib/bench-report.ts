/** The benchmark's printed report: medians, ratios app/floor and the targets in bench/README.md. */
import type { LoadResult } from "./bench-load";

/** Targets from ../shared/bench/README.md. */
const TARGETS = {
  shellMaxBytes: 110_000,
  chartBytesMaxRatio: 1.0,
  chartTimeMaxRatio: 1.0,
} as const;

export interface Summary {
  readonly shellBytes: number;
  readonly chartBytes: number;
  readonly chartMs: number;
  readonly dclMs: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? Number.NaN;
  const lower = sorted[mid - 1] ?? upper;
  return sorted.length % 2 === 1 ? upper : (lower + upper) / 2;
}

export function summarise(loads: readonly LoadResult[]): Summary {
  return {
    shellBytes: median(loads.map((l) => l.shellBytes)),
    chartBytes: median(loads.map((l) => l.chartBytes)),
    chartMs: median(loads.map((l) => l.chartMs)),
    dclMs: median(loads.map((l) => l.dclMs)),
  };
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;
const ms = (time: number): string => `${Math.round(time)} ms`;
const ratio = (a: number, b: number): string => (a / b).toFixed(2);
const verdict = (ok: boolean): string => (ok ? "PASS" : "FAIL");

/** One line per load, printed while the benchmark runs. */
export function loadLine(name: string, run: number, load: LoadResult): string {
  const cells = [
    `shell ${kb(load.shellBytes)}`,
    `to chart ${kb(load.chartBytes)}`,
    `chart ${ms(load.chartMs)}`,
  ];
  return `  ${name.padEnd(5)} #${run}  ${cells.join("  ")}  (DCL ${ms(load.dclMs)})`;
}

export function reportTable(app: Summary, floor: Summary): string {
  const rows = [
    ["", "app", "floor", "app/floor", "target", "result"],
    [
      "Shell JS (by DOMContentLoaded)",
      kb(app.shellBytes),
      kb(floor.shellBytes),
      ratio(app.shellBytes, floor.shellBytes),
      `≤ ${kb(TARGETS.shellMaxBytes)}`,
      verdict(app.shellBytes <= TARGETS.shellMaxBytes),
    ],
    [
      "JS until first chart",
      kb(app.chartBytes),
      kb(floor.chartBytes),
      ratio(app.chartBytes, floor.chartBytes),
      `≤ ${TARGETS.chartBytesMaxRatio} × floor`,
      verdict(app.chartBytes <= TARGETS.chartBytesMaxRatio * floor.chartBytes),
    ],
    [
      "Time to first chart",
      ms(app.chartMs),
      ms(floor.chartMs),
      ratio(app.chartMs, floor.chartMs),
      `≤ ${TARGETS.chartTimeMaxRatio} × floor`,
      verdict(app.chartMs <= TARGETS.chartTimeMaxRatio * floor.chartMs),
    ],
    [
      "(DOMContentLoaded, for reference)",
      ms(app.dclMs),
      ms(floor.dclMs),
      ratio(app.dclMs, floor.dclMs),
      "",
      "",
    ],
  ];
  return formatColumns(rows);
}

/** Left-aligns the first column and right-aligns the others. */
function formatColumns(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, col) =>
      Math.max(...rows.map((row) => (row[col] ?? "").length)),
    ) ?? [];
  const line = (row: readonly string[]): string =>
    row
      .map((cell, col) =>
        col === 0
          ? cell.padEnd(widths[col] ?? 0)
          : cell.padStart(widths[col] ?? 0),
      )
      .join("   ")
      .trimEnd();
  const [head, ...body] = rows;
  const rule = "-".repeat(widths.reduce((sum, w) => sum + w + 3, -3));
  return [line(head ?? []), rule, ...body.map(line)].join("\n");
}
