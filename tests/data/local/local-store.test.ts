import { describe, expect, it, vi } from "vitest";

import { isDatasetError } from "@/data/errors";
import type { LocalDataset } from "@/data/local/local-dataset";
import {
  deleteLocalDataset,
  getLocalObservations,
  listLocalDatasets,
  saveLocalDataset,
} from "@/data/local/local-store";
import type { AreaCode } from "@/domain/areas";

import { testObservation } from "../../fixtures/domain";

function dataset(id: string, rows: number): LocalDataset {
  return {
    meta: {
      id,
      name: id,
      fileName: `${id}.csv`,
      importedAt: "2026-11-23T10:00:00.000Z",
      sha256: "0".repeat(64),
      bytes: 1,
      encoding: "utf-8",
      delimiter: ";",
      format: "csv-tidy",
      decision: "accept",
      rows,
      observationCount: rows,
      issueCount: 0,
      indicators: [],
      mapping: null,
    },
    observations: Array.from({ length: rows }, (_, i) =>
      testObservation({
        area: "0127" as AreaCode,
        period: String(1900 + (i % 100)),
        indicator: `i${String(i)}`,
        value: i,
      }),
    ),
  };
}

describe("local store (IndexedDB)", () => {
  it("keeps more rows than one chunk holds, in order, and deletes them all", async () => {
    await saveLocalDataset(dataset("egen-aaaaaaaaaa", 120_001));
    await saveLocalDataset(dataset("egen-bbbbbbbbbb", 3));
    const { observations } = await getLocalObservations("egen-aaaaaaaaaa");
    expect(observations).toHaveLength(120_001);
    expect(observations[0]?.indicator).toBe("i0");
    expect(observations.at(-1)?.indicator).toBe("i120000");
    expect((await listLocalDatasets()).map((d) => d.id).sort()).toEqual([
      "egen-aaaaaaaaaa",
      "egen-bbbbbbbbbb",
    ]);

    await deleteLocalDataset("egen-aaaaaaaaaa");
    const error = await getLocalObservations("egen-aaaaaaaaaa").catch(
      (e: unknown) => e,
    );
    expect(isDatasetError(error) && error.detail.problem).toBe("local-missing");
    // The other dataset is untouched (its id shares no chunk key with the deleted one).
    expect(
      (await getLocalObservations("egen-bbbbbbbbbb")).observations,
    ).toHaveLength(3);
  });

  it("replaces a dataset saved again with fewer rows, leaving no old chunks behind", async () => {
    await saveLocalDataset(dataset("egen-cccccccccc", 60_000));
    await saveLocalDataset(dataset("egen-cccccccccc", 10));
    expect(
      (await getLocalObservations("egen-cccccccccc")).observations,
    ).toHaveLength(10);
  });

  it("says a full storage is full, and changes nothing", async () => {
    await saveLocalDataset(dataset("egen-dddddddddd", 3));
    const put = vi
      .spyOn(IDBObjectStore.prototype, "put")
      .mockImplementation(() => {
        throw new DOMException("full", "QuotaExceededError");
      });
    try {
      // Saved again (the same file, fewer rows) into a full storage: the first copy stays whole.
      const error: unknown = await saveLocalDataset(
        dataset("egen-dddddddddd", 2),
      ).catch((e: unknown) => e);
      expect(isDatasetError(error) && error.detail.problem).toBe(
        "local-storage-full",
      );
    } finally {
      put.mockRestore();
    }
    expect(
      (await getLocalObservations("egen-dddddddddd")).observations,
    ).toHaveLength(3);
  });
});
