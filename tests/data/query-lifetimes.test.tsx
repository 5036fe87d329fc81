/** Published files never change; local datasets ("Egen data") do, so they are not kept forever. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";

import {
  localDatasetsQueryOptions,
  observationsQueryOptions,
  useLocalDatasetActions,
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

describe("saving a local dataset again", () => {
  it("drops its cached rows and its rows for the rest of Sweden, and nothing else", async () => {
    const client = new QueryClient();
    const key = (id: string) => observationsQueryOptions(id).queryKey;
    for (const id of [
      "egen-0123456789",
      "egen-0123456789-sverige",
      "egen-9876543210",
      "befolkning",
    ])
      client.setQueryData(key(id), { id } as never);
    const { result } = renderHook(() => useLocalDatasetActions(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={client}>{children}</QueryClientProvider>
      ),
    });
    await result.current.saved("egen-0123456789");
    expect(client.getQueryData(key("egen-0123456789"))).toBeUndefined();
    expect(client.getQueryData(key("egen-0123456789-sverige"))).toBeUndefined();
    expect(client.getQueryData(key("egen-9876543210"))).toEqual({
      id: "egen-9876543210",
    });
    expect(client.getQueryData(key("befolkning"))).toEqual({
      id: "befolkning",
    });
  });
});
