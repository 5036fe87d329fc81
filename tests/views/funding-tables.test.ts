/** Which Finansiering tables are open, and the URL patch of each table button. */
import { describe, expect, it } from "vitest";

import { DEFAULT_STATE } from "@/navigation/url-state";
import { openTables, toggleTable } from "@/views/funding/funding-common";

const state = (patch: Partial<typeof DEFAULT_STATE>) => ({
  ...DEFAULT_STATE,
  ...patch,
});

describe(openTables, () => {
  it("opens none by default, the named ones with tables, all with table=1", () => {
    expect([...openTables(DEFAULT_STATE)]).toEqual([]);
    expect([...openTables(state({ tables: ["plan", "avtal"] }))]).toEqual([
      "plan",
      "avtal",
    ]);
    expect([...openTables(state({ table: true }))]).toEqual([
      "avtal",
      "stimulans",
      "forvantat",
      "plan",
    ]);
  });
});

describe(toggleTable, () => {
  it("adds a table in page order", () => {
    expect(toggleTable(state({ tables: ["plan"] }), "avtal")).toEqual({
      table: false,
      tables: ["avtal", "plan"],
    });
  });

  it("writes table=1 when every table is open, and names the rest when one closes", () => {
    const three = state({ tables: ["avtal", "stimulans", "plan"] });
    expect(toggleTable(three, "forvantat")).toEqual({
      table: true,
      tables: [],
    });
    expect(toggleTable(state({ table: true }), "stimulans")).toEqual({
      table: false,
      tables: ["avtal", "forvantat", "plan"],
    });
  });

  it("closes the last table", () => {
    expect(toggleTable(state({ tables: ["plan"] }), "plan")).toEqual({
      table: false,
      tables: [],
    });
  });
});
