/**
 * Natural breaks: values in `k` groups of similar values, so that the spread inside the groups
 * (the sum of squared distances to each group's mean) is as small as it can be (Jenks' natural
 * breaks, solved exactly by dynamic programming as in Wang & Song's Ckmeans.1d.dp). Equal values
 * always share a group. A few kommuner far from the rest get a group of their own, where
 * quantiles would put them with the next ones. Pure.
 */

/**
 * For each distinct value, in ascending order, its group (0 = lowest). `k` is capped at the
 * number of distinct values.
 */
export function naturalBreaks(
  values: readonly number[],
  k: number,
): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const xs = [...counts.keys()].sort((a, b) => a - b);
  const n = xs.length;
  const groups = Math.max(0, Math.min(k, n));
  if (groups === 0) return new Map();
  // Prefix sums of weight, weight·x and weight·x² give any run's squared deviation in O(1).
  const w = [0];
  const s = [0];
  const q = [0];
  xs.forEach((x, i) => {
    const c = counts.get(x) ?? 0;
    w.push((w[i] ?? 0) + c);
    s.push((s[i] ?? 0) + c * x);
    q.push((q[i] ?? 0) + c * x * x);
  });
  /** Squared deviation of the distinct values i..j (inclusive) from their weighted mean. */
  const ssd = (i: number, j: number): number => {
    const wt = (w[j + 1] ?? 0) - (w[i] ?? 0);
    const sum = (s[j + 1] ?? 0) - (s[i] ?? 0);
    return (q[j + 1] ?? 0) - (q[i] ?? 0) - (sum * sum) / wt;
  };
  // cost[g][j]: best cost of values 0..j in g+1 groups; start[g][j]: where its last group starts.
  const cost = [xs.map((_, j) => ssd(0, j))];
  const start = [xs.map(() => 0)];
  for (let g = 1; g < groups; g++) {
    const row: number[] = [];
    const from: number[] = [];
    for (let j = 0; j < n; j++) {
      let best = Infinity;
      let at = j;
      for (let i = Math.max(g, 1); i <= j; i++) {
        const c = (cost[g - 1]?.[i - 1] ?? Infinity) + ssd(i, j);
        if (c < best) [best, at] = [c, i];
      }
      row.push(best);
      from.push(at);
    }
    cost.push(row);
    start.push(from);
  }
  const group = new Map<number, number>();
  let end = n - 1;
  for (let g = groups - 1; g >= 0; g--) {
    const first = start[g]?.[end] ?? 0;
    for (let i = first; i <= end; i++) group.set(xs[i] ?? 0, g);
    end = first - 1;
  }
  return group;
}
