import { describe, expect, it } from "vitest";

import type { ProfileRow } from "@/charts/series/profile-types";
import type { AreaCode } from "@/domain/areas";
import { groupReference } from "@/domain/group-reference";
import { fixedT } from "@/i18n/i18n";
import "@/i18n/views/profile";
import { groupCellText, groupSentence } from "@/views/profile/group-words";
import type { GroupCell } from "@/views/profile/use-group-references";

import {
  testGrouping,
  testIndicator,
  testObservation,
} from "../fixtures/domain";

const t = fixedT("sv");
/** Plain spaces for the no-break spaces before "%" and in numbers. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");
const indicator = testIndicator({ format: "pct1" });
const observation = testObservation({
  area: "0127" as AreaCode,
  period: "2022",
  value: 12.3,
});
// The words read the row's indicator and period only.
const row = { indicator, period: "2022", observation } as unknown as ProfileRow;

const grouping = testGrouping(
  { A2: "Pendlingskommun nära storstad" },
  ["0127", "0138", "0330", "1384"].map((c) => [c, "A2"] as const),
);

const ready = (
  values: Record<string, number | null>,
  period = "2022",
): GroupCell => {
  const reference = groupReference({
    observations: Object.entries(values).map(([area, value]) =>
      testObservation({ area: area as AreaCode, period, value }),
    ),
    period: "2022",
    breakdown: "",
    grouping,
    kommun: "0127" as AreaCode,
    format: "pct1",
  });
  if (!reference) throw new Error("not placed");
  return { status: "ready", reference };
};

describe("Kommunprofil's kommungrupp words", () => {
  it("says above the median with the figures, the count with a value and beräknat", () => {
    const cell = ready({ "0127": 12.3, "0138": 6, "0330": 10.1, "1384": null });
    expect(plain(groupSentence(row, cell, "Botkyrka", t, "sv"))).toBe(
      "Över medianen för Pendlingskommun nära storstad (3 kommuner med värde): 12,3 % mot 10,1 % (spann 6,0 %–12,3 %, beräknat).",
    );
    expect(plain(groupCellText(row, cell, "Botkyrka", t, "sv"))).toBe(
      "10,1 % (6,0 %–12,3 %), Botkyrka över · 3 av 4 kommuner med värde",
    );
  });

  it("says when the kommun has no value, and when the group has none for the period", () => {
    const own = ready({ "0127": null, "0138": 6, "0330": 10 });
    expect(groupSentence(row, own, "Botkyrka", t, "sv")).toContain(
      "Botkyrka har inget värde 2022",
    );
    expect(groupCellText(row, own, "Botkyrka", t, "sv")).toContain(
      "Botkyrka saknar värde",
    );
    const none = ready({ "0127": 5, "0138": 6 }, "2021");
    expect(groupSentence(row, none, "Botkyrka", t, "sv")).toBe(
      "Pendlingskommun nära storstad har inga värden 2022 i Koladas data för hela landet.",
    );
    expect(groupCellText(row, none, "Botkyrka", t, "sv")).toBe(
      "inga värden 2022",
    );
  });

  it("says loading, failed and not available rather than a number", () => {
    expect(groupSentence(row, { status: "pending" }, "Botkyrka", t, "sv")).toBe(
      "Hämtar värden för hela landet …",
    );
    expect(groupCellText(row, { status: "error" }, "Botkyrka", t, "sv")).toBe(
      "Värdena för hela landet kunde inte hämtas.",
    );
    expect(groupCellText(row, undefined, "Botkyrka", t, "sv")).toBe(
      "finns inte för hela landet",
    );
  });
});
