/**
 * Multi-select with type-to-search (WAI-ARIA combobox + listbox pattern): type to filter,
 * arrow keys to move, Enter to choose, Backspace on an empty field removes the last choice.
 * Matching ignores case and diacritics ("soder" finds Södertälje) and also matches the code.
 */
import { useId, useMemo } from "react";

import { ComboChips } from "./combo-chips";
import { ComboListbox } from "./combo-listbox";
import { useComboState, type ComboOption } from "./use-combo-state";

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

export function MultiCombobox(props: MultiComboboxProps) {
  const { label, hint, options, selected, onChange } = props;
  const id = useId();
  const labelOf = useMemo(
    () => new Map(options.map((o) => [o.value, o.label])),
    [options],
  );
  const { query, type, setOpen, matches, activeIndex, expanded, ...combo } =
    useComboState(options, selected, onChange);
  const listId = `${id}-list`;
  const optionId = (i: number): string => `${id}-opt-${i}`;

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
            type(event.target.value);
          }}
          onFocus={() => {
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
          }}
          onKeyDown={combo.onKeyDown}
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
        onChoose={combo.choose}
      />
    </div>
  );
}
