/**
 * A per-inhabitant figure without its population is a visible state with a reason, never an
 * empty chart: the real data, with the 2017 population removed from `befolkning` (and the
 * manifest's checksum updated, as a new publication would).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";

import { sha256Hex } from "@/data/checksum";
import type { Manifest } from "@/data/schemas/manifest";

import { renderApp } from "../render";
import { PUBLIC_DATA, serveData } from "../setup";

const FILE = "befolkning.v1.csv";
const MESSAGE =
  "Uppgift per invånare kan inte beräknas: folkmängden 2017 saknas i datasetet befolkning.";

function withoutPopulation2017(): void {
  const csv = readFileSync(resolve(PUBLIC_DATA, FILE), "utf8")
    .split("\n")
    .filter((line) => !line.includes(",folkmangd,,2017,"))
    .join("\n");
  const bytes = new TextEncoder().encode(csv);
  const manifest = JSON.parse(
    readFileSync(resolve(PUBLIC_DATA, "manifest.json"), "utf8"),
  ) as Manifest;
  const edited = {
    ...manifest,
    datasets: manifest.datasets.map((d) => ({
      ...d,
      versions: d.versions.map((v) =>
        v.file === FILE
          ? { ...v, sha256: sha256Hex(bytes), bytes: bytes.byteLength }
          : v,
      ),
    })),
  };
  serveData({
    [FILE]: () => new Response(bytes),
    "manifest.json": () => Response.json(edited),
  });
}

const rankingRows = (): number =>
  document.querySelectorAll(".ranking-chart__row").length;

describe("per inhabitant without the population", () => {
  beforeEach(withoutPopulation2017);

  it("Jämför kommuner says why instead of drawing an empty chart", async () => {
    renderApp("?view=compare&mode=per-capita");
    expect(await screen.findByText(MESSAGE)).toBeInTheDocument();
    expect(rankingRows()).toBe(0);
    // The controls stay, so the user can switch back to kr.
    expect(
      screen.getByRole("combobox", { name: "Indikator" }),
    ).toBeInTheDocument();
  });

  it("Jämför kommuner opens per inhabitant, so it says why there too", async () => {
    renderApp("?view=compare");
    expect(await screen.findByText(MESSAGE)).toBeInTheDocument();
    expect(rankingRows()).toBe(0);
  });

  it("Jämför kommuner still draws the funds in kr", async () => {
    renderApp("?view=compare&mode=absolute");
    await waitFor(() => {
      expect(rankingRows()).toBe(26);
    });
    expect(screen.queryByText(MESSAGE)).not.toBeInTheDocument();
  });

  it("Finansiering says why in both stimulus sections", async () => {
    renderApp("?view=funding");
    await waitFor(
      () => {
        expect(screen.getAllByText(MESSAGE)).toHaveLength(2);
      },
      { timeout: 10_000 },
    );
  });
});
