/** The listbox of a MultiCombobox: the options that match what was typed, the active one marked. */
import type { ComboOption } from "./use-combo-state";

export function ComboListbox({
  id,
  label,
  hidden,
  matches,
  activeIndex,
  optionId,
  noMatchLabel,
  onChoose,
}: {
  id: string;
  label: string;
  hidden: boolean;
  matches: readonly ComboOption[];
  activeIndex: number;
  optionId: (i: number) => string;
  noMatchLabel: string;
  onChoose: (value: string) => void;
}) {
  return (
    <div
      id={id}
      role="listbox"
      className="combo__list"
      hidden={hidden}
      aria-label={label}
    >
      {matches.length === 0 ? (
        <div className="combo__empty">{noMatchLabel}</div>
      ) : (
        matches.map((o, i) => (
          <div
            key={o.value}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === activeIndex}
            className={
              i === activeIndex
                ? "combo__option combo__option--active"
                : "combo__option"
            }
            onMouseDown={(event) => {
              event.preventDefault();
              onChoose(o.value);
            }}
          >
            {o.label}
          </div>
        ))
      )}
    </div>
  );
}
