/**
 * The numbered references of Kommunprofil ("Källor", folded) and the Kommunrapport (at the end):
 * every publication the shown figures come from, once, numbered in the order the page first cites
 * it. Sources that are sections of one publication (the Nulägesanalys' chapters) share its number
 * and list their sections; a figure cites "[n]" plus its own place (table, row), never an internal
 * locator.
 */
import { publicLocator } from "@/data/citation";
import type { DatasetMeta } from "@/data/load-dataset";
import type { Source } from "@/data/schemas/manifest";
import type { Observation } from "@/domain/observations";

import type { ProfileModel } from "./profile-model";

export interface Reference {
  readonly number: number;
  /** The publication (the first of its sources): title, publisher, year, producer, URL. */
  readonly source: Source;
  /** The sections cited, in order, each once. */
  readonly sections: readonly string[];
}

export interface References {
  readonly list: readonly Reference[];
  /** "[3]" or "[3] Tabell 2, rad 4": the figure's reference and its place in the source. */
  readonly cite: (o: Pick<Observation, "sourceId" | "locator">) => string;
}

/** One publication: title, publisher, year, producer and URL. */
const publication = (s: Source): string =>
  [s.title, s.publisher, s.year, s.producer ?? "", s.url ?? ""].join("\u0000");

/** References for the given source ids (in citing order), looked up in the datasets' sources. */
export function collectReferences(
  datasets: readonly DatasetMeta[],
  sourceIds: readonly string[],
): References {
  const sources = new Map(
    datasets.flatMap((d) => d.entry.sources.map((s) => [s.id, s] as const)),
  );
  const byPublication = new Map<string, Reference & { sections: string[] }>();
  const numberOf = new Map<string, number>();
  for (const id of sourceIds) {
    const source = sources.get(id);
    if (!source || numberOf.has(id)) continue;
    const key = publication(source);
    let ref = byPublication.get(key);
    if (!ref) {
      ref = { number: byPublication.size + 1, source, sections: [] };
      byPublication.set(key, ref);
    }
    if (!ref.sections.includes(source.section))
      ref.sections.push(source.section);
    numberOf.set(id, ref.number);
  }
  return {
    list: [...byPublication.values()],
    cite: (o) => {
      const n = numberOf.get(o.sourceId);
      const place = publicLocator(o.locator);
      const mark = n === undefined ? "" : `[${String(n)}]`;
      return [mark, place].filter((p) => p !== "").join(" ");
    },
  };
}

/** Every source id the profile shows, in the order it shows them. */
function profileSourceIds(model: ProfileModel): string[] {
  const { facts, series } = model;
  const observations: (Observation | null)[] = [
    facts.population?.observation ?? null,
    facts.koladaPopulation?.observation ?? null,
    facts.funds?.observation ?? null,
    ...series.groups.flatMap((g) =>
      g.rows.flatMap((r) => [r.observation, r.countyObservation]),
    ),
    ...series.gaps.map((g) => g.observation),
    ...series.statements.map((s) => s.observation),
  ];
  return observations.flatMap((o) => (o ? [o.sourceId] : []));
}

/** The profile's references. */
export function profileReferences(model: ProfileModel): References {
  return collectReferences(model.datasets, profileSourceIds(model));
}
