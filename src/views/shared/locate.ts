/**
 * Where in its source an observation stands, as a reader sees it: the publication, table, page or
 * section — never an internal locator ("seed 003 rad 3159", "reference/kommun-facts.csv"), which
 * stays in the data for the tests. One module for every table, export and profile.
 */
import { citeSource, publicLocator } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import type { Source } from "@/data/schemas/manifest";
import type { Locale } from "@/domain/local-text";

interface Located {
  readonly sourceId: string;
  readonly locator: string;
}

function sourcesOf(datasets: readonly DatasetMeta[]): Map<string, Source> {
  return new Map(
    datasets.flatMap((d) => d.entry.sources.map((s) => [s.id, s])),
  );
}

/** The observation's own place in its source, else its source's citation (table columns). */
export function sourceLocator(
  datasets: readonly DatasetMeta[],
  locale: Locale = "sv",
): (o: Located) => string {
  const sources = sourcesOf(datasets);
  return (o) => {
    const place = publicLocator(o.locator);
    if (place !== "") return place;
    const source = sources.get(o.sourceId);
    return source ? citeSource(source, locale) : o.sourceId;
  };
}

/** The citation and the place in it: "Kolada (RKA), KPI N66077; SCB" or "… · Tabell 2, rad 4". */
export function citedLocator(
  datasets: readonly DatasetMeta[],
  locale: Locale = "sv",
): (o: Located) => string {
  const sources = sourcesOf(datasets);
  return (o) => {
    const source = sources.get(o.sourceId);
    const cited = source ? citeSource(source, locale) : o.sourceId;
    const place = publicLocator(o.locator);
    return place === "" ? cited : `${cited} · ${place}`;
  };
}
