/** Paths used by the Node scripts, relative to the project root. */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
);
/** Published datasets and manifest.json (PUBLIC_DATA_DIR elsewhere, e.g. a test's copy). */
export const DATA_DIR = resolve(
  process.env.PUBLIC_DATA_DIR ?? resolve(ROOT, "public", "data"),
);
/** The inputs: the catalogue source file, transcriptions, Kolada values (DATA_SRC_DIR elsewhere). */
export const DATA_SRC = resolve(
  process.env.DATA_SRC_DIR ?? resolve(ROOT, "data-src"),
);

/** ../shared beside the project (read-only reference material and seeds). */
export function sharedDir(): string {
  const dir = process.env.SHARED_DIR ?? resolve(ROOT, "..", "shared");
  if (!existsSync(dir)) {
    throw new Error(
      `Cannot find the shared reference folder at ${dir} (set SHARED_DIR).`,
    );
  }
  return dir;
}
