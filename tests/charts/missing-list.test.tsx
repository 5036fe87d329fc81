/** The one list of kommuner without a value (Jämför kommuner, Karta, Behov och resurser). */
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { MissingList, missingReason, missingRows } from "@/charts/missing-list";
import { buildRankingSeries } from "@/charts/series/ranking-series";
import type { AreaCode } from "@/domain/areas";
import { fixedT } from "@/i18n/i18n";

import {
  TEST_KOMMUNER,
  testIndicator,
  testObservation,
} from "../fixtures/domain";

const sv = fixedT("sv");

/** Upplands Väsby 5, Botkyrka a range only, Stockholm suppressed with a note, Vaxholm no row. */
const series = buildRankingSeries({
  indicator: testIndicator(),
  observations: [
    testObservation({ area: "0114" as AreaCode, period: "2020", value: 5 }),
    testObservation({
      area: "0127" as AreaCode,
      period: "2020",
      status: "range-only",
      low: 1,
      high: 4,
    }),
    testObservation({
      area: "0180" as AreaCode,
      period: "2020",
      status: "suppressed",
      note: "Färre än 5",
    }),
  ],
  kommuner: TEST_KOMMUNER,
  period: "2020",
  breakdown: "",
  perCapita: false,
  selected: [],
  sort: "name",
  population: null,
  missingReason: { sv: "Saknas i Kolada", en: "Not in Kolada" },
});
const row = (name: string) => {
  const found = series.rows.find((r) => r.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe("missingReason", () => {
  it("gives the row's reason: the source's note, else the dataset's reason", () => {
    expect(missingReason(row("Stockholm"), sv, "sv")).toBe("Färre än 5");
    expect(missingReason(row("Vaxholm"), sv, "en")).toBe("Not in Kolada");
  });

  it("gives the status of a row without a reason (a range only)", () => {
    expect(missingReason(row("Botkyrka"), sv, "sv")).toBe(
      "bara intervall i källan",
    );
  });
});

describe("missingRows", () => {
  it("lists kommuner without a value, leaving out ranges a chart draws", () => {
    expect(
      missingRows(series.rows, sv, "sv", { rangeDrawn: true }).map(
        (i) => i.names,
      ),
    ).toEqual(["Stockholm", "Vaxholm"]);
  });

  it("lists ranges too where the chart cannot draw them (the map)", () => {
    expect(missingRows(series.rows, sv, "sv", { rangeDrawn: false })).toEqual([
      {
        key: "0127",
        names: "Botkyrka",
        reason: "bara intervall i källan",
      },
      { key: "0180", names: "Stockholm", reason: "Färre än 5" },
      { key: "0187", names: "Vaxholm", reason: "Saknas i Kolada" },
    ]);
  });
});

describe("MissingList", () => {
  it("names each kommun with its reason under the title", () => {
    render(
      <MissingList
        title="Kommuner utan värde (2)"
        items={missingRows(series.rows, sv, "sv", { rangeDrawn: true })}
      />,
    );
    const list = screen.getByRole("region", {
      name: "Kommuner utan värde (2)",
    });
    expect(within(list).getByRole("heading", { level: 3 }).textContent).toBe(
      "Kommuner utan värde (2)",
    );
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Stockholm: Färre än 5", "Vaxholm: Saknas i Kolada"]);
  });

  it("renders nothing when every kommun has a value", () => {
    const { container } = render(<MissingList title="Inga" items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
