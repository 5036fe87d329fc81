/**
 * Multi-select with type-to-search (WAI-ARIA combobox + listbox pattern): type to filter,
 * arrow keys to move, Enter to choose, Backspace on an empty field removes the last choice.
 * Matching ignores case and diacritics ("soder" finds Södertälje) and also matches the code.
 */
import { useId, useMemo, useState } from "react";

import { ComboChips } from "./combo-chips";
import { ComboListbox } from "./combo-listbox";

export interface ComboOption {
  readonly value: string;
  readonly label: string;
}

export interface MultiComboboxProps {
  readonly label: string;
  readonly hint: string;
  readonly options: readonly ComboOption[];
  readonly selected: readonly string[];
  readonly onChange: (selected: string[]) => void;
  readonly removeLabel: (label: string) => string;
  readonly clearLabel: string;
  readonly noMatchLabel: string;
}

const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

export function MultiCombobox(props: MultiComboboxProps) {
  const { label, hint, options, selected, onChange } = props;
  const id = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const labelOf = useMemo(
    () => new Map(options.map((o) => [o.value, o.label])),
    [options],
  );
  const matches = useMemo(() => {
    const q = fold(query.trim());
    return options.filter(
      (o) =>
        !selected.includes(o.value) &&
        (fold(o.label).includes(q) || o.value.startsWith(q)),
    );
  }, [options, query, selected]);
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));
  const choose = (value: string): void => {
    onChange([...selected, value]);
    setQuery("");
    setActive(0);
  };
  const listId = `${id}-list`;
  const optionId = (i: number): string => `${id}-opt-${i}`;
  const expanded = open && query.trim() !== "";

  return (
    <div className="field field--wide combo">
      <label htmlFor={`${id}-input`}>{label}</label>
      <div className="combo__box">
        <ComboChips
          label={label}
          selected={selected}
          labelOf={labelOf}
          removeLabel={props.removeLabel}
          onChange={onChange}
        />
        <input
          id={`${id}-input`}
          className="combo__input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={
            expanded && matches.length > 0 ? optionId(activeIndex) : undefined
          }
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => {
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
          }}
          onKeyDown={(event) => {
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
            } else if (
              event.key === "Backspace" &&
              query === "" &&
              selected.length > 0
            ) {
              onChange(selected.slice(0, -1));
            }
          }}
        />
        {selected.length > 0 && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              onChange([]);
            }}
          >
            {props.clearLabel}
          </button>
        )}
      </div>
      <span id={`${id}-hint`} className="field__hint">
        {hint}
      </span>
      <ComboListbox
        id={listId}
        label={label}
        hidden={!expanded}
        matches={matches}
        activeIndex={activeIndex}
        optionId={optionId}
        noMatchLabel={props.noMatchLabel}
        onChoose={choose}
      />
    </div>
  );
}
