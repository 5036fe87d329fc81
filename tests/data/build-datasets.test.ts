/**
 * The bundled datasets are reproducible: rebuilding them from ../shared and data-src gives
 * byte-identical files, and the build refuses to overwrite a published version.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");

describe("npm run data:build", () => {
  it("reproduces every published file byte for byte", () => {
    const result = spawnSync(
      process.execPath,
      [
        resolve(ROOT, "node_modules/tsx/dist/cli.mjs"),
        "scripts/build-datasets.ts",
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/datasets verified/);
  }, 60_000);
});
