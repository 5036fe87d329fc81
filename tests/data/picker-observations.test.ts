/**
 * "An indicator with no observations in the bundled data is never offered in a picker": every
 * indicator the pickers of Jämför kommuner, Karta and Behov och resurser offer (by catalogue role)
 * has kommun values (or the span the source gives per kommun) in the latest version of its dataset, and Trender offers only indicators with
 * at least two periods. The bundled catalogue and datasets, through the app's own loader.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { beforeAll, describe, expect, it } from "vitest";

import {
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "@/data/load-dataset";
import type { ReadFile } from "@/data/read-file";
import type { Observation } from "@/domain/observations";
import type { Indicator } from "@/domain/indicators";
import {
  comparableIndicators,
  needIndicators,
  resourceIndicators,
} from "@/domain/indicator-roles";
import { trendIndicators } from "@/views/trends/resolve-trends";

import { PUBLIC_DATA } from "../setup";

const read: ReadFile = (file) =>
  Promise.resolve(new Uint8Array(readFileSync(resolve(PUBLIC_DATA, file))));

let catalogue: readonly Indicator[];
const rows = new Map<string, Observation[]>();

beforeAll(async () => {
  const manifest = await loadManifest(read);
  catalogue = (
    await loadIndicators(read, resolveVersion(manifest, "indikatorer"))
  ).indicators;
  for (const entry of manifest.datasets) {
    // The pickers read the county's datasets; the national ones only add context.
    if (entry.kind !== "observations" || entry.coverage === "sweden") continue;
    const d = await loadObservations(read, resolveVersion(manifest, entry.id));
    for (const o of d.observations) {
      rows.set(o.indicator, [...(rows.get(o.indicator) ?? []), o]);
    }
  }
});

/** A kommun's value, or the span the source gives for it (range-only: shown as a range). */
const kommunRows = (i: Indicator) =>
  (rows.get(i.id) ?? []).filter(
    (o) => /^01\d\d$/.test(o.area) && (o.value !== null || o.low !== null),
  );

describe("the indicator pickers", () => {
  it("offer in Jämför kommuner, Karta and Behov och resurser only indicators with kommun values", () => {
    const offered = [
      ...comparableIndicators(catalogue),
      ...needIndicators(catalogue),
      ...resourceIndicators(catalogue),
    ];
    expect(offered.length).toBeGreaterThan(20);
    for (const i of offered) {
      expect(kommunRows(i).length, i.id).toBeGreaterThan(0);
    }
  });

  it("offer in Trender only indicators with values in at least two periods", () => {
    const counts = Object.fromEntries(
      catalogue.map((i) => [
        i.id,
        new Set((rows.get(i.id) ?? []).map((o) => o.period)).size,
      ]),
    );
    const offered = trendIndicators(catalogue, counts);
    expect(offered.length).toBeGreaterThan(10);
    for (const i of offered) {
      expect(rows.get(i.id)?.length ?? 0, i.id).toBeGreaterThan(1);
    }
  });
});
