/**
 * Builds for the benchmark: the dashboard in place (dist/) and a writable copy of the read-only
 * floor app in the temp folder, built against the project's own node_modules (symlinked).
 */
import { spawn } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { ROOT } from "./paths";

export const VITE_BIN = resolve(ROOT, "node_modules", ".bin", "vite");
const FLOOR_COPY = join(tmpdir(), "bench-floor-app");

/** Runs `vite build` in a folder; prints Vite's output only if the build fails. */
export async function viteBuild(cwd: string): Promise<string> {
  const output: string[] = [];
  const child = spawn(VITE_BIN, ["build"], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const code = await new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  });
  if (code !== 0) {
    throw new Error(
      `vite build failed in ${cwd} (exit ${String(code)}):\n${output.join("")}`,
    );
  }
  return resolve(cwd, "dist");
}

/** The floor app's source folder inside the shared folder, or an error saying it is missing. */
export function floorSource(shared: string): string {
  const dir = join(shared, "bench", "floor-app");
  if (!existsSync(join(dir, "package.json"))) {
    throw new Error(`The floor app is missing: expected ${dir}/package.json.`);
  }
  return dir;
}

/** Copies the floor app to the temp folder, makes the copy writable, links node_modules. */
export function copyFloor(source: string): string {
  if (existsSync(FLOOR_COPY)) {
    makeWritable(FLOOR_COPY);
    rmSync(FLOOR_COPY, { recursive: true, force: true });
  }
  cpSync(source, FLOOR_COPY, {
    recursive: true,
    filter: (path) => !/[\\/](node_modules|dist)$/.test(path),
  });
  makeWritable(FLOOR_COPY);
  symlinkSync(
    resolve(ROOT, "node_modules"),
    join(FLOOR_COPY, "node_modules"),
    "dir",
  );
  return FLOOR_COPY;
}

/** Adds owner write permission to a folder tree without following symlinks. */
function makeWritable(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  chmodSync(path, stat.mode | 0o200);
  if (!stat.isDirectory()) return;
  for (const entry of readdirSync(path)) makeWritable(join(path, entry));
}

/**
 * The floor is built with the project's node_modules, so each package it pins must be installed
 * here at exactly that version; otherwise the comparison would be meaningless.
 */
export function checkFloorVersions(floorDir: string): void {
  const pins = readPins(join(floorDir, "package.json"));
  const wrong = Object.entries(pins).flatMap(([name, wanted]) => {
    const installed = installedVersion(name);
    return installed === wanted
      ? []
      : [`${name}: floor pins ${wanted}, installed ${installed}`];
  });
  if (wrong.length > 0) {
    throw new Error(
      `The floor app needs other package versions than this project has:\n  ${wrong.join("\n  ")}`,
    );
  }
}

function readPins(packageJson: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(packageJson, "utf8")) as {
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  return { ...pkg.dependencies, ...pkg.devDependencies };
}

function installedVersion(name: string): string {
  const file = resolve(ROOT, "node_modules", name, "package.json");
  if (!existsSync(file)) return "(not installed)";
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string })
    .version;
}
