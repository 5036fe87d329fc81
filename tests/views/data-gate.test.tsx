/** DataGate: the one place a view or chart shows loading, a failed dataset, or its content. */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import type { Gate } from "@/data/gate";
import { DatasetError } from "@/data/errors";
import { DataGate } from "@/views/shared/data-gate";

const fetchFailure = new DatasetError({
  problem: "fetch",
  datasetId: "befolkning",
  version: 1,
  file: "befolkning.v1.csv",
  line: null,
  field: null,
  detail: "HTTP 404",
});

const content = (n: number) => <p>Värdet är {n}</p>;

describe(DataGate, () => {
  it("shows the loading placeholder while pending", () => {
    render(<DataGate gate={{ status: "pending" }}>{content}</DataGate>);
    expect(screen.getByRole("status")).toHaveTextContent("Hämtar uppgifter …");
    expect(screen.queryByText(/Värdet/)).not.toBeInTheDocument();
  });

  it("shows what the caller gives while pending, where a chart placeholder does not fit", () => {
    render(
      <DataGate gate={{ status: "pending" }} pending={<p>Vänta</p>}>
        {content}
      </DataGate>,
    );
    expect(screen.getByText("Vänta")).toBeInTheDocument();
  });

  it("shows the dataset error with a retry that calls the gate's", async () => {
    const retry = vi.fn();
    const gate: Gate<number> = { status: "error", error: fetchFailure, retry };
    render(<DataGate gate={gate}>{content}</DataGate>);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Datasetet befolkning kunde inte läsas");
    expect(alert).toHaveTextContent("Fil befolkning.v1.csv, version 1");
    await userEvent.click(screen.getByRole("button", { name: "Försök igen" }));
    expect(retry).toHaveBeenCalledOnce();
  });

  it("puts the error in the chart's frame when it names one", () => {
    const gate: Gate<number> = {
      status: "error",
      error: fetchFailure,
      retry: () => undefined,
    };
    render(
      <DataGate gate={gate} frame="Stimulansmedel">
        {content}
      </DataGate>,
    );
    expect(
      screen.getByRole("heading", { level: 2, name: "Stimulansmedel" }),
    ).toBeInTheDocument();
    expect(
      document.querySelector("figure.chart-frame [role=alert]"),
    ).not.toBeNull();
  });

  it("renders the content from the data when ready", () => {
    render(<DataGate gate={{ status: "ready", data: 42 }}>{content}</DataGate>);
    expect(screen.getByText("Värdet är 42")).toBeInTheDocument();
  });
});
