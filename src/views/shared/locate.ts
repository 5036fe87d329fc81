/** Where in its source an observation stands: its own locator, else its source's citation. */
import { citeSource } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";

export function sourceLocator(
  datasets: readonly DatasetMeta[],
): (o: { readonly sourceId: string; readonly locator: string }) => string {
  const sources = new Map(
    datasets.flatMap((d) => d.entry.sources.map((s) => [s.id, s])),
  );
  return (o) => {
    if (o.locator !== "") return o.locator;
    const source = sources.get(o.sourceId);
    return source ? citeSource(source) : o.sourceId;
  };
}
