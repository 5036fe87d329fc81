/** A module loaded on demand: nothing until it is wanted, then the module without Suspense. */
import { render, screen } from "@testing-library/react";
import { Component, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";

import { onDemand } from "@/ui/on-demand";

interface Mod {
  readonly word: string;
}

function deferred() {
  let resolve!: (m: Mod) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<Mod>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

class Boundary extends Component<
  { children: ReactNode },
  { error: string | null }
> {
  override state = { error: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  override render() {
    return this.state.error === null ? (
      this.props.children
    ) : (
      <p>fel: {this.state.error}</p>
    );
  }
}

function Harness({
  demand,
  enabled,
}: {
  demand: ReturnType<typeof onDemand<Mod>>;
  enabled: boolean;
}) {
  const module = demand.useModule(enabled);
  return <p>{module ? module.word : "inget ännu"}</p>;
}

describe("onDemand", () => {
  it("loads only when enabled, once, and renders the module when it arrives", async () => {
    const d = deferred();
    const load = vi.fn(() => d.promise);
    const demand = onDemand(load);
    const { rerender } = render(<Harness demand={demand} enabled={false} />);
    expect(load).not.toHaveBeenCalled();
    rerender(<Harness demand={demand} enabled />);
    expect(screen.getByText("inget ännu")).toBeInTheDocument();
    void demand.preload();
    expect(load).toHaveBeenCalledTimes(1);
    d.resolve({ word: "laddad" });
    expect(await screen.findByText("laddad")).toBeInTheDocument();
  });

  it("renders a module preloaded earlier on the first render", async () => {
    const demand = onDemand(() => Promise.resolve({ word: "redan här" }));
    await demand.preload();
    render(<Harness demand={demand} enabled />);
    expect(screen.getByText("redan här")).toBeInTheDocument();
  });

  it("throws a failed load to the error boundary and lets a later load try again", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const first = deferred();
    const load = vi
      .fn<() => Promise<Mod>>()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValueOnce({ word: "andra gången" });
    const demand = onDemand(load);
    render(
      <Boundary>
        <Harness demand={demand} enabled />
      </Boundary>,
    );
    first.reject(new Error("chunk saknas"));
    expect(await screen.findByText("fel: chunk saknas")).toBeInTheDocument();
    await expect(demand.preload()).resolves.toEqual({ word: "andra gången" });
    expect(load).toHaveBeenCalledTimes(2);
  });
});
