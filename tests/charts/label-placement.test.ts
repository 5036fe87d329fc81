/**
 * Direct labels without overlaps: the fixed order of spots, what blocks a spot (other labels,
 * fixed text, the plot's edge, other dots in the first pass), dropping, and forced labels.
 * Text is 10 px: a character is 6,2 px wide and a line 12 px high.
 */
import { describe, expect, it } from "vitest";

import {
  placeLabels,
  type LabelRequest,
  type PlacementArea,
} from "@/charts/series/label-placement";

const BOUNDS = { left: 0, top: 0, right: 400, bottom: 300 };
const area = (over: Partial<PlacementArea> = {}): PlacementArea => ({
  bounds: BOUNDS,
  obstacles: [],
  dots: [],
  ...over,
});
const label = (
  key: string,
  x: number,
  y: number,
  over: Partial<LabelRequest> = {},
): LabelRequest => ({ key, text: "Abcde", x, y, r: 5, ...over });
const place = (requests: LabelRequest[], a = area()) =>
  placeLabels(requests, a, 10);

describe("placeLabels", () => {
  it("puts a label right of its dot first: from x + r + 3, centred on the dot", () => {
    const { placed } = place([label("a", 100, 100)]);
    expect(placed).toHaveLength(1);
    expect(placed[0]?.anchor).toBe("start");
    expect(placed[0]?.box).toEqual({
      left: 108,
      top: 94,
      right: 139,
      bottom: 106,
    });
    expect(placed[0]?.covers).toBe(false);
  });

  it("goes left when the right edge of the plot is too close", () => {
    const { placed } = place([label("a", 380, 100)]);
    expect(placed[0]?.anchor).toBe("end");
    expect(placed[0]?.box.right).toBe(372);
  });

  it("moves the second of two labels on the same height off the first, and never overlaps", () => {
    // b's right spot (128–159) and left spot (81–112) both overlap a (108–139): b goes above.
    const { placed } = place([label("a", 100, 100), label("b", 120, 100)]);
    expect(placed.map((p) => p.anchor)).toEqual(["start", "middle"]);
    expect(placed[1]?.box).toEqual({
      left: 104.5,
      top: 80,
      right: 135.5,
      bottom: 92,
    });
  });

  it("keeps clear of other dots while it can, then covers one rather than drop the label", () => {
    // A dot right of a: a goes left. With dots on every side, a still gets its right spot.
    const right = place(
      [label("a", 100, 100)],
      area({ dots: [{ x: 125, y: 100, r: 5 }] }),
    );
    expect(right.placed[0]?.anchor).toBe("end");
    const around = [-25, 25].flatMap((d) => [
      { x: 100 + d, y: 100, r: 5 },
      { x: 100, y: 100 + d * 0.6, r: 5 },
      { x: 100 + d, y: 100 + d * 0.6, r: 5 },
      { x: 100 + d, y: 100 - d * 0.6, r: 5 },
    ]);
    const crowded = place([label("a", 100, 100)], area({ dots: around }));
    expect(crowded.placed[0]?.anchor).toBe("start");
  });

  it("drops a label with no free spot, in order: the first placed keeps its place", () => {
    // Fixed text over everything around the dot at (100, 100) but the right spot, which a holds.
    const obstacles = [
      { left: 40, top: 60, right: 99, bottom: 140 },
      { left: 99, top: 60, right: 160, bottom: 93 },
      { left: 99, top: 107, right: 160, bottom: 140 },
    ];
    const { placed, dropped } = place(
      [label("a", 100, 100), label("b", 100, 100)],
      area({ obstacles }),
    );
    expect(placed.map((p) => p.key)).toEqual(["a"]);
    expect(dropped).toEqual(["b"]);
  });

  it("still shows a forced label (selected, under the pointer): over fixed text, marked as covering", () => {
    const obstacles = [{ left: 0, top: 0, right: 400, bottom: 300 }];
    const plain = place([label("a", 100, 100)], area({ obstacles }));
    expect(plain.dropped).toEqual(["a"]);
    const forced = place(
      [label("a", 100, 100, { force: true })],
      area({ obstacles }),
    );
    expect(forced.placed[0]).toMatchObject({
      key: "a",
      anchor: "start",
      covers: true,
    });
  });

  it("gives the same result for the same input (no measuring, no randomness)", () => {
    const requests = [
      label("a", 100, 100),
      label("b", 110, 104),
      label("c", 96, 96),
    ];
    expect(place(requests)).toEqual(place(requests));
  });
});
