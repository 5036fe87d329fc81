import { describe, expect, it } from "vitest";

import {
  neighbourTile,
  TILE_GRID,
  TILE_LAYOUT,
  tileCell,
} from "@/domain/tile-layout";

import kommuner from "../../public/data/kommuner.v1.json";

const KOMMUN_CODES = (
  kommuner as { areas: { code: string; kind: string }[] }
).areas
  .filter((a) => a.kind === "kommun")
  .map((a) => a.code);

describe("tile layout", () => {
  it("places all 26 kommuner of the areas dataset and nothing else", () => {
    expect(KOMMUN_CODES).toHaveLength(26);
    expect(Object.keys(TILE_LAYOUT).sort()).toEqual([...KOMMUN_CODES].sort());
  });

  it("puts no two kommuner in the same cell, all inside the grid", () => {
    const cells = Object.values(TILE_LAYOUT).map((c) => `${c.col},${c.row}`);
    expect(new Set(cells).size).toBe(26);
    for (const c of Object.values(TILE_LAYOUT)) {
      expect(c.col).toBeGreaterThanOrEqual(0);
      expect(c.col).toBeLessThan(TILE_GRID.cols);
      expect(c.row).toBeGreaterThanOrEqual(0);
      expect(c.row).toBeLessThan(TILE_GRID.rows);
    }
  });

  it("is roughly geographic: Norrtälje north-east, Nykvarn south-west, Nynäshamn south", () => {
    const norrtalje = tileCell("0188");
    const stockholm = tileCell("0180");
    const nykvarn = tileCell("0140");
    const nynashamn = tileCell("0192");
    expect(norrtalje?.row).toBe(0);
    expect(norrtalje?.col).toBe(TILE_GRID.cols - 1);
    expect(nykvarn?.col).toBe(0);
    expect(nynashamn?.row).toBe(TILE_GRID.rows - 1);
    expect(stockholm && nykvarn && nykvarn.row > stockholm.row).toBe(true);
    expect(tileCell("9999")).toBeNull();
  });

  it("finds the neighbour in each direction for arrow keys", () => {
    // From Stockholm (3,4): up Danderyd, down Huddinge, left Solna, right Nacka.
    expect(neighbourTile("0180", "up")).toBe("0162");
    expect(neighbourTile("0180", "down")).toBe("0126");
    expect(neighbourTile("0180", "left")).toBe("0184");
    expect(neighbourTile("0180", "right")).toBe("0182");
    // Norrtälje is at the top: nothing further up.
    expect(neighbourTile("0188", "up")).toBeNull();
    // Every tile can reach another tile somewhere.
    for (const code of Object.keys(TILE_LAYOUT)) {
      const any = (["up", "down", "left", "right"] as const).some(
        (d) => neighbourTile(code, d) !== null,
      );
      expect(any, code).toBe(true);
    }
  });
});
