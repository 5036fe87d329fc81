/**
 * The committed county map (src/domain/kommun-shapes.ts) is what scripts/build-map.ts makes from
 * ../shared/reference/geo, byte for byte; it holds the 26 kommuner of the areas dataset, each a
 * well-formed closed path inside the map with its label point inside its own shape; and the build
 * keeps shared borders whole while thinning.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

import { KOMMUN_MAP } from "@/domain/kommun-shapes";

import {
  encodePath,
  type LonLat,
  type Point,
  sharedVertices,
  simplifyRing,
} from "../../scripts/lib/map/geometry";
import {
  buildKommunMap,
  kommunMapModule,
} from "../../scripts/lib/map/kommun-map-module";
import { ROOT, sharedDir } from "../../scripts/lib/paths";
import kommuner from "../../public/data/kommuner.v1.json";

const KOMMUN_CODES = (
  kommuner as { areas: { code: string; kind: string }[] }
).areas
  .filter((a) => a.kind === "kommun")
  .map((a) => a.code)
  .sort();

/** The rings of a path written as encodePath writes it: M x y, then relative l pairs, z. */
function rings(path: string): Point[][] {
  return [...path.matchAll(/M(-?\d+) ?(-?\d+)l([^z]*)z/g)].map((m) => {
    const numbers = (m[3] ?? "").match(/-?\d+/g)?.map(Number) ?? [];
    const ring: Point[] = [[Number(m[1]), Number(m[2])]];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      const [x, y] = ring[ring.length - 1] as Point;
      ring.push([x + (numbers[i] ?? 0), y + (numbers[i + 1] ?? 0)]);
    }
    return ring;
  });
}

/** Even-odd point in polygon. */
function inside([x, y]: Point, ring: readonly Point[]): boolean {
  let within = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi)
      within = !within;
  }
  return within;
}

describe("the committed county map", () => {
  it("is exactly what npm run map:build makes from the boundaries GeoJSON", async () => {
    const geojson: unknown = JSON.parse(
      readFileSync(
        resolve(
          sharedDir(),
          "reference",
          "geo",
          "swedish_municipalities.geojson",
        ),
        "utf8",
      ),
    );
    const committed = readFileSync(
      resolve(ROOT, "src", "domain", "kommun-shapes.ts"),
      "utf8",
    );
    expect(await kommunMapModule(buildKommunMap(geojson))).toBe(committed);
    // A few KB, not the country's 818 KB.
    expect(Buffer.byteLength(committed)).toBeLessThan(10_000);
  });

  it("has the 26 kommuner of the areas dataset and nothing else", () => {
    expect(Object.keys(KOMMUN_MAP.shapes).sort()).toEqual(KOMMUN_CODES);
  });

  it.each(KOMMUN_CODES)(
    "%s: a well-formed closed path inside the map, its label point inside it",
    (code) => {
      const shape = KOMMUN_MAP.shapes[code];
      expect(shape?.path).toMatch(/^(M-?\d+ ?-?\d+l(?:-?\d+| -?\d+)+z)+$/);
      const found = rings(shape?.path ?? "");
      expect(found.length).toBeGreaterThan(0);
      for (const ring of found) {
        expect(ring.length).toBeGreaterThanOrEqual(3);
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(KOMMUN_MAP.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(KOMMUN_MAP.height);
        }
      }
      const label = shape?.label ?? [-1, -1];
      expect(found.some((ring) => inside(label, ring))).toBe(true);
    },
  );

  it("puts Norrtälje north-east of Nykvarn and Nynäshamn south of Stockholm (no axis swapped)", () => {
    const at = (code: string): Point =>
      KOMMUN_MAP.shapes[code]?.label ?? [0, 0];
    expect(at("0188")[0]).toBeGreaterThan(at("0140")[0]);
    expect(at("0188")[1]).toBeLessThan(at("0140")[1]);
    expect(at("0192")[1]).toBeGreaterThan(at("0180")[1]);
  });
});

describe("thinning and encoding", () => {
  const project = ([lon, lat]: LonLat): Point => [lon * 10, lat * 10];

  it("thins a coastline but keeps every vertex of a shared border", () => {
    // A square whose left side is shared (fixed) and whose right side bends by 0.01 units.
    const ring: LonLat[] = [
      [0, 0],
      [0, 5],
      [0, 10],
      [5, 10],
      [10, 10],
      [9.999, 5],
      [10, 0],
      [5, 0],
      [0, 0],
    ];
    const fixed = new Set(["0,0", "0,5", "0,10"]);
    const thinned = simplifyRing(ring, fixed, project, 1);
    expect(thinned).toContainEqual([0, 50]);
    expect(thinned).not.toContainEqual([100, 50]);
    expect(thinned).not.toContainEqual([50, 0]);
    expect(thinned).toEqual([
      [0, 0],
      [0, 50],
      [0, 100],
      [100, 100],
      [100, 0],
    ]);
  });

  it("finds the vertices two kommuner share", () => {
    const a = {
      code: "a",
      name: "A",
      labelPoint: [0, 0] as const,
      rings: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
        ] as LonLat[],
      ],
    };
    const b = {
      code: "b",
      name: "B",
      labelPoint: [0, 0] as const,
      rings: [
        [
          [1, 0],
          [2, 0],
          [1, 1],
        ] as LonLat[],
      ],
    };
    expect([...sharedVertices([a, b])].sort()).toEqual(["1,0", "1,1"]);
  });

  it("writes an absolute move, then relative lines, closed", () => {
    expect(
      encodePath([
        [
          [10, 20],
          [13, 16],
          [8, 16],
        ],
      ]),
    ).toBe("M10 20l3-4-5 0z");
  });
});
