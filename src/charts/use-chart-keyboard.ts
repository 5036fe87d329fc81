/**
 * Keyboard use of a chart: the chart is one tab stop, and the arrow keys (Home, End) move the
 * focus between its data points — bars, dots, tiles, points on a line. Enter opens a point where
 * the chart opens one on click; T switches the frame to its table.
 *
 * Pattern: a roving tabindex. The chart is a `group` named by its frame's title and described by
 * the frame's summary and a line saying which keys do what; each data point is a focusable
 * element with its own accessible name (kommun, value with unit, status), and only the current
 * point has tabIndex 0. We move real DOM focus rather than use aria-activedescendant or an
 * aria-live region, because a focus change is what every screen reader announces reliably (NVDA,
 * JAWS, VoiceOver, TalkBack), with the point's name and without timing races; aria-activedescendant
 * on SVG content is poorly supported (VoiceOver), and a live region is not tied to focus, can be
 * dropped when updates come quickly and repeats nothing when a user re-reads the point. The tile
 * map used this pattern first. In a screen reader's browse mode the points are also read in
 * order as images with their names, so nothing depends on the arrow keys reaching the page.
 */
import {
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from "react";

import { useChartFrame } from "./chart-frame-context";

export type ChartDirection = "up" | "down" | "left" | "right";

const DIRECTIONS: Partial<Record<string, ChartDirection>> = {
  ArrowUp: "up",
  ArrowDown: "down",
  ArrowLeft: "left",
  ArrowRight: "right",
};

export interface ChartKeyboardOptions {
  /** The data points' keys in reading order (Home goes to the first, End to the last). */
  readonly keys: readonly string[];
  /** The point that gets the tab stop first (e.g. the highlighted kommun). */
  readonly initial?: string | null | undefined;
  /** Enter (or Space) on a point: what a click on it does. */
  readonly onOpen?: ((key: string) => void) | undefined;
  /**
   * Movement for two-dimensional charts (lines × years, the tile map). Returns the next key, or
   * null to stay. By default right/down go to the next point and left/up to the previous one.
   */
  readonly move?:
    ((key: string, direction: ChartDirection) => string | null) | undefined;
  /** Overrides the frame's table toggle (a chart whose toggle sits outside its frame). */
  readonly onToggleTable?: (() => void) | undefined;
}

export interface ChartKeyboard {
  /** The point that holds the tab stop. */
  readonly active: string | null;
  /** The point that has keyboard focus (draw a visible focus mark on it), or null. */
  readonly focused: string | null;
  /** Whether T switches to the table (say so in the hint). */
  readonly hasTable: boolean;
  /** Id for the element that says which keys do what (part of the description). */
  readonly hintId: string;
  /** Spread on the chart's container. */
  readonly groupProps: {
    readonly ref: (element: HTMLElement | null) => void;
    readonly role: "group";
    readonly "aria-labelledby"?: string;
    readonly "aria-describedby": string;
    readonly onKeyDown: (event: KeyboardEvent) => void;
  };
  /** Spread on each data point's element. */
  readonly pointProps: (key: string) => {
    readonly tabIndex: 0 | -1;
    readonly "data-chart-point": string;
    readonly onFocus: (event: FocusEvent) => void;
    readonly onBlur: () => void;
  };
}

/** Whether focus came from the keyboard (`:focus-visible`); true where the browser cannot tell. */
function focusVisible(element: Element): boolean {
  try {
    return element.matches(":focus-visible");
  } catch {
    return true;
  }
}

const pointKey = (target: EventTarget | null): string | null =>
  target instanceof Element
    ? (target.closest("[data-chart-point]")?.getAttribute("data-chart-point") ??
      null)
    : null;

/** After the chart has been swapped for its table, the table (its scroll region) gets focus. */
function focusTableLater(figure: Element | null): void {
  if (!figure) return;
  const focus = (attempt: number): void => {
    const table = figure.querySelector<HTMLElement>(".table-scroll, table");
    if (table) table.focus();
    else if (attempt < 20)
      setTimeout(() => {
        focus(attempt + 1);
      }, 25);
  };
  setTimeout(() => {
    focus(0);
  }, 0);
}

export function useChartKeyboard(options: ChartKeyboardOptions): ChartKeyboard {
  const frame = useChartFrame();
  const hintId = useId();
  const container = useRef<HTMLElement | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [focused, setFocused] = useState<string | null>(null);
  const { keys, initial, onOpen, move } = options;
  const toggleTable = options.onToggleTable ?? frame?.toggleTable;
  const active =
    chosen !== null && keys.includes(chosen)
      ? chosen
      : initial != null && keys.includes(initial)
        ? initial
        : (keys[0] ?? null);

  const focusPoint = (key: string): void => {
    setChosen(key);
    const element = container.current?.querySelector<HTMLElement>(
      `[data-chart-point="${CSS.escape(key)}"]`,
    );
    element?.focus();
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    // Something around the chart (a presentation's slide keys) already used the key.
    if (event.defaultPrevented) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = pointKey(event.target) ?? active;
    if (from === null) return;
    const index = keys.indexOf(from);
    const direction = DIRECTIONS[event.key];
    let next: string | null | undefined;
    if (direction) {
      next = move
        ? move(from, direction)
        : direction === "down" || direction === "right"
          ? keys[index + 1]
          : keys[index - 1];
    } else if (event.key === "Home") next = keys[0];
    else if (event.key === "End") next = keys[keys.length - 1];
    else if ((event.key === "Enter" || event.key === " ") && onOpen) {
      event.preventDefault();
      onOpen(from);
      return;
    } else if ((event.key === "t" || event.key === "T") && toggleTable) {
      event.preventDefault();
      const figure = container.current?.closest("figure") ?? null;
      toggleTable();
      focusTableLater(figure);
      return;
    } else return;
    event.preventDefault();
    if (next != null) focusPoint(next);
  };

  const described = [frame?.summaryId, hintId].filter(Boolean).join(" ");
  return {
    active,
    focused,
    hasTable: toggleTable !== undefined,
    hintId,
    groupProps: {
      ref: (element) => {
        container.current = element;
      },
      role: "group",
      ...(frame ? { "aria-labelledby": frame.titleId } : {}),
      "aria-describedby": described,
      onKeyDown,
    },
    pointProps: (key) => ({
      tabIndex: key === active ? 0 : -1,
      "data-chart-point": key,
      onFocus: (event) => {
        setChosen(key);
        setFocused(focusVisible(event.currentTarget) ? key : null);
      },
      onBlur: () => {
        setFocused(null);
      },
    }),
  };
}
