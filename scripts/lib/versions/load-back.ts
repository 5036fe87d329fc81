/**
 * Round trip through the app's own loader: every dataset's latest version and every new version
 * must load and validate (size, SHA-256, parse, schema) from what is about to be written.
 */
import {
  loadAreas,
  loadGroups,
  loadIndicators,
  loadManifest,
  loadObservations,
  resolveVersion,
} from "../../../src/data/load-dataset";
import type { ReadFile } from "../../../src/data/read-file";

import type { NewVersion } from "./reconcile";

export async function loadBack(
  disk: ReadFile,
  manifestText: string,
  fresh: readonly NewVersion[],
): Promise<number> {
  const read: ReadFile = async (file) => {
    if (file === "manifest.json") return new TextEncoder().encode(manifestText);
    const made = fresh.find((f) => f.meta.file === file);
    return made ? new TextEncoder().encode(made.content) : disk(file);
  };
  const checked = await loadManifest(read);
  for (const entry of checked.datasets) {
    const wanted = new Set([
      entry.versions.at(-1)?.version,
      ...fresh
        .filter((f) => f.datasetId === entry.id)
        .map((f) => f.meta.version),
    ]);
    for (const version of wanted) {
      if (version === undefined) continue;
      const meta = resolveVersion(checked, entry.id, version);
      if (entry.kind === "areas") await loadAreas(read, meta);
      else if (entry.kind === "indicators") await loadIndicators(read, meta);
      else if (entry.kind === "groups") await loadGroups(read, meta);
      else await loadObservations(read, meta);
    }
  }
  return checked.datasets.length;
}
