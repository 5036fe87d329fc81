/**
 * The county's kommun boundaries from WGS84 GeoJSON to small SVG paths: pick the county's
 * features, project them (equirectangular, x scaled by cos of the county's middle latitude: at
 * this scale the error against a conformal projection is well under a pixel), round to whole map
 * units and thin the coastline (Douglas–Peucker). Borders two kommuner share are kept vertex for
 * vertex, so neighbours still meet without gaps or overlaps. Pure.
 */
export type LonLat = readonly [number, number];
export type Point = readonly [number, number];

export interface CountyFeature {
  readonly code: string;
  readonly name: string;
  /** Outer rings (a kommun may be several polygons); holes are dropped. */
  readonly rings: readonly (readonly LonLat[])[];
  /** A point inside the kommun for its label, [lon, lat]. */
  readonly labelPoint: LonLat;
}

interface GeoFeature {
  readonly properties: {
    readonly id: string;
    readonly kom_namn: string;
    readonly lan_code: string;
    /** [lat, lon] */
    readonly geo_point_2d: readonly [number, number];
  };
  readonly geometry:
    | { readonly type: "Polygon"; readonly coordinates: LonLat[][] }
    | { readonly type: "MultiPolygon"; readonly coordinates: LonLat[][][] };
}

/** The features of one county (lan_code "01" = Stockholms län), sorted by kommunkod. */
export function countyFeatures(
  geojson: { readonly features: readonly GeoFeature[] },
  lanCode: string,
): CountyFeature[] {
  return geojson.features
    .filter((f) => f.properties.lan_code === lanCode)
    .map((f) => {
      const polygons =
        f.geometry.type === "Polygon"
          ? [f.geometry.coordinates]
          : f.geometry.coordinates;
      const [lat, lon] = f.properties.geo_point_2d;
      return {
        code: f.properties.id,
        name: f.properties.kom_namn,
        rings: polygons.flatMap((p) => (p[0] ? [p[0]] : [])),
        labelPoint: [lon, lat] as const,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

export interface Projection {
  readonly width: number;
  readonly height: number;
  readonly project: (p: LonLat) => Point;
}

/** Fits the features into `height` map units (plus `pad` on every side), north up. */
export function fitProjection(
  features: readonly CountyFeature[],
  height: number,
  pad: number,
): Projection {
  const all = features.flatMap((f) => f.rings.flat());
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = (height - 2 * pad) / (north - south);
  return {
    width: Math.ceil((east - west) * k * scale + 2 * pad),
    height,
    project: ([lon, lat]) => [
      pad + (lon - west) * k * scale,
      pad + (north - lat) * scale,
    ],
  };
}

const key = (p: LonLat): string => `${String(p[0])},${String(p[1])}`;

/** Vertices that lie on more than one feature's boundary (shared borders). */
export function sharedVertices(
  features: readonly CountyFeature[],
): Set<string> {
  const seen = new Map<string, number>();
  for (const f of features) {
    const own = new Set(f.rings.flat().map(key));
    for (const k of own) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
}

/** Distance from p to the segment a–b. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0
      ? 0
      : Math.max(
          0,
          Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2),
        );
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Douglas–Peucker on one open run: keeps both ends and every point further than `tolerance`. */
function thinRun(run: readonly Point[], tolerance: number): Point[] {
  if (run.length < 3) return [...run];
  const first = run[0] as Point;
  const last = run[run.length - 1] as Point;
  let far = 0;
  let index = 0;
  for (let i = 1; i < run.length - 1; i++) {
    const d = segmentDistance(run[i] as Point, first, last);
    if (d > far) [far, index] = [d, i];
  }
  if (far <= tolerance) return [first, last];
  const left = thinRun(run.slice(0, index + 1), tolerance);
  return [...left.slice(0, -1), ...thinRun(run.slice(index), tolerance)];
}

/**
 * One ring projected, thinned and rounded: runs between fixed (shared) vertices are thinned, the
 * fixed ones stay; repeated points after rounding are dropped. The result is closed implicitly
 * (its last point is not the first).
 */
export function simplifyRing(
  ring: readonly LonLat[],
  fixed: ReadonlySet<string>,
  project: (p: LonLat) => Point,
  tolerance: number,
): Point[] {
  const open = ring.slice(
    0,
    key(ring[0] ?? [0, 0]) === key(ring.at(-1) ?? [1, 1]) ? -1 : undefined,
  );
  const anchors = open.flatMap((p, i) =>
    i === 0 || fixed.has(key(p)) ? [i] : [],
  );
  const kept: Point[] = [];
  for (const [n, start] of anchors.entries()) {
    const end = anchors[n + 1] ?? open.length;
    const run = [
      ...open.slice(start, end + 1),
      ...(end === open.length ? [open[0] as LonLat] : []),
    ];
    kept.push(...thinRun(run.map(project), tolerance).slice(0, -1));
  }
  const rounded = kept.map(([x, y]): Point => [Math.round(x), Math.round(y)]);
  return rounded.filter((p, i) => {
    const prev = rounded[(i + rounded.length - 1) % rounded.length] as Point;
    return rounded.length === 1 || p[0] !== prev[0] || p[1] !== prev[1];
  });
}

/** SVG path data of closed rings in whole units: an absolute move, then relative lines. */
export function encodePath(rings: readonly (readonly Point[])[]): string {
  const num = (n: number, first: boolean): string =>
    n < 0 || first ? String(n) : ` ${String(n)}`;
  return rings
    .filter((ring) => ring.length >= 3)
    .map((ring) => {
      const [x0, y0] = ring[0] as Point;
      let d = `M${String(x0)}${num(y0, false)}l`;
      let first = true;
      for (let i = 1; i < ring.length; i++) {
        const [x, y] = ring[i] as Point;
        const [px, py] = ring[i - 1] as Point;
        d += num(x - px, first) + num(y - py, false);
        first = false;
      }
      return `${d}z`;
    })
    .join("");
}
