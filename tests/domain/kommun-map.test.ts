/**
 * The county map's layout: the inset holds the inner kommuner, every label lies inside its panel,
 * and at the labels' usual size none of them overlaps another (so none is left out on a laptop
 * or a projector). Label placement by priority is tested with inputs that would fool it.
 */
import { describe, expect, it } from "vitest";

import {
  INSET_CONTEXT,
  labelUnits,
  MAP_VIEWS,
  mapLabel,
  type MapPanel,
  panelOf,
} from "@/domain/kommun-map";
import { KOMMUN_MAP } from "@/domain/kommun-shapes";
import {
  labelRect,
  nearestOnRect,
  placeLabels,
  shiftInto,
} from "@/domain/map-labels";
import { INSET_CODES } from "@/domain/map-inset";

const CODES = Object.keys(KOMMUN_MAP.shapes);

/** Each kommun's label box at the usual size, with a value as wide as "22,0 %". */
function boxes(panel: MapPanel) {
  return CODES.filter((code) => panelOf(code) === panel).map((code) => {
    const label = mapLabel(code);
    const name = KOMMUN_MAP.shapes[code]?.name ?? "";
    if (!label) throw new Error(code);
    return {
      key: code,
      rect: labelRect(
        label.x,
        label.y,
        label.anchor,
        [name, "22,0 %"],
        labelUnits(panel),
      ),
      priority: 0,
    };
  });
}

describe("county map layout", () => {
  it("puts the small inner kommuner (Sundbyberg, Solna, Danderyd, Vaxholm) in the inset", () => {
    for (const code of ["0183", "0184", "0162", "0187"])
      expect(panelOf(code)).toBe("inset");
    expect(panelOf("0127")).toBe("main");
    expect(CODES.filter((c) => panelOf(c) === "inset").sort()).toEqual(
      [...INSET_CODES].sort(),
    );
  });

  it("the inset's box holds every inset kommun's label point", () => {
    const [x, y, w, h] = MAP_VIEWS.inset;
    for (const code of INSET_CODES) {
      const [lx, ly] = KOMMUN_MAP.shapes[code]?.label ?? [-1, -1];
      expect(lx > x && lx < x + w && ly > y && ly < y + h, code).toBe(true);
    }
  });

  it.each(["main", "inset"] as const)(
    "%s: every label lies inside the panel and none overlaps another at the usual size",
    (panel) => {
      const items = boxes(panel);
      for (const item of items)
        expect(shiftInto(item.rect, MAP_VIEWS[panel]), item.key).toEqual([
          0, 0,
        ]);
      expect([...placeLabels(items)].sort()).toEqual(
        items.map((i) => i.key).sort(),
      );
    },
  );

  it("names only kommuner labelled on the county map around the inset's edge", () => {
    for (const code of Object.keys(INSET_CONTEXT))
      expect(panelOf(code)).toBe("main");
  });

  it("moves Sundbyberg's label off its tiny shape, with a leader line back to it", () => {
    const label = mapLabel("0183");
    expect(label?.leader).toEqual(KOMMUN_MAP.shapes["0183"]?.label);
    expect(label?.x).not.toBe(KOMMUN_MAP.shapes["0183"]?.label[0]);
    expect(mapLabel("0184")?.leader).toBeNull();
    expect(mapLabel("9999")).toBeNull();
  });
});

describe("label placement", () => {
  const at = (x: number, y: number) =>
    labelRect(x, y, "middle", ["Name", "1,0 %"], 10);

  it("keeps the higher priority where two overlap, whatever the input order", () => {
    const low = { key: "low", rect: at(0, 0), priority: 1 };
    const high = { key: "high", rect: at(5, 5), priority: 9 };
    expect([...placeLabels([low, high])]).toEqual(["high"]);
    expect([...placeLabels([high, low])]).toEqual(["high"]);
  });

  it("keeps both when they only touch, and a third that overlaps a dropped one", () => {
    const a = { key: "a", rect: at(0, 0), priority: 3 };
    const b = { key: "b", rect: at(0, 23), priority: 2 };
    const dropped = { key: "c", rect: at(10, 0), priority: 1 };
    const free = { key: "d", rect: at(40, 0), priority: 0 };
    expect([...placeLabels([a, b, dropped, free])].sort()).toEqual([
      "a",
      "b",
      "d",
    ]);
  });

  it("anchors: start grows right, end grows left, middle both ways", () => {
    const lines = ["abcde"];
    expect(labelRect(100, 0, "start", lines, 10).x0).toBe(100);
    expect(labelRect(100, 0, "end", lines, 10).x1).toBe(100);
    const mid = labelRect(100, 0, "middle", lines, 10);
    expect((mid.x0 + mid.x1) / 2).toBeCloseTo(100, 9);
  });

  it("moves a label back inside its panel, and finds where a leader meets it", () => {
    const rect = { x0: -5, y0: 10, x1: 20, y1: 30 };
    expect(shiftInto(rect, [0, 0, 100, 100])).toEqual([5, 0]);
    expect(shiftInto({ ...rect, x0: 90, x1: 110 }, [0, 0, 100, 100])).toEqual([
      -10, 0,
    ]);
    expect(nearestOnRect(rect, [50, 50])).toEqual([20, 30]);
    expect(nearestOnRect(rect, [0, 20])).toEqual([0, 20]);
  });
});
