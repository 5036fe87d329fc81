/** Paths used by the Node scripts, relative to the project root. */
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
);
export const DATA_DIR = resolve(ROOT, "public", "data");
export const DATA_SRC = resolve(ROOT, "data-src");

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
