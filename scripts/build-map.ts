/**
 * Builds the county map's committed asset, src/domain/kommun-shapes.ts, from the kommun
 * boundaries in ../shared/reference/geo (see its README): projected, simplified and rounded here,
 * once, so the browser gets a few KB of SVG paths instead of the whole country's GeoJSON.
 *
 *   npm run map:build              write src/domain/kommun-shapes.ts
 *   npm run map:build -- --check   exit 1 if the committed file differs from what the build gives
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

import { buildKommunMap, kommunMapModule } from "./lib/map/kommun-map-module";
import { ROOT, sharedDir } from "./lib/paths";

const args = parseArgs({
  options: { check: { type: "boolean", default: false } },
});

const source = resolve(
  sharedDir(),
  "reference",
  "geo",
  "swedish_municipalities.geojson",
);
const target = resolve(ROOT, "src", "domain", "kommun-shapes.ts");
const text = await kommunMapModule(
  buildKommunMap(JSON.parse(readFileSync(source, "utf8"))),
);
if (args.values.check) {
  const same = readFileSync(target, "utf8") === text;
  console.log(
    same
      ? "src/domain/kommun-shapes.ts is what the build gives."
      : "src/domain/kommun-shapes.ts differs from the build: run npm run map:build.",
  );
  process.exitCode = same ? 0 : 1;
} else {
  writeFileSync(target, text);
  console.log(
    `Wrote src/domain/kommun-shapes.ts (${String(Buffer.byteLength(text))} bytes).`,
  );
}
