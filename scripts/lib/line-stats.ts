/** Line-count statistics for `npm run stats` (issue 12's file-size targets). */

export interface FileLines {
  path: string;
  lines: number;
}

export interface LineStats {
  count: number;
  median: number;
  p90: number;
  max: number;
}

/** Lines as `wc -l` counts them, plus a last line that has no newline. */
export function countLines(text: string): number {
  const newlines = text.split("\n").length - 1;
  return text.length > 0 && !text.endsWith("\n") ? newlines + 1 : newlines;
}

/** Percentile p (0..100) of ascending values, interpolated between the two nearest ranks. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const position = (p / 100) * (sorted.length - 1);
  const low = Math.floor(position);
  const lower = sorted[low] ?? 0;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - low);
}

/** Count, median, 90th percentile and maximum of the files' line counts. */
export function lineStats(files: readonly FileLines[]): LineStats {
  const sorted = files.map((f) => f.lines).sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    max: sorted.at(-1) ?? 0,
  };
}

/** The files longer than `limit` lines, longest first. */
export function longFiles(
  files: readonly FileLines[],
  limit: number,
): FileLines[] {
  return files
    .filter((f) => f.lines > limit)
    .sort((a, b) => b.lines - a.lines || a.path.localeCompare(b.path));
}
