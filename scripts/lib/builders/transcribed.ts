/** Datasets transcribed by hand into data-src/transcribed (a .csv plus its .meta.json). */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { resolve } from "node:path";

import type { Source } from "../../../src/data/schemas/manifest";
import type { Indicator } from "../../../src/domain/indicators";
import type { LocalText } from "../../../src/domain/local-text";

import { entriesOf } from "../catalogue-source";
import { DATA_SRC } from "../paths";

import {
  type Built,
  readCsv,
  type Row,
  row,
  toCsv,
  trailingFields,
} from "./common";
import { shortTitleOf } from "./source-titles";

interface TranscribedMeta {
  datasetId: string;
  title: LocalText;
  description: LocalText;
  sources: (Source & { seed?: string })[];
  breakdowns?: Record<string, { sv: string; en: string; group?: string }>;
  licence?: string;
  missingReason?: LocalText;
}

export function buildTranscribed(): Built[] {
  const dir = resolve(DATA_SRC, "transcribed");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".meta.json"))
    .sort()
    .map((metaFile) => {
      const meta = JSON.parse(
        readFileSync(resolve(dir, metaFile), "utf8"),
      ) as TranscribedMeta;
      const csv = readCsv(
        resolve(dir, metaFile.replace(".meta.json", ".csv")),
      ) as Row[];
      const csvRows = csv.map((r) => row(r));
      const indicators = entriesOf(meta.datasetId).map((e) =>
        transcribedIndicator(e, csvRows, meta),
      );
      return {
        entry: {
          id: meta.datasetId,
          kind: "observations" as const,
          title: meta.title,
          description: meta.description,
          licence:
            meta.licence ??
            "Offentligt dokument; siffrorna återges med källhänvisning",
          sources: meta.sources.map(transcribedSource),
          missingReason: meta.missingReason ?? {
            sv: "Källan nämner inte kommunen.",
            en: "The source does not name the kommun.",
          },
        },
        format: "csv" as const,
        content: toCsv(csvRows),
        indicators,
      };
    });
}

/** One catalogue entry of the dataset as an indicator, its breakdowns and scope from its rows. */
function transcribedIndicator(
  e: ReturnType<typeof entriesOf>[number],
  csvRows: readonly Row[],
  meta: TranscribedMeta,
): Indicator {
  const {
    dataset,
    breaks,
    periodLabels,
    unstatedPeriods,
    counterpart,
    perCapita,
    ...ind
  } = e;
  checkUnstated(ind.id, unstatedPeriods, csvRows);
  const own = csvRows.filter((r) => r.indicator_id === ind.id);
  const keys = new Set(own.map((r) => r.breakdown).filter((k) => k !== ""));
  const breakdowns = Object.fromEntries(
    Object.entries(meta.breakdowns ?? {}).filter(([key]) => keys.has(key)),
  );
  return {
    ...ind,
    sourceIds: ind.sourceIds ?? [],
    datasetId: dataset,
    scope: own.some((r) => r.area_code.length === 4) ? "kommun" : "county",
    perCapita: perCapita ?? null,
    breakdowns,
    koladaId: null,
    ...trailingFields({
      breaks,
      periodLabels,
      unstatedPeriods,
      counterpart,
    }),
  };
}

/** A source of the meta file: a short title where the title gives one, the seed file in its note. */
function transcribedSource({
  seed,
  ...source
}: TranscribedMeta["sources"][number]): Source {
  return {
    ...source,
    ...(source.shortTitle === undefined && shortTitleOf(source.title)
      ? { shortTitle: shortTitleOf(source.title) }
      : {}),
    ...(seed
      ? {
          note: [source.note, `Seed-fil ${seed}.`].filter(Boolean).join(" "),
        }
      : {}),
  };
}

/**
 * An unstated period names a period the indicator has rows for, and the areas it is stated for
 * have rows in it: otherwise the catalogue would say something about figures that are not there.
 */
function checkUnstated(
  id: string,
  unstated: Indicator["unstatedPeriods"],
  rows: readonly Row[],
): void {
  for (const [period, u] of Object.entries(unstated ?? {})) {
    const own = rows.filter(
      (r) => r.indicator_id === id && r.period === period,
    );
    const areas = new Set(own.map((r) => r.area_code));
    if (own.length === 0 || (u.statedFor ?? []).some((a) => !areas.has(a))) {
      throw new Error(
        `${id}: unstatedPeriods ${period} names a period or area without rows.`,
      );
    }
  }
}
