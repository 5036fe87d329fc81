/**
 * The shared keyboard behaviour of charts (use-chart-keyboard) inside a ChartFrame: one tab stop,
 * named by the title and described by the summary and the key hint; arrows, Home and End move
 * focus; Enter opens; T switches to the table; keys already used around the chart are left alone.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";

import { ChartFrame } from "@/charts/chart-frame";
import { ChartKeysHint } from "@/charts/chart-keys-hint";
import { useChartKeyboard } from "@/charts/use-chart-keyboard";

function Points({ onOpen }: { onOpen: (key: string) => void }) {
  const keyboard = useChartKeyboard({
    keys: ["a", "b", "c"],
    initial: "b",
    onOpen,
  });
  return (
    <div {...keyboard.groupProps}>
      {["a", "b", "c"].map((key) => (
        <span
          key={key}
          {...keyboard.pointProps(key)}
          role="img"
          aria-label={`point ${key}`}
        />
      ))}
      <ChartKeysHint keyboard={keyboard} moves="Arrows move." opens />
    </div>
  );
}

function Framed({ onOpen }: { onOpen: (key: string) => void }) {
  const [table, setTable] = useState(false);
  return (
    <ChartFrame
      title="A title"
      subtitle="A subtitle"
      summary="The summary."
      sourceLine="Source: a test."
      table={{
        shown: table,
        onToggle: () => {
          setTable(!table);
        },
      }}
    >
      {table ? (
        <div className="table-scroll" tabIndex={0}>
          <table>
            <caption>Numbers</caption>
          </table>
        </div>
      ) : (
        <Points onOpen={onOpen} />
      )}
    </ChartFrame>
  );
}

describe("keyboard charts", () => {
  it("are one tab stop, named by the title, described by the summary and the keys", async () => {
    const user = userEvent.setup();
    render(<Framed onOpen={vi.fn()} />);
    const group = screen.getByRole("group", { name: "A title" });
    expect(group).toHaveAccessibleDescription(
      "The summary. Arrows move. Enter öppnar kommunprofilen. T visar tabellen med samma siffror.",
    );
    const points = screen.getAllByRole("img");
    expect(points.map((p) => p.tabIndex)).toEqual([-1, 0, -1]);
    await user.tab(); // the table toggle
    await user.tab();
    expect(screen.getByRole("img", { name: "point b" })).toHaveFocus();
  });

  it("move with the arrows, Home and End, and open with Enter", async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<Framed onOpen={onOpen} />);
    screen.getByRole("img", { name: "point b" }).focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("img", { name: "point c" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("img", { name: "point c" })).toHaveFocus();
    await user.keyboard("{Home}");
    expect(screen.getByRole("img", { name: "point a" })).toHaveFocus();
    await user.keyboard("{End}{ArrowLeft}");
    expect(screen.getByRole("img", { name: "point b" })).toHaveFocus();
    // The tab stop follows the focus.
    expect(screen.getAllByRole("img").map((p) => p.tabIndex)).toEqual([
      -1, 0, -1,
    ]);
    await user.keyboard("{Enter}");
    expect(onOpen).toHaveBeenCalledWith("b");
  });

  it("T shows the table and puts the focus in it", async () => {
    const user = userEvent.setup();
    render(<Framed onOpen={vi.fn()} />);
    screen.getByRole("img", { name: "point b" }).focus();
    await user.keyboard("t");
    expect(await screen.findByRole("table")).toBeInTheDocument();
    await vi.waitFor(() => {
      expect(document.querySelector(".table-scroll")).toHaveFocus();
    });
    expect(screen.getByRole("button", { name: "Visa diagram" })).toBeVisible();
  });

  it("leave keys alone that something around the chart has already used", async () => {
    const user = userEvent.setup();
    render(
      <div
        onKeyDownCapture={(event) => {
          event.preventDefault();
        }}
      >
        <Framed onOpen={vi.fn()} />
      </div>,
    );
    screen.getByRole("img", { name: "point b" }).focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("img", { name: "point b" })).toHaveFocus();
  });
});
