/** Published files never change; local datasets ("Egen data") do, so they are not kept forever. */
import { describe, expect, it } from "vitest";

import {
  localDatasetsQueryOptions,
  observationsQueryOptions,
} from "@/data/queries";

describe("query lifetimes", () => {
  it("keeps a published dataset as static (the client's default: in memory for the visit)", () => {
    const published = observationsQueryOptions("befolkning");
    expect(published.staleTime).toBe("static");
    expect(published.gcTime).toBeUndefined();
  });

  it("gives a local dataset and the local list a finite lifetime", () => {
    for (const options of [
      observationsQueryOptions("egen-0123456789"),
      localDatasetsQueryOptions(),
    ]) {
      expect(typeof options.staleTime).toBe("number");
      expect(Number.isFinite(options.staleTime)).toBe(true);
      expect(Number.isFinite(options.gcTime)).toBe(true);
    }
  });
});
