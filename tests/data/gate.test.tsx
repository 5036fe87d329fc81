/** The one loading/error gate: many queries, one status (the real data through the real loader). */
import { QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { beforeEach, describe, expect, it } from "vitest";

import { createQueryClient } from "@/app/query-client";
import { allSettled, type Gate } from "@/data/gate";
import { isDatasetError } from "@/data/errors";
import { request, useData } from "@/data/use-data";

import { serveData } from "../setup";

let client = createQueryClient({ retry: false });
function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
beforeEach(() => {
  client = createQueryClient({ retry: false });
});

describe(useData, () => {
  it("is pending until every dataset is there, then ready with each by name", async () => {
    const { result } = renderHook(
      () =>
        useData({
          areas: request.areas(),
          catalogue: request.catalogue(),
          funds: request.observations("stimulansmedel-2018"),
          nothing: request.observations(null),
        }),
      { wrapper },
    );
    expect(result.current.status).toBe("pending");
    await waitFor(() => {
      expect(result.current.status).toBe("ready");
    });
    if (result.current.status !== "ready") return;
    const { areas, catalogue, funds, nothing } = result.current.data;
    expect(areas.areas.some((a) => a.code === "0127")).toBe(true);
    expect(catalogue.indicators.some((i) => i.id === "stimulansmedel")).toBe(
      true,
    );
    expect(funds.entry.id).toBe("stimulansmedel-2018");
    // Indexed once by the loader: the index holds the same rows as the file.
    expect(funds.byIndicator.get("stimulansmedel")?.length).toBe(
      funds.observations.filter((o) => o.indicator === "stimulansmedel").length,
    );
    expect(nothing).toBeNull();
  });

  it("fails with the first dataset error, and its retry loads the file again", async () => {
    serveData({
      "stimulansmedel-2018.v1.csv": () => new Response("gone", { status: 404 }),
    });
    const { result } = renderHook(
      () =>
        useData({
          areas: request.areas(),
          funds: request.observations("stimulansmedel-2018"),
        }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current.status).toBe("error");
    });
    const failed = result.current;
    if (failed.status !== "error") return;
    expect(isDatasetError(failed.error)).toBe(true);
    if (isDatasetError(failed.error)) {
      expect(failed.error.detail.datasetId).toBe("stimulansmedel-2018");
      expect(failed.error.detail.problem).toBe("fetch");
    }
    // The real file again: a retry recovers.
    serveData();
    act(() => {
      failed.retry();
    });
    await waitFor(() => {
      expect(result.current.status).toBe("ready");
    });
  });

  it("does not fail the catalogue when the local datasets cannot be listed", async () => {
    window.localStorage.setItem("psykisk-halsa:egen-data", "1");
    // No IndexedDB in this browser: listing local datasets fails.
    Object.defineProperty(globalThis, "indexedDB", {
      value: undefined,
      configurable: true,
      writable: true,
    });
    const { result } = renderHook(
      () => useData({ catalogue: request.catalogue() }),
      { wrapper },
    );
    await waitFor(() => {
      expect(result.current.status).toBe("ready");
    });
    expect(client.getQueryState(["local", "list"])?.status).toBe("error");
  });
});

describe(allSettled, () => {
  const ready = (n: number): Gate<number> => ({ status: "ready", data: n });
  const retry = () => undefined;

  it("waits while any dataset loads", () => {
    expect(allSettled([ready(1), { status: "pending" }]).status).toBe(
      "pending",
    );
  });

  it("keeps what loaded beside what failed", () => {
    const failed: Gate<number> = { status: "error", error: "x", retry };
    expect(allSettled([ready(1), failed, ready(2)])).toEqual({
      status: "ready",
      data: { loaded: [1, 2], failed: [failed] },
    });
  });
});
