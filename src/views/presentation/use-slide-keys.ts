/**
 * The slide show's keys and the state they move: → ↓ Page Down Space Enter next, ← ↑ Page Up
 * Backspace previous, Home/End, a number then Enter to jump, B or . for a black screen, N for the
 * notes on screen, Esc to leave. Modifier keys are left to the browser.
 */
import { useCallback, useState } from "react";

const NEXT = ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"];
const PREVIOUS = ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"];

export interface SlideKeys {
  readonly index: number;
  readonly black: boolean;
  /** Digits typed so far for a jump ("12" then Enter). */
  readonly typed: string;
  readonly notesShown: boolean;
  readonly go: (to: number) => void;
  readonly onKey: (event: KeyboardEvent) => void;
}

export function useSlideKeys(
  total: number,
  start: number,
  onClose: () => void,
): SlideKeys {
  const [index, setIndex] = useState(Math.min(Math.max(0, start), total - 1));
  const [black, setBlack] = useState(false);
  const [typed, setTyped] = useState("");
  const [notesShown, setNotesShown] = useState(false);

  const go = useCallback(
    (to: number) => {
      setBlack(false);
      setIndex(Math.max(0, Math.min(total - 1, to)));
    },
    [total],
  );
  const move = useCallback(
    (to: number) => {
      go(to);
      setTyped("");
    },
    [go],
  );

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const key = event.key;
      let handled = true;
      if (/^\d$/.test(key)) setTyped((v) => (v + key).slice(-4));
      else if (key === "Enter" && typed !== "") move(Number(typed) - 1);
      else if (NEXT.includes(key)) move(index + 1);
      else if (PREVIOUS.includes(key)) move(index - 1);
      else if (key === "Home") go(0);
      else if (key === "End") go(total - 1);
      else if (key === "b" || key === "B" || key === ".") setBlack((b) => !b);
      else if (key === "n" || key === "N") setNotesShown((s) => !s);
      else if (key === "Escape") onClose();
      else handled = false;
      if (handled) event.preventDefault();
    },
    [go, move, index, onClose, total, typed],
  );

  return { index, black, typed, notesShown, go, onKey };
}
