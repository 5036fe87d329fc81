/**
 * The state of a multi-select combobox: the typed query, the matching options (case and
 * diacritics ignored, codes matched from the start), the active option, and the keys of the
 * WAI-ARIA combobox pattern (arrows move, Enter chooses, Escape closes, Backspace on an empty
 * field removes the last choice).
 */
import { useMemo, useState, type KeyboardEvent } from "react";

export interface ComboOption {
  readonly value: string;
  readonly label: string;
}

const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

export function useComboState(
  options: readonly ComboOption[],
  selected: readonly string[],
  onChange: (selected: string[]) => void,
) {
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => {
    const q = fold(query.trim());
    return options.filter(
      (o) =>
        !selected.includes(o.value) &&
        (fold(o.label).includes(q) || o.value.startsWith(q)),
    );
  }, [options, query, selected]);
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));
  const expanded = open && query.trim() !== "";
  const choose = (value: string): void => {
    onChange([...selected, value]);
    setQuery("");
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive(Math.min(activeIndex + 1, matches.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === "Enter") {
      const match = matches[activeIndex];
      if (expanded && match) {
        event.preventDefault();
        choose(match.value);
      }
    } else if (event.key === "Escape") {
      setOpen(false);
      setQuery("");
    } else if (event.key === "Backspace" && query === "" && selected.length) {
      onChange(selected.slice(0, -1));
    }
  };
  const type = (text: string): void => {
    setQuery(text);
    setOpen(true);
    setActive(0);
  };
  return {
    query,
    type,
    setOpen,
    matches,
    activeIndex,
    expanded,
    choose,
    onKeyDown,
  };
}
